package org.dossier.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.dossier.batch.BatchListener;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleDate;
import org.dossier.model.DateMention;
import org.dossier.model.DossierResult;
import org.dossier.model.Quote;
import org.dossier.model.Rejection;
import org.dossier.story.briefing.BriefingComposer;
import org.dossier.story.briefing.StoryBriefing;

/**
 * Writes a dossier directory: {@code articles.jsonl}, {@code dates.jsonl} and {@code rejected.jsonl}
 * stream as results arrive; the cross-article files when their results are handed over
 * ({@link #crossArticle}); {@code briefing.md} and {@code index.html}, per story, on {@link #close()}.
 */
public final class DossierWriter implements BatchListener, Closeable {
    private final Path dir;
    private final JsonLines articles;
    private final JsonLines rejected;
    private final JsonLines dates;
    private final List<Article> written = new ArrayList<>();
    private DossierResult result;
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
        written.add(article);
    }

    @Override
    public void analysed(AnalysedArticle analysed) {
        article(analysed.article());
        for (DateMention d : analysed.dates()) {
            dates.write(j -> ContractJson.date(j, analysed.article().id(), d, false));
        }
    }

    /**
     * Writes the cross-article files: {@code entities.jsonl}, {@code quotes.jsonl} (article by article
     * in input order, speakers linked), the relative dates of undated articles that the dossier's
     * publication days settle (added to {@code dates.jsonl}), {@code stories.jsonl},
     * {@code reuse.jsonl}, {@code claims.jsonl}, {@code timeline.jsonl} and {@code framing.jsonl}.
     */
    public void crossArticle(DossierResult result) {
        this.result = result;
        for (ArticleDate a : result.anchoredDates()) {
            dates.write(j -> ContractJson.date(j, a.article(), a.date(), true));
        }
        Map<String, String> bodies = new HashMap<>();
        result.articles().forEach(a -> bodies.put(a.article().id(), a.body()));
        writeAll("entities.jsonl", result.entities(), ContractJson::entity);
        try (JsonLines out = new JsonLines(dir.resolve("quotes.jsonl"))) {
            for (AnalysedArticle a : result.articles()) {
                for (Quote q : result.quotesOf(a.article().id())) {
                    out.write(j -> ContractJson.quote(j, a.article(), q));
                }
            }
        }
        writeAll("stories.jsonl", result.stories(), ContractJson::story);
        writeAll("reuse.jsonl", result.reuses(), (j, r) -> ContractJson.reuse(j, r, bodies.get(r.a())));
        writeAll("claims.jsonl", result.claims(), (j, c) -> ContractJson.claim(j, c, bodies));
        writeAll("timeline.jsonl", result.timeline(), ContractJson::timeline);
        writeAll("framing.jsonl", result.framing(), ContractJson::framing);
    }

    private <T> void writeAll(String file, List<T> records, JsonLines.Fields<T> fields) {
        try (JsonLines out = new JsonLines(dir.resolve(file))) {
            for (T r : records) {
                out.write(j -> fields.write(j, r));
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
        // without cross-article results (a run that stopped early) every article is in no story
        List<StoryBriefing> stories = result == null ? List.of() : new BriefingComposer().compose(result);
        List<Article> unstoried = result == null ? written : BriefingComposer.unstoried(result);
        try {
            new BriefingWriter().write(dir.resolve("briefing.md"), stories, unstoried, rejectedCount);
            new IndexHtmlWriter().write(dir.resolve("index.html"), stories, unstoried, rejectedCount);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing in " + dir + ": " + e.getMessage(), e);
        }
    }
}
