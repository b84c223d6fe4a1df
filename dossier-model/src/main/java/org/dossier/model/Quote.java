package org.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attributed statement in an article's body: what was said (without quotation marks), the words
 * that attribute it, and who said it. All positions are offsets into {@link Article#body()}.
 *
 * <p>A quote interrupted by its attribution ({@code "We won," she said. "Again."}) is one quote
 * whose {@code content} runs from the first part's start to the last part's end, and whose
 * {@code parts} are the quoted pieces; {@link #text(String)} joins them.
 *
 * @param kind    direct (quotation marks) or indirect (reported speech)
 * @param content the statement; a quote over several paragraphs spans them; not empty
 * @param parts   the statement's pieces in order, inside {@code content}, covering its start and end
 * @param cue     the attributing words ("said", "according to"), when there are any; never inside a part
 * @param speaker who said it, when known
 */
public record Quote(QuoteKind kind, Span content, List<Span> parts, Optional<Span> cue, Optional<Speaker> speaker) {

    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        if (content.length() == 0) {
            throw new IllegalArgumentException("quote content must not be empty, got " + content);
        }
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.getFirst().start() != content.start() || parts.getLast().end() != content.end()) {
            throw new IllegalArgumentException("quote parts " + parts + " must start and end with the content " + content);
        }
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).start() < parts.get(i - 1).end()) {
                throw new IllegalArgumentException("quote parts must be in order and apart, got " + parts);
            }
        }
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speaker, "speaker");
        if (cue.isPresent() && parts.stream().anyMatch(p -> p.overlaps(cue.get()))) {
            throw new IllegalArgumentException("cue " + cue.get() + " must lie outside the content's parts " + parts);
        }
    }

    /** A quote in one piece. */
    public Quote(QuoteKind kind, Span content, Optional<Span> cue, Optional<Speaker> speaker) {
        this(kind, content, List.of(content), cue, speaker);
    }

    /** The statement's words: its parts joined with a space. */
    public String text(String body) {
        StringBuilder sb = new StringBuilder();
        for (Span p : parts) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(p.of(body));
        }
        return sb.toString();
    }

    /** A stable id: the same article and content span give the same id. */
    public String id(String articleId) {
        return Ids.of("quote", articleId, Integer.toString(content.start()), Integer.toString(content.end()));
    }

    public Quote withSpeaker(Speaker s) {
        return new Quote(kind, content, parts, cue, Optional.of(s));
    }
}
