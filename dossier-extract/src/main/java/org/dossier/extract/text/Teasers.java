package org.dossier.extract.text;

import java.util.Locale;

/**
 * Recognises a teaser card flattened into one line: a headline in title case run straight into
 * its summary with no space, as in "Storm Closes Coastal RoadDrivers were told to...". Such lines
 * read like prose but belong to lists of other stories.
 */
final class Teasers {
    /** Headline words a teaser starts with, at least. */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_WORDS = 20;

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
