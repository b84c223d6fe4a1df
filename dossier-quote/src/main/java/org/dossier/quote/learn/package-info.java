/**
 * A small learner for the quote stage's decisions: logistic regression over named binary features,
 * fitted deterministically (a seeded order) and written as a text file of weights. It knows nothing
 * of quotes; the attribution package names the features and the benchmark supplies the labels.
 */
package org.dossier.quote.learn;
