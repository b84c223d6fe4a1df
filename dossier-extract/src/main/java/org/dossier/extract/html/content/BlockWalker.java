package org.dossier.extract.html.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a subtree into {@link Block}s the way a browser lays out text, in document order, and notes
 * the contiguous range of blocks each element holds. One iterative pass (jsoup's
 * {@link NodeTraversor}), so a page nested 10,000 deep costs time, not stack.
 */
final class BlockWalker implements NodeVisitor {

    /** Tags that start a new line of text in a browser. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "ul", "caption", "legend", "option", "frameset", "noframes", "search");

    /**
     * The walk's result: blocks in document order and, per element, the range of blocks inside it
     * and its depth below the root ({@code {first, end, depth}}).
     */
    record Layout(List<Block> blocks, Map<Element, int[]> ranges) {
        int depth(Element e) {
            int[] r = ranges.get(e);
            return r == null ? 0 : r[2];
        }

        List<Block> blocksIn(Element e) {
            int[] r = ranges.get(e);
            return r == null ? List.of() : blocks.subList(r[0], r[1]);
        }
    }

    /** Runs of line breaks with the spaces around them, which collapse to one break. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*\\n\\s*");

    private final List<Block> blocks = new ArrayList<>();
    private final Map<Element, int[]> ranges = new IdentityHashMap<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    private int linkChars;
    private int leadLinkChars;
    private boolean plainSeen;
    private boolean separated;
    private int linkDepth;
    private int preDepth;

    private BlockWalker() {
    }

    /** Lays out {@code root}'s subtree. */
    static Layout walk(Element root) {
        BlockWalker w = new BlockWalker();
        w.open.push(root);
        NodeTraversor.traverse(w, root);
        w.flush();
        return new Layout(w.blocks, w.ranges);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals(Cleaner.REMOVED_TAG)) {
                flush();
                separated = true;
                return;
            }
            if (tag.equals("br")) {
                // one <br> is a line break inside a paragraph; text separated by <br><br> reads as paragraphs
                if (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
                    flush();
                } else if (text.length() > 0) {
                    text.append('\n');
                    pendingSpace = false;
                }
                return;
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("pre")) {
                preDepth++;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                open.push(e);
            }
            ranges.put(e, new int[] {blocks.size(), blocks.size(), depth});
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e) || e.normalName().equals("br")) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("a")) {
            linkDepth--;
        } else if (tag.equals("pre")) {
            preDepth--;
        }
        if (BLOCK_TAGS.contains(tag)) {
            flush();
            if (!open.isEmpty() && open.peek() == e) {
                open.pop();
            }
        }
        int[] range = ranges.get(e);
        if (range != null) {
            range[1] = blocks.size();
        }
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && preDepth > 0) {
                text.append('\n');
                pendingSpace = false;
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                pendingSpace = true;
            } else {
                if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
                pendingSpace = false;
                text.append(c);
                if (linkDepth > 0) {
                    linkChars++;
                    if (!plainSeen) {
                        leadLinkChars++;
                    }
                } else {
                    plainSeen = true;
                }
            }
        }
    }

    private void flush() {
        String s = text.toString().strip();
        int links = linkChars;
        int lead = leadLinkChars;
        text.setLength(0);
        linkChars = 0;
        leadLinkChars = 0;
        plainSeen = false;
        pendingSpace = false;
        if (s.isEmpty()) {
            return;
        }
        if (s.indexOf('\n') >= 0) {
            s = LINE_BREAKS.matcher(s).replaceAll("\n");
        }
        blocks.add(new Block(open.peek(), s, Math.min(links, s.length()), Math.min(lead, s.length()),
                Block.countWords(s), separated));
        separated = false;
    }
}
