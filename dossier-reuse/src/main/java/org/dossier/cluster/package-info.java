/**
 * Incremental story clustering: articles arrive in time order and each joins the most similar open
 * story or starts one. Candidate stories come from shared rare terms (blocking keys) within a time
 * window, never from a scan of all stories; similarity mixes TF-IDF, lead embeddings and caller-given
 * entity keys. No I/O, no look at article text beyond what {@link org.dossier.cluster.StoryInput} carries.
 */
package org.dossier.cluster;
