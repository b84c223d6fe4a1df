package org.dossier.store.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Claim;
import org.dossier.store.Correction;
import org.dossier.store.StoryDossier;

/**
 * A story as a reader sees it once the review log is applied.
 *
 * @param dossier     the story with its shown articles (hidden ones out, moved ones in), quotes'
 *                    speakers corrected, entities merged and split, claims and timeline without the
 *                    articles taken out
 * @param numbers     each article's citation number, fixed when it joined the story: the stored order,
 *                    then the articles moved in; a hidden article keeps its number, unused
 * @param verdicts    per claim id ({@link Reviewed#claimId}), the reviewer's verdict on it
 * @param corrections the corrections in effect that touch this story, oldest first
 */
public record ReviewedStory(StoryDossier dossier, Map<String, Integer> numbers, Map<String, Correction> verdicts,
                            List<Correction> corrections) {

    public ReviewedStory {
        Objects.requireNonNull(dossier, "dossier");
        numbers = Map.copyOf(numbers);
        verdicts = Map.copyOf(verdicts);
        corrections = List.copyOf(corrections);
    }

    /** The citation number of an article of the story; 0 when it is not one. */
    public int number(String articleId) {
        return numbers.getOrDefault(articleId, 0);
    }

    /** The reviewer's verdict on a claim, when there is one. */
    public Optional<Correction> verdict(Claim c) {
        return Optional.ofNullable(verdicts.get(Reviewed.claimId(c)));
    }
}
