package org.dossier.decode;

/**
 * How badly a decoded line reads: the marks a wrong charset leaves. Decoding UTF-8 as Windows-1252
 * turns "é" into "Ã©" — a capital with an accent glued to a symbol — and decoding legacy bytes as
 * UTF-8 gives symbols or letters of another script inside a word ("ВЁ" in windows-1251 becomes
 * "¨"). Right text has neither, whatever its language, so of two decodings the one with fewer
 * oddities is the right one.
 */
final class Mojibake {
    /** Non-letters of Latin-1 that real text uses: quotes, currency, degrees, marks, spaces (general and CJK punctuation count too). */
    private static final String TYPOGRAPHY = "«»·£¥¢°§©®¡¿\u00a0";

    private Mojibake() {
    }

    /** How many characters of {@code line} show a wrong decoding. */
    static int oddities(String line) {
        int odd = 0;
        Character.UnicodeScript previousScript = null;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            int next = i + Character.charCount(c) < line.length() ? line.codePointAt(i + Character.charCount(c)) : ' ';
            if (c >= 0x80) {
                boolean letter = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
                if (!letter && !typography(c)) {
                    odd++;
                } else if (c >= 0xc0 && c <= 0xef && next >= 0x80 && !Character.isLetter(next) && !(next >= 0x2000 && next <= 0x206f)) {
                    // "Ã©", "Ã¼", "â€™": the lead byte of a UTF-8 sequence read as a Latin-1 letter, glued
                    // to a symbol (a letter before a dash or a curly quote is right: "José’s")
                    odd++;
                }
            }
            Character.UnicodeScript script = Character.isLetter(c) ? script(c) : null;
            if (script != Character.UnicodeScript.COMMON) {
                if (script != null && previousScript != null && script != previousScript) {
                    // a word that changes script half-way: "CZӣNO" is windows-1250 "CZÓŁNO" read as UTF-8
                    odd++;
                }
                previousScript = script;
            }
            i += Character.charCount(c);
        }
        return odd;
    }

    private static boolean typography(int c) {
        return TYPOGRAPHY.indexOf(c) >= 0 || c == '€' || c == '™'
                || c >= 0x2000 && c <= 0x206f   // general punctuation: dashes, quotes, the ellipsis, thin spaces
                || c >= 0x3000 && c <= 0x303f   // CJK punctuation: 、。「」
                || c >= 0xff01 && c <= 0xff65;  // full-width forms
    }

    /** The letter's script, with the scripts Japanese writes within one word counted as one. */
    private static Character.UnicodeScript script(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        // letters of no one script (the Japanese length mark "ー") go with any
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA ? Character.UnicodeScript.HAN
                : s == Character.UnicodeScript.INHERITED ? Character.UnicodeScript.COMMON : s;
    }
}
