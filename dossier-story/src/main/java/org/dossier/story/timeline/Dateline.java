package org.dossier.story.timeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline at the start of a sentence: a place in capitals, a comma, a short date, maybe an
 * agency in brackets, a dash ("HARBOURTON, June 2 (Agency) – "). Its date is when the story was
 * filed, not when anything happened, and a briefing drops it. Stateless.
 */
public final class Dateline {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40},\\s[^–—\\n]{1,30}?(?:\\s?\\([^)]{1,30}\\))?\\s*[–—-]+\\s+");

    private Dateline() {
    }

    /** How many characters at the start of {@code sentence} are a dateline; 0 when none. */
    public static int length(CharSequence sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.lookingAt() ? m.end() : 0;
    }
}
