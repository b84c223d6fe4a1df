package org.dossier.story.timeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateMention;
import org.dossier.model.Paragraph;
import org.dossier.model.Span;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;

/**
 * Invented articles for the story-view tests: a ferry fire in a made-up port, told by made-up
 * outlets. Dates are marked by hand as the date stage would mark them.
 */
public final class Articles {
    private Articles() {
    }

    /** An article with the given outlet (or none) and paragraphs, no dates yet. */
    public static AnalysedArticle article(String id, String outlet, String published, String... paragraphs) {
        ArticleMetadata m = ArticleMetadata.EMPTY.withOutlet(Optional.ofNullable(outlet))
                .withPublished(Optional.ofNullable(published).map(p -> Timestamp.of(OffsetDateTime.parse(p))));
        Article a = Article.of(id, id + ".txt", m, Arrays.stream(paragraphs).map(Paragraph::new).toList(), List.of());
        return AnalysedArticle.bare(a);
    }

    /** The same article with {@code text} (its first occurrence) marked as a date meaning {@code iso}. */
    public static AnalysedArticle dated(AnalysedArticle a, String text, String iso) {
        return dated(a, "", text, iso);
    }

    /** The same article with {@code text}, its first occurrence after {@code after}, marked as a date. */
    public static AnalysedArticle dated(AnalysedArticle a, String after, String text, String iso) {
        List<DateMention> dates = new ArrayList<>(a.dates());
        int at = a.body().indexOf(text, a.body().indexOf(after));
        if (at < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in " + a.article().id());
        }
        dates.add(new DateMention(new Span(at, at + text.length()), text, Timestamp.parse(iso)));
        dates.sort(java.util.Comparator.comparing(DateMention::span));
        return new AnalysedArticle(a.article(), a.tokens(), a.sentences(), a.mentions(), dates, a.quotes());
    }

    public static DateMention mention(AnalysedArticle a, String text, String iso) {
        int at = a.body().indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in " + a.article().id());
        }
        return new DateMention(new Span(at, at + text.length()), text, Timestamp.parse(iso));
    }

    public static Span span(AnalysedArticle a, String text) {
        int at = a.body().indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in " + a.article().id());
        }
        return new Span(at, at + text.length());
    }

    public static Story story(String id, AnalysedArticle... members) {
        return new Story(id, "Ferry fire in Harbourton", Arrays.stream(members).map(m -> m.article().id()).toList(),
                Optional.empty(), Optional.empty());
    }

    static Timestamp ts(Temporal t) {
        return Timestamp.of(t);
    }

    static final Timestamp Y2025 = ts(Year.of(2025));
    static final Timestamp JUNE = ts(YearMonth.of(2025, 6));
    static final Timestamp JUNE_1 = ts(LocalDate.of(2025, 6, 1));
}
