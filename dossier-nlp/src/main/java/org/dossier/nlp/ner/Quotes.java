package org.dossier.nlp.ner;

import org.dossier.model.Span;

/** Tells opening quotation marks and brackets from closing ones by what stands before them. */
public final class Quotes {
    private static final String OPENING_ONLY = "“‘«„‚(‹[";
    private static final String AMBIGUOUS = "\"'";

    private Quotes() {
    }

    /** Whether the one-character token at {@code span} opens a quotation or bracket. */
    public static boolean isOpening(String body, Span span) {
        if (span.length() != 1) {
            return false;
        }
        char c = body.charAt(span.start());
        if (OPENING_ONLY.indexOf(c) >= 0) {
            return true;
        }
        if (AMBIGUOUS.indexOf(c) < 0) {
            return false;
        }
        return span.start() == 0 || Character.isWhitespace(body.charAt(span.start() - 1))
                || OPENING_ONLY.indexOf(body.charAt(span.start() - 1)) >= 0;
    }
}
