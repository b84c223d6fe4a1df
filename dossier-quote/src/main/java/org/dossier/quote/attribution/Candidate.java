package org.dossier.quote.attribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/**
 * An attribution found in one sentence before its speaker is resolved: the content, the cue and
 * the words naming the source.
 *
 * @param kind     direct when the content is a marked quote
 * @param content  the statement
 * @param parts    its quoted pieces (one, unless an attribution interrupts a quote)
 * @param cue      the attributing words, if any
 * @param source   the source's noun phrase, if the attribution names one
 * @param sentence index of the sentence holding the cue (or the quote's first sentence)
 */
record Candidate(QuoteKind kind, Span content, List<Span> parts, Optional<Span> cue, Optional<Span> source, int sentence) {

    Candidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        parts = List.copyOf(parts);
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(source, "source");
    }

    Candidate(QuoteKind kind, Span content, Optional<Span> cue, Optional<Span> source, int sentence) {
        this(kind, content, List.of(content), cue, source, sentence);
    }

    /** This quote and the next one, which the same attribution interrupts, as one quote in two parts. */
    Candidate joinedWith(Candidate next) {
        List<Span> all = new java.util.ArrayList<>(parts);
        all.addAll(next.parts);
        return new Candidate(kind, new Span(content.start(), next.content.end()), all, cue, source, sentence);
    }
}
