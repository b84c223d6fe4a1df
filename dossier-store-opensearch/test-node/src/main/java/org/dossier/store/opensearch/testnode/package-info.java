/**
 * Test support: starts one real OpenSearch node in its own JVM for the OpenSearch store's tests.
 * Nothing in Dossier's main code imports it; it is run as a child process, never loaded beside the
 * store.
 */
package org.dossier.store.opensearch.testnode;
