/**
 * The web UI: server-rendered pages (story list, story, search, entity, article) built as jsoup
 * DOMs, so text from articles only ever enters through {@code text()} and attribute setters and is
 * escaped by construction. Styles and the one small script are served from the jar; no page loads
 * anything from elsewhere, and the Content-Security-Policy says so.
 */
package org.dossier.server.ui;
