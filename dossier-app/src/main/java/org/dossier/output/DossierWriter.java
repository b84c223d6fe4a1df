package org.dossier.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.batch.BatchListener;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.DateMention;
import org.dossier.model.Entity;
import org.dossier.model.Rejection;
import org.dossier.nlp.time.DossierDates;

/**
 * Writes a dossier directory: {@code articles.jsonl}, {@code dates.jsonl} and {@code rejected.jsonl}
 * stream as results arrive; {@code entities.jsonl} when the cross-article entities are handed over
 * ({@link #entities}); {@code briefing.md} and {@code index.html} on {@link #close()}.
 */
public final class DossierWriter implements BatchListener, Closeable {
    private final Path dir;
    private final JsonLines articles;
    private final JsonLines rejected;
    private final JsonLines dates;
    private final List<ArticleSummary> summaries = new ArrayList<>();
    private long rejectedCount;

    public DossierWriter(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + dir + ": " + e.getMessage(), e);
        }
        this.articles = new JsonLines(dir.resolve("articles.jsonl"));
        this.rejected = new JsonLines(dir.resolve("rejected.jsonl"));
        this.dates = new JsonLines(dir.resolve("dates.jsonl"));
    }

    @Override
    public void article(Article article) {
        articles.write(j -> ContractJson.article(j, article));
        summaries.add(ArticleSummary.of(article));
    }

    @Override
    public void analysed(AnalysedArticle analysed) {
        article(analysed.article());
        for (DateMention d : analysed.dates()) {
            dates.write(j -> ContractJson.date(j, analysed.article().id(), d, false));
        }
    }

    /** Adds the relative dates of undated articles that the dossier's publication days settle. */
    public void datesAnchoredOnDossier(List<DossierDates.Anchored> anchored) {
        for (DossierDates.Anchored a : anchored) {
            dates.write(j -> ContractJson.date(j, a.article(), a.date(), true));
        }
    }

    /** Writes {@code entities.jsonl}: the dossier's entities, resolved across its articles. */
    public void entities(List<Entity> entities) {
        try (JsonLines out = new JsonLines(dir.resolve("entities.jsonl"))) {
            for (Entity e : entities) {
                out.write(j -> ContractJson.entity(j, e));
            }
        }
    }

    /**
     * Writes {@code quotes.jsonl}, article by article in input order; {@code quotesOf} gives an
     * article's quotes with their speakers linked.
     */
    public void quotes(List<Article> articles, java.util.function.Function<String, List<org.dossier.model.Quote>> quotesOf) {
        try (JsonLines out = new JsonLines(dir.resolve("quotes.jsonl"))) {
            for (Article a : articles) {
                for (org.dossier.model.Quote q : quotesOf.apply(a.id())) {
                    out.write(j -> ContractJson.quote(j, a, q));
                }
            }
        }
    }

    /** Writes {@code stories.jsonl}. */
    public void stories(List<org.dossier.model.Story> stories) {
        try (JsonLines out = new JsonLines(dir.resolve("stories.jsonl"))) {
            for (org.dossier.model.Story s : stories) {
                out.write(j -> ContractJson.story(j, s));
            }
        }
    }

    /** Writes {@code reuse.jsonl}; {@code bodies} maps article ids to bodies for the passages' text. */
    public void reuses(List<org.dossier.model.Reuse> reuses, java.util.Map<String, String> bodies) {
        try (JsonLines out = new JsonLines(dir.resolve("reuse.jsonl"))) {
            for (org.dossier.model.Reuse r : reuses) {
                out.write(j -> ContractJson.reuse(j, r, bodies.get(r.a())));
            }
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        rejected.write(j -> ContractJson.rejection(j, rejection));
        rejectedCount++;
    }

    @Override
    public void close() {
        articles.close();
        rejected.close();
        dates.close();
        try {
            new BriefingWriter().write(dir.resolve("briefing.md"), summaries, rejectedCount);
            new IndexHtmlWriter().write(dir.resolve("index.html"), summaries, rejectedCount);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing in " + dir + ": " + e.getMessage(), e);
        }
    }
}
