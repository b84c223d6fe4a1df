package org.dossier.quote;

import java.util.List;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Quote;
import org.dossier.model.TaggedArticle;
import org.dossier.model.TaggedText;
import org.dossier.quote.attribution.Attributor;
import org.dossier.quote.attribution.Gate;

/**
 * The quote stage's front door: direct quotes and reported speech in a text, each with its content
 * span, its cue and its speaker. Requires the text's tokens tagged with their parts of speech and
 * lemmas, which only the NLP stage's tagging step gives ({@link TaggedText}, {@link TaggedArticle}):
 * the stage reads them and never tokenises. Holds one small immutable model (the gate's weights) and no
 * state; thread-safe.
 *
 * <p>Without hints, speakers are named from the text alone (entity ids empty). With the article's
 * entity mentions as {@link MentionHint}s, a speaker whose words overlap a mention takes the
 * mention's canonical name and entity id, and pronouns resolve to the last person mentioned.
 */
public final class QuoteExtractor {
    private final Gate gate;

    /**
     * The stage as shipped: the rules propose, the learned gate in the stage's resources ({@link Gate#shipped()})
     * decides which reported-speech candidates are kept.
     */
    public QuoteExtractor() {
        this(Gate.shipped());
    }

    /**
     * The stage with {@code gate} deciding which reported-speech candidates are kept, or with the rules
     * alone when {@code gate} is null.
     */
    public QuoteExtractor(Gate gate) {
        this.gate = gate;
    }

    /**
     * The article with its quotes, its entity mentions as speaker hints. An article the tagger did not
     * read (a language other than English) gets none: the cue lexicon is English.
     */
    public AnalysedArticle annotate(TaggedArticle article) {
        AnalysedArticle analysed = article.analysed();
        return article.text()
                .map(text -> analysed.withQuotes(extract(text, analysed.mentions().stream().map(MentionHint::of).toList())))
                .orElse(analysed);
    }

    /** The quotes of {@code text}, ordered by content span, speakers snapped to {@code mentions} (sorted by offset). */
    public List<Quote> extract(TaggedText text, List<MentionHint> mentions) {
        if (text.text().isBlank()) {
            return List.of();
        }
        return Attributor.attribute(text, List.copyOf(mentions), gate);
    }
}
