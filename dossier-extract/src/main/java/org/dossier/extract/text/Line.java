package org.dossier.extract.text;

import java.util.Locale;
import org.dossier.extract.meta.Datelines;

/**
 * One non-blank line of a text scrape with the shape features the extractor decides on.
 *
 * @param number      0-based position among the page's non-blank lines
 * @param text        the line, trimmed
 * @param indent      leading spaces before the text
 * @param blankBefore whether a blank line precedes it
 * @param words       words, counting a run of CJK characters as one word per two characters
 * @param stopwords   how many of the words are function words
 * @param furniture   how many of the words name site furniture ("subscribe", "cookies", "newsletter")
 * @param sentenceEnd whether it ends like a sentence (".", "!", "?", "。", a closing quote after one)
 * @param bullet      whether it starts with a list marker ("•", "-", "*", "□", "1.")
 * @param dateLine    whether it is essentially a date or a relative time
 * @param cjk         whether it is written mostly in CJK script, which has no function words to count
 */
record Line(int number, String text, int indent, boolean blankBefore, int words, int stopwords, int furniture,
            boolean sentenceEnd, boolean bullet, boolean dateLine, boolean cjk) {

    static Line of(int number, String raw, boolean blankBefore) {
        String text = raw.strip();
        int indent = 0;
        while (indent < raw.length() && Character.isWhitespace(raw.charAt(indent))) {
            indent++;
        }
        int words = 0;
        int stop = 0;
        int furniture = 0;
        int cjk = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (isCjk(c)) {
                cjk++;
                i += Character.charCount(c);
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean letter = false;
            while (i < n) {
                int d = text.codePointAt(i);
                if (!(Character.isLetterOrDigit(d) || d == '\'' || d == '’') || isCjk(d)) {
                    break;
                }
                letter |= Character.isLetter(d);
                i += Character.charCount(d);
            }
            if (letter) {
                words++;
                if (i - start <= 13) {
                    String w = text.substring(start, i).toLowerCase(Locale.ROOT);
                    stop += Stopwords.contains(w) ? 1 : 0;
                    furniture += Furniture.isWord(w) ? 1 : 0;
                }
            }
        }
        words += (cjk + 1) / 2;
        return new Line(number, text, indent, blankBefore, words, stop, furniture, endsSentence(text), isBullet(text),
                text.length() <= 80 && Datelines.isDateLine(text), cjk > 0 && cjk * 2 >= text.length() / 2);
    }

    /** Share of the words that are function words; 0 for an empty line. */
    double stopShare() {
        return words == 0 ? 0 : stopwords / (double) words;
    }

    private static boolean isCjk(int c) {
        if (c < 0x2E80) {
            // below the CJK blocks: the common case, decided without a script lookup
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    private static boolean endsSentence(String t) {
        int end = t.length();
        while (end > 0 && "\"”’'»)]".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char c = t.charAt(end - 1);
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '…' || c == ':' && end == t.length();
    }

    private static boolean isBullet(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (c >= '0' && c <= '9') {
            // "1. ", "12) ": a numbered item
            int d = c >= '0' && t.length() > 1 && Character.isDigit(t.charAt(1)) ? 2 : 1;
            return t.length() > d + 1 && (t.charAt(d) == '.' || t.charAt(d) == ')') && t.charAt(d + 1) == ' ';
        }
        if ("•□■◦▪●○·*‣–—-".indexOf(c) >= 0) {
            return t.length() == 1 || Character.isWhitespace(t.charAt(1));
        }
        return false;
    }
}
