package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A factual statement in a story's cross-source view: what its sources say in their own words,
 * aligned across articles, with the statements that disagree with it.
 *
 * @param story         the story's id
 * @param text          the claim in words, taken from its first source
 * @param sources       the statements that make the claim, one or more, at most one per article
 * @param corroboration the number of independent outlets among the sources (an article without an outlet counts as
 *                      its own; copies of one text count once, see docs/STORY.md)
 * @param conflicts     statements that disagree with the claim
 */
public record Claim(String story, String text, List<SourceSpan> sources, int corroboration, List<Conflict> conflicts) {

    public Claim {
        Objects.requireNonNull(story, "story");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("claim text must not be blank");
        }
        sources = List.copyOf(sources);
        conflicts = List.copyOf(conflicts);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a claim needs a source: " + Codes.quote(text));
        }
        if (corroboration < 1 || corroboration > sources.size()) {
            throw new IllegalArgumentException("corroboration must be 1.." + sources.size() + ", got " + corroboration);
        }
    }

    /** True when only one outlet makes the claim. */
    public boolean singleSource() {
        return corroboration == 1;
    }
}
