package org.dossier.extract.html.content;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries, as a reader sees it: one paragraph, heading, list
 * item or cell.
 *
 * @param owner     the innermost block element holding the text
 * @param text      the text with whitespace collapsed, trimmed, not empty
 * @param linkChars how many of its characters sit inside links
 */
record Block(Element owner, String text, int linkChars) {

    /** Share of the text that is link text, from 0 to 1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    /** Number of words, counted as runs of letters or digits. */
    int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Whether it ends like a sentence, which menus and link lists rarely do. */
    boolean endsLikeSentence() {
        char last = text.charAt(text.length() - 1);
        return ".!?\"”'’:;)…".indexOf(last) >= 0;
    }

    String tag() {
        return owner.normalName();
    }

    boolean isHeading() {
        String t = owner.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }
}
