package org.dossier.decode;

import java.util.Locale;
import java.util.Optional;
import org.dossier.model.RawPage;

/**
 * Reads an XML document's prolog — the declaration, comments, processing instructions and the
 * DOCTYPE with its internal subset — to find the root element, without parsing: nothing is
 * expanded or fetched. Works on text, or on bytes seen as ISO-8859-1 (offsets are then byte offsets).
 */
public final class XmlProlog {
    /** Characters of a text looked at for its prolog: a DOCTYPE with a long internal subset may run past the root's search. */
    private static final int HEAD = 64 * 1024;

    private XmlProlog() {
    }

    /**
     * Where a DOCTYPE declaration lies.
     *
     * @param start          offset of its {@code <!DOCTYPE}
     * @param end            offset just past its closing {@code >}
     * @param internalSubset whether it declares things between {@code [} and {@code ]}: entities, elements
     */
    public record Doctype(int start, int end, boolean internalSubset) {
        public Doctype {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad DOCTYPE span [" + start + ", " + end + ")");
            }
        }
    }

    /** The root element's qualified name, or "" when the text does not reach it or is not XML-shaped. */
    public static String rootElement(String text) {
        int i = text.startsWith("\u00ef\u00bb\u00bf") ? 3 : text.startsWith("\ufeff") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->");
            } else if (text.startsWith("<!", i)) {
                i = doctypeEnd(text, i);
                if (i < 0) {
                    return "";
                }
            } else if (c == '<') {
                int end = i + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                        && text.charAt(end) != '/') {
                    end++;
                }
                return end < text.length() ? text.substring(i + 1, end) : "";
            } else {
                return "";
            }
        }
        return "";
    }

    /**
     * Whether the text is an RSS or Atom feed: its root element is {@code rss}, or {@code feed} or
     * {@code rdf:RDF} (any prefix) with the Atom or RSS 1.0 namespace in sight, so other XML
     * documents are left alone.
     */
    public static boolean isFeed(String text) {
        String name = rootElement(text);
        int colon = name.indexOf(':');
        String local = colon < 0 ? name : name.substring(colon + 1);
        return name.equals("rss")
                || local.equals("feed") && (text.contains("www.w3.org/2005/Atom") || text.contains("purl.org/atom"))
                || local.equals("RDF") && text.contains("purl.org/rss/1.0");
    }

    /**
     * Why {@code text}, which is not HTML, is not a page either, when it is an XML document: it
     * opens with an XML declaration or a DOCTYPE, or it is named or typed as XML and opens with an
     * element. Read as plain text, its markup would become an "article" titled with raw XML.
     */
    static Optional<String> notAPage(RawPage page, String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD)).stripLeading();
        String type = page.contentType().orElse("").toLowerCase(Locale.ROOT);
        boolean namedXml = page.source().toLowerCase(Locale.ROOT).matches(".*\\.xml(\\.gz)?")
                || type.contains("/xml") || type.contains("+xml");
        String root = rootElement(head);
        if (root.substring(root.indexOf(':') + 1).equalsIgnoreCase("html")) {
            return Optional.empty();
        }
        if (!head.startsWith("<?xml") && !head.regionMatches(true, 0, "<!DOCTYPE", 0, 9) && !(namedXml && !root.isEmpty())) {
            return Optional.empty();
        }
        if (isFeed(head)) {
            return Optional.of("not a web page: an RSS or Atom feed (root element <" + root + ">), which is read as a feed only from a file");
        }
        return Optional.of("not a web page: an XML document" + (root.isEmpty() ? "" : " whose root element is <" + root + ">"));
    }

    /** The DOCTYPE before the root element, when there is one and it ends within the text. */
    public static Optional<Doctype> doctype(String text) {
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->");
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int end = doctypeEnd(text, i);
                return end < 0 ? Optional.empty() : Optional.of(new Doctype(i, end, hasSubset(text, i, end)));
            } else if (text.charAt(i) == '<') {
                return Optional.empty();
            } else {
                i++;
            }
        }
        return Optional.empty();
    }

    /**
     * Just past the {@code <!...>} declaration at {@code from}: its {@code >} outside quotes and
     * outside the internal subset, whose declarations and comments may hold {@code >} themselves;
     * -1 when the text ends first.
     */
    private static int doctypeEnd(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->") - 1;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean hasSubset(String text, int from, int to) {
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                return true;
            }
        }
        return false;
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }
}
