package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One attributed statement in an article's body: what was said (without quotation marks), the words
 * that attribute it, and who said it. All positions are offsets into {@link Article#body()}.
 *
 * @param kind    direct (quotation marks) or indirect (reported speech)
 * @param content the statement; a quote over several paragraphs spans them; not empty
 * @param cue     the attributing words ("said", "according to"), when there are any
 * @param speaker who said it, when known
 */
public record Quote(QuoteKind kind, Span content, Optional<Span> cue, Optional<Speaker> speaker) {

    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        if (content.length() == 0) {
            throw new IllegalArgumentException("quote content must not be empty, got " + content);
        }
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speaker, "speaker");
        if (cue.isPresent() && cue.get().overlaps(content)) {
            throw new IllegalArgumentException("cue " + cue.get() + " must lie outside the content " + content);
        }
    }

    /** A stable id: the same article and content span give the same id. */
    public String id(String articleId) {
        return Ids.of("quote", articleId, Integer.toString(content.start()), Integer.toString(content.end()));
    }

    public Quote withSpeaker(Speaker s) {
        return new Quote(kind, content, cue, Optional.of(s));
    }
}
