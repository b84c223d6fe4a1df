/**
 * Main-content extraction from a parsed HTML page, in four steps: strip what is never text
 * ({@code Cleaner}); lay the page out as blocks (paragraphs, headings, items) and weigh each as
 * prose, navigation or neither, counting prose fully only inside a run of prose
 * ({@code BlockWalker}, {@code BlockScore}, {@code TextScores}); pick the element whose prose
 * outweighs the navigation it also holds ({@code ContainerChooser}); then keep the container's
 * blocks that read as the article ({@code BlockFilter}). Walks the DOM iteratively, so deeply
 * nested pages never exhaust the stack; reads no metadata and knows no site by name.
 */
package org.dossier.extract.html.content;
