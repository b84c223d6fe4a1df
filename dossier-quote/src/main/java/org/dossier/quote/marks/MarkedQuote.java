package org.dossier.quote.marks;

import java.util.Objects;
import org.dossier.model.Span;

/**
 * A stretch of the body inside quotation marks.
 *
 * @param content what lies between the marks, trimmed; over several paragraphs when the quote runs on
 * @param open    the opening mark's offset
 * @param closed  false when no closing mark was found (the quote then ends at a paragraph's or the body's end)
 * @param single  true for single marks (‘…’, '…'), which at top level mark partial quotes and titles
 */
public record MarkedQuote(Span content, int open, boolean closed, boolean single) {

    public MarkedQuote {
        Objects.requireNonNull(content, "content");
        if (open < 0 || open > content.start()) {
            throw new IllegalArgumentException("opening mark at " + open + " must come before the content " + content);
        }
    }

    /** The span from the opening mark to the closing mark, both included when present. */
    public Span outer(String body) {
        int end = content.end();
        while (end < body.length() && closed && !QuoteChars.isMark(body.charAt(end))) {
            end++;
        }
        return new Span(open, closed ? Math.min(body.length(), end + 1) : end);
    }
}
