package org.dossier.extract.html.metadata;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an element that is expected to be short (a byline, a dateline), or nothing when it
 * is not. Stops reading as soon as the text or the number of nodes passes the bound, so asking
 * every byline-looking element of a deeply nested page stays linear rather than quadratic.
 */
final class ShortText {
    private static final int MAX_NODES = 200;

    private ShortText() {
    }

    static Optional<String> of(Element e, int maxChars) {
        StringBuilder b = new StringBuilder();
        int[] nodes = {0};
        boolean[] tooLong = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > MAX_NODES || b.length() > maxChars) {
                    tooLong[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText()).append(' ');
                } else if (node instanceof Element el && el.normalName().equals("br")) {
                    b.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (tooLong[0] || b.length() > maxChars) {
            return Optional.empty();
        }
        String s = b.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
