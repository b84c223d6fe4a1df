package org.dossier.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleDate;
import org.dossier.model.Claim;
import org.dossier.model.DateMention;
import org.dossier.model.DossierResult;
import org.dossier.model.Duplicate;
import org.dossier.model.Entity;
import org.dossier.model.Framing;
import org.dossier.model.Paragraph;
import org.dossier.model.Quote;
import org.dossier.model.Rejection;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.model.StoryBriefing;
import org.dossier.model.TimelineEntry;

/**
 * Writes a dossier directory phase by phase, each file whole or not at all ({@link AtomicFiles}):
 * {@code articles.jsonl}, {@code rejected.jsonl}, {@code duplicates.jsonl} and {@code dates.jsonl}
 * stream as results arrive; the cross-article files as each {@link DossierPhase phase} hands its
 * results over; {@code briefing.md}, {@code index.html} and {@code run.json} on {@link #close()}.
 * The one writer of the dossier: the CLI and the server hand it a {@link DossierResult} phase by
 * phase ({@link #planned(DossierResult)}, {@link #aligned}, {@link #crossArticle}); the Spark job,
 * whose results are never in one place, hands it the same parts as they come (the articles streamed
 * in input order with their {@link #quotes}, then {@link #planned(List, List, List)}, {@link #reuse},
 * {@link #storyViews} and {@link #briefings}), with the lines that quote the text rendered where
 * the text is ({@link #reuseLine}, {@link #claimLine}).
 *
 * <p>A run that fails in a later phase ({@link #failed}) keeps every file of the phases before it;
 * the files of the phases it did not reach that an earlier run left in the directory are removed,
 * since they would describe other articles; {@code run.json}, the briefing and the page say which
 * files are missing and why. Used from one thread.
 */
public final class DossierWriter implements Closeable {
    /** Set by the first {@link #close()}; a second one writes nothing again. */
    private boolean closed;
    private final Path dir;
    private final JsonLines articles;
    private final JsonLines rejected;
    private final JsonLines duplicates;
    private final JsonLines dates;
    /** Opened by the first article's quotes, or at the plan. */
    private JsonLines quotes;
    /** The articles written that no story holds (so far), as a briefing shows them ({@link #briefed(Article)}). */
    private final List<Article> unstoried = new ArrayList<>();
    private final Set<DossierPhase> done = EnumSet.noneOf(DossierPhase.class);
    private List<StoryBriefing> briefings = List.of();
    private Optional<String> failure = Optional.empty();
    private long articleCount;
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
        unstoried.add(briefed(article));
        articleCount++;
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

    /** An article's quotes with their speakers linked, for {@code quotes.jsonl}: call it article by article in input order. */
    public void quotes(Article article, List<Quote> linked) {
        JsonLines out = quotesFile();
        for (Quote q : linked) {
            out.write(j -> ContractJson.quote(j, article, q));
        }
    }

    private JsonLines quotesFile() {
        if (quotes == null) {
            quotes = new JsonLines(dir.resolve("quotes.jsonl"));
        }
        return quotes;
    }

    /**
     * The plan is made and every article is written: adds the relative dates of undated articles
     * that the dossier's publication days settle to {@code dates.jsonl}, finishes the per-article
     * files and {@code quotes.jsonl}, and writes {@code entities.jsonl} and {@code stories.jsonl}.
     *
     * @param anchored the settled dates, in the input order of their articles
     */
    public void planned(List<ArticleDate> anchored, List<Entity> entities, List<Story> stories) {
        for (ArticleDate a : anchored) {
            dates.write(j -> ContractJson.date(j, a.article(), a.date(), true));
        }
        finishArticles();
        quotesFile().close();
        writeAll("entities.jsonl", entities, ContractJson::entity);
        writeAll("stories.jsonl", stories, ContractJson::story);
        Set<String> storied = new HashSet<>();
        stories.forEach(s -> storied.addAll(s.articles()));
        unstoried.removeIf(a -> storied.contains(a.id()));
        done.add(DossierPhase.PLAN);
    }

    /**
     * The plan of a run whose articles are all in {@code soFar}: their quotes with speakers linked,
     * then {@link #planned(List, List, List)}.
     */
    public void planned(DossierResult soFar) {
        for (AnalysedArticle a : soFar.articles()) {
            quotes(a.article(), soFar.quotesOf(a.article().id()));
        }
        planned(soFar.anchoredDates(), soFar.entities(), soFar.stories());
    }

    /** The reuse pairs are aligned: writes {@code reuse.jsonl} from their {@linkplain #reuseLine lines}, in the plan's order. */
    public void reuse(Stream<String> lines) {
        writeLines("reuse.jsonl", lines);
        done.add(DossierPhase.REUSE);
    }

    /** The reuse pairs of {@code soFar} are aligned: {@link #reuse} (and the plan's files, when they were not handed over). */
    public void aligned(DossierResult soFar) {
        if (!done.contains(DossierPhase.PLAN)) {
            planned(soFar);
        }
        Map<String, String> bodies = bodies(soFar);
        reuse(soFar.reuses().stream().map(r -> reuseLine(r, bodies.get(r.a()))));
    }

    /**
     * Every story's view is made: writes {@code claims.jsonl} from the claims' {@linkplain #claimLine
     * lines}, {@code timeline.jsonl} and {@code framing.jsonl}, each story by story in the plan's order.
     */
    public void storyViews(Stream<String> claimLines, List<TimelineEntry> timeline, List<Framing> framing) {
        writeLines("claims.jsonl", claimLines);
        writeAll("timeline.jsonl", timeline, ContractJson::timeline);
        writeAll("framing.jsonl", framing, ContractJson::framing);
        done.add(DossierPhase.STORY_VIEWS);
    }

    /**
     * Every cross-article result is in: {@link #storyViews} and the {@link #briefings}, and the files
     * of the earlier phases when they were not handed over.
     */
    public void crossArticle(DossierResult result) {
        if (!done.contains(DossierPhase.REUSE)) {
            aligned(result);
        }
        Map<String, String> bodies = bodies(result);
        storyViews(result.claims().stream().map(c -> claimLine(c, bodies)), result.timeline(), result.framing());
        briefings(result.briefings());
    }

    /**
     * The stories' briefings, in the order a reader meets them, for {@code briefing.md} and
     * {@code index.html}; also those of a run that failed after its plan, composed from what it
     * found, so that the briefing and the page still show its stories.
     */
    public void briefings(List<StoryBriefing> briefings) {
        this.briefings = List.copyOf(briefings);
    }

    /** A line of {@code reuse.jsonl}, rendered where the text of the pair's first article is. */
    public static String reuseLine(Reuse r, String bodyOfA) {
        return JsonLines.render(j -> ContractJson.reuse(j, r, bodyOfA));
    }

    /** A line of {@code claims.jsonl}, rendered where the texts of the claim's sources are ({@code bodies} by article id). */
    public static String claimLine(Claim c, Map<String, String> bodies) {
        return JsonLines.render(j -> ContractJson.claim(j, c, bodies));
    }

    /**
     * An article as a briefing shows it (its metadata, its first paragraph), so that a briefing made
     * where the texts are can travel without them.
     */
    public static Article briefed(Article a) {
        Paragraph lead = a.paragraphs().get(0);
        return a.paragraphs().size() == 1 ? a : new Article(a.id(), a.source(), a.metadata(), List.of(lead), lead.text(),
                a.problems());
    }

    /** A briefing whose sources are {@linkplain #briefed(Article) as a briefing shows them}. */
    public static StoryBriefing briefed(StoryBriefing b) {
        return new StoryBriefing(b.story(), b.summary(), b.timeline(), b.voices(), b.provenance(), b.claims(),
                b.sources().stream().map(DossierWriter::briefed).toList(), b.numbers());
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

    private void writeLines(String file, Stream<String> lines) {
        try (JsonLines out = new JsonLines(dir.resolve(file))) {
            lines.forEach(out::writeRendered);
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
        if (closed) {
            return;
        }
        closed = true;
        finishArticles();
        if (quotes != null) {
            // a run that failed before its plan: removed below as missing
            quotes.close();
        }
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
            RunFile.finished(dir, articleCount, rejectedCount, duplicateCount, failure, missing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void writeBriefing(List<String> missing) throws IOException {
        // without stories (a run that stopped before its plan) every article is in no story
        Overview overview = new Overview(rejectedCount, duplicateCount,
                failure.map(f -> f + "; not written: " + String.join(", ", missing)));
        new BriefingWriter().write(dir.resolve("briefing.md"), briefings, unstoried, overview);
        new IndexHtmlWriter().write(dir.resolve("index.html"), briefings, unstoried, overview);
    }
}
