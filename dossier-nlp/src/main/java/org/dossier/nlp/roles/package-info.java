/**
 * Attaches descriptions to person mentions: premodifiers ("Harbour Authority spokeswoman Marit Elvstrand") and
 * appositions ("Jane Roe, a Canadian economist, ..."). It reads the mentions of one
 * article and changes nothing but their roles; it must not merge or drop mentions.
 */
package org.dossier.nlp.roles;
