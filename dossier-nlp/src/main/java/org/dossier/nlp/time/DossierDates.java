package org.dossier.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.DateMention;
import org.dossier.nlp.token.Segmentation;

/**
 * Relative dates of articles that carry no publication date, anchored on the dossier only when that
 * is safe: the expression must mean the same under the earliest and under the latest publication
 * day of the dossier's dated articles (every rule of {@link DateTagger} moves one way with its
 * anchor, so it then means the same under any day between). "Next year" in an undated article of a
 * dossier published over two April days is the next year; "yesterday" is not anchored. The one
 * cross-article step of this package, run once at the end of a batch. Holds the undated English
 * articles until then, up to a character budget; not thread-safe.
 */
public final class DossierDates {
    private final DateTagger tagger = new DateTagger();
    private final long maxHeldChars;
    private final List<AnalysedArticle> undated = new ArrayList<>();
    private long heldChars;
    private LocalDate earliest;
    private LocalDate latest;

    /** What an undated article's relative expression means in this dossier. */
    public record Anchored(String article, DateMention date) {
    }

    /** @param maxHeldChars body characters of undated articles held until the dossier's days are known */
    public DossierDates(long maxHeldChars) {
        this.maxHeldChars = maxHeldChars;
    }

    public void add(AnalysedArticle analysed) {
        Article a = analysed.article();
        Optional<LocalDate> day = dayOf(a);
        if (day.isPresent()) {
            earliest = earliest == null || day.get().isBefore(earliest) ? day.get() : earliest;
            latest = latest == null || day.get().isAfter(latest) ? day.get() : latest;
        } else if (anchorable(a) && heldChars + a.body().length() <= maxHeldChars) {
            undated.add(analysed);
            heldChars += a.body().length();
        }
    }

    /** The day an article was published, when its publication time names one. */
    public static Optional<LocalDate> dayOf(Article a) {
        return Anchor.of(a.metadata().published()).day();
    }

    /** Whether an article's relative dates wait for the dossier's days: English, with no publication time. */
    public static boolean anchorable(Article a) {
        return a.metadata().published().isEmpty() && a.metadata().language().equals(Optional.of("en"));
    }

    public List<Anchored> resolve() {
        List<Anchored> out = new ArrayList<>();
        if (earliest == null) {
            return out;
        }
        for (AnalysedArticle analysed : undated) {
            out.addAll(anchor(analysed, earliest, latest));
        }
        return out;
    }

    /**
     * The relative dates of one undated article that mean the same on {@code earliest} as on
     * {@code latest}, the first and last publication days of the dossier's dated articles, and that
     * its own analysis did not date already. A pure function of its arguments, so a cluster can run it
     * where the article is, given the two days.
     */
    public List<Anchored> anchor(AnalysedArticle analysed, LocalDate earliest, LocalDate latest) {
        Article a = analysed.article();
        // the article's own tokens and sentences, as its analysis made them
        Segmentation seg = Segmentation.of(analysed);
        Set<String> already = new HashSet<>();
        for (DateMention d : analysed.dates()) {
            already.add(d.span().toString());
        }
        List<Anchored> out = new ArrayList<>();
        List<DateMention> early = tagger.tag(a.body(), seg, Anchor.ofDay(earliest));
        Set<DateMention> late = new HashSet<>(tagger.tag(a.body(), seg, Anchor.ofDay(latest)));
        for (DateMention d : early) {
            if (!already.contains(d.span().toString()) && late.contains(d)) {
                out.add(new Anchored(a.id(), d));
            }
        }
        return out;
    }
}
