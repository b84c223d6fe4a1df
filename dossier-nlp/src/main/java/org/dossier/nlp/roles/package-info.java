/**
 * Attaches descriptions to person mentions: premodifiers ("Kremlin spokesperson Dmitry Peskov") and
 * appositions ("Azer Garayev, an Azerbaijani political analyst, ..."). It reads the mentions of one
 * article and changes nothing but their roles; it must not merge or drop mentions.
 */
package org.dossier.nlp.roles;
