package org.dossier.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.embed.SentenceEmbedder;
import org.dossier.model.Claim;
import org.dossier.model.Framing;
import org.dossier.story.claims.ClaimAligner;
import org.dossier.story.claims.ClaimConfig;
import org.dossier.story.framing.FramingStage;

/**
 * The claims and framing stage of the cross-source view: per story, its claims with corroboration
 * and conflicts, and each outlet's framing. Thread-safe; the embedder, when given, must be too.
 */
public final class StoryView {
    private final ClaimAligner claims;
    private final FramingStage framing = new FramingStage();

    /**
     * @param embedder sentence embeddings for paraphrase alignment; without them claims are aligned on
     *                 shared words, entities, numbers and dates only, which finds fewer paraphrases
     */
    public StoryView(Optional<SentenceEmbedder> embedder) {
        this.claims = new ClaimAligner(embedder, embedder.isPresent() ? ClaimConfig.EMBEDDED : ClaimConfig.LEXICAL);
    }

    /** One story's claims and framing. */
    public record Result(List<Claim> claims, List<Framing> framing) {
        public Result {
            claims = List.copyOf(claims);
            framing = List.copyOf(framing);
        }
    }

    public Result run(StoryMaterial story) {
        return new Result(claims.align(story), framing.frame(story));
    }

    /** Every story's claims and framing, in story order. */
    public Result runAll(List<StoryMaterial> stories) {
        List<Claim> c = new ArrayList<>();
        List<Framing> f = new ArrayList<>();
        for (StoryMaterial s : stories) {
            Result r = run(s);
            c.addAll(r.claims());
            f.addAll(r.framing());
        }
        return new Result(c, f);
    }
}
