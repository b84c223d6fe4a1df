package org.dossier.extract.text;

import java.util.Locale;

/**
 * Recognises a teaser card flattened into one line: a headline in title case run straight into
 * its summary with no space, as in "Storm Closes Coastal RoadDrivers were told to...", or run into
 * the summary's dateline. Such lines read like prose but belong to lists of other stories.
 */
final class Teasers {
    /** Headline words a teaser starts with, at least. */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final int MIN_SUMMARY_CHARS = 20;

    private Teasers() {
    }

    static boolean isGluedTeaser(String text) {
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < MAX_HEADLINE_WORDS) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                return false;
            }
            String word = text.substring(start, i);
            if (words >= MIN_HEADLINE_WORDS - 1 && glued(word)) {
                return true;
            }
            char first = word.charAt(0);
            boolean headlineWord = Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first)
                    || Stopwords.contains(word.toLowerCase(Locale.ROOT));
            if (!headlineWord) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * A headline run into the dateline of its summary: "Deportees return home from abroad NEW DELHI:
     * Their dream shattered...". An article's own dateline opens its paragraph instead.
     */
    static boolean hasInlineDateline(String text) {
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < MAX_HEADLINE_WORDS + 2) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                return false;
            }
            // the summary follows the dateline: a capitalised name ending a sentence with a colon is no dateline
            if (words >= MIN_HEADLINE_WORDS && i - start >= 4 && text.charAt(i - 1) == ':' && capitals(text, start, i - 1)
                    && n - i >= MIN_SUMMARY_CHARS) {
                return true;
            }
            words++;
        }
        return false;
    }

    private static boolean capitals(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case run of three letters or more followed by a capital: "AthleteA", "NeighborhoodVisiting". */
    private static boolean glued(String word) {
        if (!Character.isLetter(word.charAt(0)) || word.contains("://")) {
            // hashtags, handles, "(BrandName)" and links are written in camel case on purpose
            return false;
        }
        int lower = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isUpperCase(c) && lower >= 3) {
                return true;
            } else {
                lower = 0;
            }
        }
        return false;
    }
}
