package org.dossier.quote.marks;

/** Quotation-mark characters, their families, and the context tests that tell marks from apostrophes and inches. */
final class QuoteChars {
    /** Double-mark families: a quote opened with one family closes with the same family. */
    enum Family { STRAIGHT, CURLY, GUILLEMET, NONE }

    private QuoteChars() {
    }

    static boolean isMark(char c) {
        return familyOf(c) != Family.NONE || isSingle(c);
    }

    static Family familyOf(char c) {
        return switch (c) {
            case '"', '\uFF02' -> Family.STRAIGHT;
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> Family.CURLY;
            case '\u00AB', '\u00BB' -> Family.GUILLEMET;
            default -> Family.NONE;
        };
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u2039' || c == '\u203A';
    }

    /** Whether a double mark at {@code i} can open a quote when none is open. */
    static boolean opensDouble(String s, int i) {
        char c = s.charAt(i);
        char next = at(s, i + 1);
        char prev = at(s, i - 1);
        if (next == 0 || Character.isWhitespace(next)) {
            return false;
        }
        return switch (c) {
            case '\u201C', '\u201E', '\u201F', '\u00AB' -> true;
            // A closing-shaped mark used as an opener: only right after a space or the start.
            case '\u201D', '\u00BB' -> prev == 0 || Character.isWhitespace(prev) || prev == '(';
            // Straight marks: not an inch after a digit ("6" screen"), not inside a word.
            default -> !Character.isLetterOrDigit(prev) && !(prev == '.' || prev == ',');
        };
    }

    /** Whether a mark at {@code i} of the open quote's family closes it. */
    static boolean closesDouble(Family open, String s, int i) {
        char c = s.charAt(i);
        if (familyOf(c) != open) {
            return false;
        }
        char prev = at(s, i - 1);
        char next = at(s, i + 1);
        return switch (c) {
            case '\u201D', '\u00BB', '\u2033' -> true;
            // An opening-shaped curly mark closes only where it cannot open: after text, before a space or punctuation.
            case '\u201C', '\u201F' -> prev != 0 && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
            case '\u00AB', '\u201E' -> false;
            default -> prev != 0 && (!Character.isWhitespace(prev) || next == 0 || Character.isWhitespace(next));
        };
    }

    /** Whether a single mark at {@code i} opens a quote: ‘word or 'word after a space, not an elision ('90s, 'em). */
    static boolean opensSingle(String s, int i) {
        char c = s.charAt(i);
        if (c != '\'' && c != '\u2018' && c != '\u201A' && c != '\u2039') {
            return false;
        }
        char prev = at(s, i - 1);
        char next = at(s, i + 1);
        if (!(prev == 0 || Character.isWhitespace(prev) || "([{—–-\"“”«:/".indexOf(prev) >= 0)) {
            return false;
        }
        if (!Character.isLetterOrDigit(next) && next != '.') {
            return false;
        }
        if (Character.isDigit(next) && Character.isDigit(at(s, i + 2))) {
            return false;
        }
        String ahead = s.substring(i + 1, Math.min(s.length(), i + 5)).toLowerCase(java.util.Locale.ROOT);
        return !(ahead.startsWith("em ") || ahead.startsWith("tis ") || ahead.startsWith("til ") || ahead.startsWith("cause "));
    }

    /** Whether a single mark at {@code i} closes an open single quote; plural possessives ("members' votes") do not. */
    static boolean closesSingle(String s, int i) {
        char c = s.charAt(i);
        if (c != '\'' && c != '\u2019' && c != '\u203A') {
            return false;
        }
        char prev = at(s, i - 1);
        char next = at(s, i + 1);
        if (prev == 0 || Character.isWhitespace(prev) || Character.isLetterOrDigit(next)) {
            return false;
        }
        boolean possessive = (prev == 's' || prev == 'S') && next == ' ' && Character.isLowerCase(at(s, i + 2));
        return !possessive;
    }

    static char at(String s, int i) {
        return i < 0 || i >= s.length() ? 0 : s.charAt(i);
    }
}
