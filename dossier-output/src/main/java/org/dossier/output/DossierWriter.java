package org.dossier.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleDate;
import org.dossier.model.DateMention;
import org.dossier.model.DossierResult;
import org.dossier.model.Duplicate;
import org.dossier.model.Quote;
import org.dossier.model.Rejection;
import org.dossier.model.StoryBriefing;

/**
 * Writes a dossier directory phase by phase, each file whole or not at all ({@link AtomicFiles}):
 * {@code articles.jsonl}, {@code rejected.jsonl}, {@code duplicates.jsonl} and {@code dates.jsonl}
 * stream as results arrive; the cross-article files as each {@link DossierPhase phase} hands its
 * results over; {@code briefing.md}, {@code index.html} and {@code run.json} on {@link #close()}.
 *
 * <p>A run that fails in a later phase ({@link #failed}) keeps every file of the phases before it;
 * the files of the phases it did not reach that an earlier run left in the directory are removed,
 * since they would describe other articles; {@code run.json}, the briefing and the page say which
 * files are missing and why.
 */
public final class DossierWriter implements Closeable {
    private final Path dir;
    private final JsonLines articles;
    private final JsonLines rejected;
    private final JsonLines duplicates;
    private final JsonLines dates;
    private final List<Article> written = new ArrayList<>();
    private final Set<DossierPhase> done = EnumSet.noneOf(DossierPhase.class);
    private DossierResult result;
    private Optional<String> failure = Optional.empty();
    private long rejectedCount;
    private long duplicateCount;

    public DossierWriter(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + dir + ": " + e.getMessage(), e);
        }
        RunFile.running(dir);
        this.articles = new JsonLines(dir.resolve("articles.jsonl"));
        this.rejected = new JsonLines(dir.resolve("rejected.jsonl"));
        this.duplicates = new JsonLines(dir.resolve("duplicates.jsonl"));
        this.dates = new JsonLines(dir.resolve("dates.jsonl"));
    }

    /** An article without annotations (a run without the language layer). */
    public void article(Article article) {
        articles.write(j -> ContractJson.article(j, article));
        written.add(article);
    }

    /** An article with its per-article annotations: its line, and its dates. */
    public void analysed(AnalysedArticle analysed) {
        article(analysed.article());
        for (DateMention d : analysed.dates()) {
            dates.write(j -> ContractJson.date(j, analysed.article().id(), d, false));
        }
    }

    /** An input that gave no article. */
    public void rejected(Rejection rejection) {
        rejected.write(j -> ContractJson.rejection(j, rejection));
        rejectedCount++;
    }

    /** An input that repeated an earlier input's article. */
    public void duplicate(Duplicate duplicate) {
        duplicates.write(j -> ContractJson.duplicate(j, duplicate));
        duplicateCount++;
    }

    /**
     * The plan is made: adds the relative dates of undated articles that the dossier's publication days
     * settle to {@code dates.jsonl} and finishes the per-article files; writes {@code entities.jsonl},
     * {@code quotes.jsonl} (article by article in input order, speakers linked) and {@code stories.jsonl}.
     */
    public void planned(DossierResult soFar) {
        this.result = soFar;
        for (ArticleDate a : soFar.anchoredDates()) {
            dates.write(j -> ContractJson.date(j, a.article(), a.date(), true));
        }
        finishArticles();
        writeAll("entities.jsonl", soFar.entities(), ContractJson::entity);
        try (JsonLines out = new JsonLines(dir.resolve("quotes.jsonl"))) {
            for (AnalysedArticle a : soFar.articles()) {
                for (Quote q : soFar.quotesOf(a.article().id())) {
                    out.write(j -> ContractJson.quote(j, a.article(), q));
                }
            }
        }
        writeAll("stories.jsonl", soFar.stories(), ContractJson::story);
        done.add(DossierPhase.PLAN);
    }

    /** The reuse pairs are aligned: writes {@code reuse.jsonl}. */
    public void aligned(DossierResult soFar) {
        if (!done.contains(DossierPhase.PLAN)) {
            planned(soFar);
        }
        this.result = soFar;
        Map<String, String> bodies = bodies(soFar);
        writeAll("reuse.jsonl", soFar.reuses(), (j, r) -> ContractJson.reuse(j, r, bodies.get(r.a())));
        done.add(DossierPhase.REUSE);
    }

    /**
     * Every cross-article result is in: writes {@code claims.jsonl}, {@code timeline.jsonl} and
     * {@code framing.jsonl}, and the files of the earlier phases when they were not handed over.
     */
    public void crossArticle(DossierResult result) {
        if (!done.contains(DossierPhase.REUSE)) {
            aligned(result);
        }
        this.result = result;
        Map<String, String> bodies = bodies(result);
        writeAll("claims.jsonl", result.claims(), (j, c) -> ContractJson.claim(j, c, bodies));
        writeAll("timeline.jsonl", result.timeline(), ContractJson::timeline);
        writeAll("framing.jsonl", result.framing(), ContractJson::framing);
        done.add(DossierPhase.STORY_VIEWS);
    }

    /**
     * The briefings of a run that failed after its plan, composed from what it found, so that the
     * briefing and the page still show its stories.
     */
    public void briefings(List<StoryBriefing> briefings) {
        if (result != null) {
            result = result.withBriefings(briefings);
        }
    }

    /** The run failed in {@code phase}: what it wrote stays, the rest is said to be missing. */
    public void failed(String phase, String why) {
        failure = Optional.of("the " + phase + " phase failed: " + why);
    }

    /** The files a finished run should have that this one has not written (yet), in phase order. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        for (DossierPhase p : DossierPhase.values()) {
            if (p.crossArticle() && !done.contains(p)) {
                out.addAll(p.files());
            }
        }
        return out;
    }

    private static Map<String, String> bodies(DossierResult result) {
        Map<String, String> bodies = new HashMap<>();
        result.articles().forEach(a -> bodies.put(a.article().id(), a.body()));
        return bodies;
    }

    private <T> void writeAll(String file, List<T> records, JsonLines.Fields<T> fields) {
        try (JsonLines out = new JsonLines(dir.resolve(file))) {
            for (T r : records) {
                out.write(j -> fields.write(j, r));
            }
        }
    }

    private void finishArticles() {
        articles.close();
        rejected.close();
        duplicates.close();
        dates.close();
    }

    @Override
    public void close() {
        finishArticles();
        List<String> missing = missing();
        try {
            for (String file : missing) {
                // an earlier run's file would describe other articles than this run's
                Files.deleteIfExists(dir.resolve(file));
            }
            try {
                writeBriefing(missing);
            } catch (RuntimeException | OutOfMemoryError e) {
                failure = Optional.of(failure.map(f -> f + "; ").orElse("") + "the briefing phase failed: " + Failures.describe(e));
                missing = new ArrayList<>(missing);
                missing.addAll(DossierPhase.BRIEFING.files());
                for (String file : DossierPhase.BRIEFING.files()) {
                    Files.deleteIfExists(dir.resolve(file));
                }
            }
            RunFile.finished(dir, written.size(), rejectedCount, duplicateCount, failure, missing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void writeBriefing(List<String> missing) throws IOException {
        // without stories (a run that stopped before its plan) every article is in no story
        List<StoryBriefing> stories = result == null ? List.of() : result.briefings();
        List<Article> unstoried = result == null ? written : result.unstoried();
        Overview overview = new Overview(rejectedCount, duplicateCount,
                failure.map(f -> f + "; not written: " + String.join(", ", missing)));
        new BriefingWriter().write(dir.resolve("briefing.md"), stories, unstoried, overview);
        new IndexHtmlWriter().write(dir.resolve("index.html"), stories, unstoried, overview);
    }
}
