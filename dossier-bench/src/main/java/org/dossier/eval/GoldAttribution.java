package org.dossier.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Span;

/**
 * One annotated attribution of a benchmark article.
 *
 * @param content  the content's parts (discontinuous contents have several), at least one
 * @param source   the source's span, when annotated
 * @param referent for a pronoun source, the span of the nearest earlier annotated source that is
 *                 not a pronoun (the benchmark has no coreference; this stands in for it)
 * @param direct   whether the content opens with a quotation mark
 */
public record GoldAttribution(List<Span> content, Optional<Span> source, Optional<Span> referent, boolean direct) {

    public GoldAttribution {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a gold attribution needs content, got none (source " + source + ")");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(referent, "referent");
    }

    public int length() {
        return content.stream().mapToInt(Span::length).sum();
    }

    /** Characters of this content that {@code predicted} covers. */
    public int coveredBy(Span predicted) {
        int n = 0;
        for (Span part : content) {
            n += Math.max(0, Math.min(part.end(), predicted.end()) - Math.max(part.start(), predicted.start()));
        }
        return n;
    }
}
