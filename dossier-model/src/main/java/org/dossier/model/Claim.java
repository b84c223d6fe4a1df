package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A factual statement in a story's cross-source view: what its sources say in their own words,
 * aligned across articles by agreement (each source asserts the same event or statement), with the
 * statements that contradict it and those that are only about the same thing.
 *
 * @param story         the story's id
 * @param text          the claim in words, taken from its first source
 * @param sources       the statements that make the claim, one or more, at most one per article; the first
 *                      is the claim's text
 * @param corroboration the number of independent outlets among the sources (an article without an outlet counts as
 *                      its own; copies of one text count once, see docs/STORY.md)
 * @param conflicts     statements that contradict the claim
 * @param strengths     per source, in the order of {@code sources}, how strongly it asserts the same thing as the
 *                      claim's text (0..1, the first 1); empty when unknown (a claim stored before strengths were kept)
 * @param related       statements of other sources about the same thing that do not assert it (no support)
 */
public record Claim(String story, String text, List<SourceSpan> sources, int corroboration, List<Conflict> conflicts,
                    List<Double> strengths, List<SourceSpan> related) {

    public Claim {
        Objects.requireNonNull(story, "story");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("claim text must not be blank");
        }
        sources = List.copyOf(sources);
        conflicts = List.copyOf(conflicts);
        // a claim stored before these fields were kept reads them as absent
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        related = related == null ? List.of() : List.copyOf(related);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a claim needs a source: " + Codes.quote(text));
        }
        if (corroboration < 1 || corroboration > sources.size()) {
            throw new IllegalArgumentException("corroboration must be 1.." + sources.size() + ", got " + corroboration);
        }
        if (!strengths.isEmpty() && strengths.size() != sources.size()) {
            throw new IllegalArgumentException("a claim with " + sources.size() + " sources needs as many strengths, got "
                    + strengths.size());
        }
        for (double s : strengths) {
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("a source's strength must be in 0..1, got " + s);
            }
        }
    }

    /** A claim whose sources' strengths and related statements are not known. */
    public Claim(String story, String text, List<SourceSpan> sources, int corroboration, List<Conflict> conflicts) {
        this(story, text, sources, corroboration, conflicts, List.of(), List.of());
    }

    /** True when only one outlet makes the claim. */
    public boolean singleSource() {
        return corroboration == 1;
    }

    /** True when some source contradicts the claim. */
    public boolean disputed() {
        return !conflicts.isEmpty();
    }
}
