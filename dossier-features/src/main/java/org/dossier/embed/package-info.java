/**
 * Per-article sentence embeddings: sentences as spans of the body, and one unit vector per sentence
 * from all-MiniLM-L6-v2 run with ONNX Runtime. The model loads once from a Maven jar (never from the
 * network) and is thread-safe; nothing here compares articles.
 */
package org.dossier.embed;
