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
 * @param sentence     index of the sentence holding the cue (or the quote's first sentence)
 * @param construction the construction that made it
 * @param how          how the source was found, for a cue verb's subject
 */
record Candidate(QuoteKind kind, Span content, List<Span> parts, Optional<Span> cue, Optional<Span> source, int sentence,
                 Construction construction, Optional<Subjects.How> how) {

    Candidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        parts = List.copyOf(parts);
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(construction, "construction");
        Objects.requireNonNull(how, "how");
    }

    Candidate(QuoteKind kind, Span content, Optional<Span> cue, Optional<Span> source, int sentence, Construction construction) {
        this(kind, content, List.of(content), cue, source, sentence, construction, Optional.empty());
    }

    /** This attribution's content replaced, the rest kept. */
    Candidate withContent(Span newContent) {
        return new Candidate(kind, newContent, List.of(newContent), cue, source, sentence, construction, how);
    }

    /** This attribution with no source named. */
    Candidate withoutSource() {
        return new Candidate(kind, content, parts, cue, Optional.empty(), sentence, construction, Optional.empty());
    }

    /** {@code quote} attributed by this attribution's cue and source. */
    Candidate attributing(Candidate quote) {
        return new Candidate(QuoteKind.DIRECT, quote.content, quote.parts, cue, source, sentence, construction, how);
    }

    /** {@code quote}, with no cue of its own, attributed to this attribution's source: a continuing speaker. */
    Candidate continuedBy(Candidate quote) {
        return new Candidate(QuoteKind.DIRECT, quote.content, quote.parts, Optional.empty(), source, sentence, Construction.QUOTE, how);
    }

    /** This quote and the next one, which the same attribution interrupts, as one quote in two parts. */
    Candidate joinedWith(Candidate next) {
        List<Span> all = new java.util.ArrayList<>(parts);
        all.addAll(next.parts);
        return new Candidate(kind, new Span(content.start(), next.content.end()), all, cue, source, sentence, construction, how);
    }
}
