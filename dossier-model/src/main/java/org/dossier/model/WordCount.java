package org.dossier.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words as people count them in a text (a briefing's limit is in these words): letters or digits, with inner dots, commas and apostrophes ("U.S.", "1,200", "don't"). */
public final class WordCount {
    /** One word. */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’][\\p{L}\\p{N}]+)*");

    private WordCount() {
    }

    /** How many words {@code text} has, numbers included. */
    public static int of(CharSequence text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
