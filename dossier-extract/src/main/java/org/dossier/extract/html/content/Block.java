package org.dossier.extract.html.content;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries, as a reader sees it: one paragraph, heading, list
 * item or cell.
 *
 * @param owner     the innermost block element holding the text
 * @param text      the text with whitespace collapsed, trimmed, not empty
 * @param linkChars how many of its characters sit inside links
 * @param leadLinkChars how many characters of the link that opens the block, if one does
 * @param words     its number of words, as {@link #countWords(String)} counts them
 * @param afterRemoved whether a boilerplate region was removed between this block and the one before
 */
record Block(Element owner, String text, int linkChars, int leadLinkChars, int words, boolean afterRemoved) {

    /** Share of the text that is link text, from 0 to 1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    /** Whether a link opens the block, like the headline that opens a teaser: "Headline. Summary...". */
    boolean linkLed() {
        return leadLinkChars >= 20 && leadLinkChars >= 0.15 * text.length();
    }

    /**
     * The number of words in a text: runs of letters or digits, and for scripts written without spaces (Chinese,
     * Japanese, Thai) one word per two characters, about what a reader of those scripts takes in.
     */
    static int countWords(String text) {
        int n = 0;
        int unspaced = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unspaced(c)) {
                unspaced++;
                in = false;
                continue;
            }
            boolean w = Character.isLetterOrDigit(c);
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n + unspaced / 2;
    }

    private static boolean unspaced(char c) {
        if (c < '\u0e00') {
            // below Thai: Latin, Greek, Cyrillic, Arabic, Hebrew, Indic scripts all use spaces
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }

    /** Whether it ends like a sentence, which menus and link lists rarely do. */
    boolean endsLikeSentence() {
        char last = text.charAt(text.length() - 1);
        return ".!?\"”'’:;)…。！？」』）".indexOf(last) >= 0;
    }

    String tag() {
        return owner.normalName();
    }

    boolean isHeading() {
        String t = owner.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }
}
