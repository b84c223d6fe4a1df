package org.dossier.quote;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Quote;
import org.dossier.quote.attribution.Attributor;
import org.dossier.quote.text.TextAnalyzer;

/**
 * The quote stage's front door: direct quotes and reported speech in an article's body, each with
 * its content span, its cue and its speaker. Loads the part-of-speech model once (about a second);
 * thread-safe afterwards, so one instance serves every article of a batch.
 *
 * <p>Without hints, speakers are named from the text alone (entity ids empty). With the article's
 * entity mentions as {@link MentionHint}s, a speaker whose words overlap a mention takes the
 * mention's canonical name and entity id, and pronouns resolve to the last person mentioned.
 */
public final class QuoteExtractor {
    private final TextAnalyzer analyzer;

    public QuoteExtractor() {
        this.analyzer = new TextAnalyzer();
    }

    /** The quotes of {@code article}, ordered by content span. */
    public List<Quote> extract(Article article) {
        return extract(article.body(), List.of());
    }

    /** The quotes of {@code article}, speakers snapped to {@code mentions} (sorted by offset). */
    public List<Quote> extract(Article article, List<MentionHint> mentions) {
        return extract(article.body(), mentions);
    }

    /** The quotes of any text whose offsets the caller keeps (a benchmark's raw text, say). */
    public List<Quote> extract(String body, List<MentionHint> mentions) {
        if (body.isBlank()) {
            return List.of();
        }
        return Attributor.attribute(body, analyzer.analyse(body), List.copyOf(mentions));
    }
}
