package org.dossier.ingest.feed;

import java.nio.charset.StandardCharsets;

/** Finds a document's root element name past the XML declaration, comments and processing instructions. */
final class RootElement {
    private RootElement() {
    }

    /**
     * Whether the root element is {@code rss}, or {@code feed} or {@code rdf:RDF} (any prefix) with
     * the Atom or RSS 1.0 namespace in sight, so other XML documents are left alone.
     */
    static boolean isFeed(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String name = of(text);
        int colon = name.indexOf(':');
        String local = colon < 0 ? name : name.substring(colon + 1);
        return name.equals("rss")
                || local.equals("feed") && (text.contains("www.w3.org/2005/Atom") || text.contains("purl.org/atom"))
                || local.equals("RDF") && text.contains("purl.org/rss/1.0");
    }

    /** The root element's qualified name, or "" when the head does not reach it. */
    static String of(String text) {
        int i = text.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->");
            } else if (text.startsWith("<!", i)) {
                i = skipPast(text, i, ">");
            } else if (c == '<') {
                int end = i + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                        && text.charAt(end) != '/') {
                    end++;
                }
                return text.substring(i + 1, end);
            } else {
                return "";
            }
        }
        return "";
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }
}
