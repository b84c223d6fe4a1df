package org.dossier.extract.meta;

import java.util.regex.Pattern;

/**
 * Recognises the credit line that news agencies close a story with: "(Reporting by A; Editing by
 * B)", "Additional reporting by C", "Writing by D; editing by E". It names the desk's staff rather
 * than adding to the story, and its names are not the byline's.
 */
public final class WireCredits {
    private static final Pattern CREDIT = Pattern.compile(
            "[(\\[]?\\s*(?:(?:additional|further|extra)\\s+)?(?:reporting|writing|editing|edited|compiled|research"
                    + "|graphics|production|produced)\\s+by\\s+(?-i:\\p{Lu}).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** The longest credit line recognised, in characters: a long paragraph is prose whatever it opens with. */
    private static final int MAX_CHARS = 400;

    private WireCredits() {
    }

    /** Whether the paragraph is a wire credit line; a name must follow the "by". */
    public static boolean isCreditLine(String paragraph) {
        String p = paragraph.strip();
        return p.length() <= MAX_CHARS && CREDIT.matcher(p).matches();
    }
}
