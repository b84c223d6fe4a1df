package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Timestamp;
import org.dossier.store.Facet;
import org.dossier.store.FacetCount;
import org.dossier.store.Page;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchFilters;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.dossier.pipeline.ArticleVectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search --store DIR [QUERY]}: articles (or, with {@code --speaker}, quotes) from a store. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches a store that `dossier analyze --store` filled.",
                "QUERY takes \"phrases\", -excluded words and a|b alternatives; every other word is required.",
                "With --speaker, searches quotes by who said them (QUERY then narrows to their words)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the search ran (even with no hits)", "2:usage error", "3:the store cannot be read"})
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to look for (none: every article, newest first).")
    List<String> words = new ArrayList<>();

    @Option(names = "--store", required = true, paramLabel = "DIR|URI", description = "The store to search.")
    String store;

    @Option(names = "--mode", paramLabel = "MODE", description = "full-text (BM25), semantic (embeddings) or hybrid"
            + " (both, fused by reciprocal rank); default: ${DEFAULT-VALUE}.")
    String mode = "full-text";

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (repeatable: any of them).")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--person", paramLabel = "NAME|ID", description = "Only articles naming this person (repeatable).")
    List<String> people = new ArrayList<>();

    @Option(names = {"--organization", "--organisation"}, paramLabel = "NAME|ID", description = "Only articles naming this organisation (repeatable).")
    List<String> organizations = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME|ID", description = "Only articles naming this place (repeatable).")
    List<String> places = new ArrayList<>();

    @Option(names = "--story", paramLabel = "ID", description = "Only this story's articles (repeatable).")
    List<String> stories = new ArrayList<>();

    @Option(names = "--language", paramLabel = "CODE", description = "Only this language, e.g. en (repeatable).")
    List<String> languages = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    String to;

    @Option(names = "--speaker", paramLabel = "NAME|ID", description = "Search quotes by this speaker instead of articles.")
    String speaker;

    @Option(names = "--facets", description = "Also count the hits by outlet, person, organisation, place, story, language and month.")
    boolean facets;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--json", description = "Print the result as JSON on stdout.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new UsageException("--limit must be 1.." + SearchQuery.MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0 || offset > SearchQuery.MAX_WINDOW - limit) {
            throw new UsageException("--offset must be 0.." + (SearchQuery.MAX_WINDOW - limit) + " (offset + limit is at"
                    + " most " + SearchQuery.MAX_WINDOW + "), got " + offset);
        }
        SearchMode searchMode = mode(mode);
        SearchFilters filters = filters();
        String text = String.join(" ", words).strip();
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Stores.open(store, Store.Access.READ_ONLY)) {
            s.notices().forEach(n -> spec.commandLine().getErr().println("dossier: " + n));
            if (speaker != null) {
                Page<QuoteHit> quotes = s.quotes(new QuoteQuery(Optional.of(speaker),
                        text.isEmpty() ? Optional.empty() : Optional.of(text), filters, offset, limit));
                print(out, quotes);
            } else {
                Optional<float[]> vector = Optional.empty();
                if (searchMode != SearchMode.FULL_TEXT) {
                    if (text.isEmpty()) {
                        throw new UsageException("--mode " + mode + " needs QUERY words to embed");
                    }
                    try (MiniLmEmbedder model = new MiniLmEmbedder(1)) {
                        vector = Optional.of(new ArticleVectors(model).query(text));
                    }
                }
                SearchQuery q = new SearchQuery(text, searchMode, vector, filters,
                        facets ? EnumSet.allOf(Facet.class) : Set.of(), offset, limit);
                print(out, s.search(q));
            }
        }
        out.flush();
        return DossierCli.OK;
    }

    private static SearchMode mode(String m) {
        return switch (m.toLowerCase(Locale.ROOT)) {
            case "full-text", "fulltext", "bm25" -> SearchMode.FULL_TEXT;
            case "semantic" -> SearchMode.SEMANTIC;
            case "hybrid" -> SearchMode.HYBRID;
            default -> throw new UsageException("--mode must be full-text, semantic or hybrid, got '" + m + "'");
        };
    }

    private SearchFilters filters() {
        return new SearchFilters(Set.copyOf(outlets), Set.copyOf(people), Set.copyOf(organizations), Set.copyOf(places),
                Set.copyOf(stories), Set.copyOf(languages), day("--from", from), day("--to", to));
    }

    private static Optional<LocalDate> day(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a day like 2024-05-31, got '" + value + "'");
        }
    }

    private void print(PrintWriter out, SearchResult r) throws Exception {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", r.total());
            List<Map<String, Object>> hits = new ArrayList<>();
            for (SearchHit h : r.hits()) {
                Map<String, Object> hit = metadata(h.article(), h.metadata(), h.story());
                hit.put("score", h.score());
                hit.put("snippet", h.snippet().orElse(null));
                hits.add(hit);
            }
            m.put("hits", hits);
            Map<String, Object> f = new LinkedHashMap<>();
            r.facets().forEach((k, v) -> f.put(k.name().toLowerCase(Locale.ROOT), v));
            m.put("facets", f);
            m.put("micros", r.micros());
            out.println(new ObjectMapper().writeValueAsString(m));
            return;
        }
        out.printf(Locale.ROOT, "%d articles (%.1f ms)%n", r.total(), r.micros() / 1000.0);
        int n = offset;
        for (SearchHit h : r.hits()) {
            out.printf(Locale.ROOT, "%3d. %s  %s  %s  [%s]%n", ++n, day(h.metadata()), h.metadata().outlet().orElse("-"),
                    h.metadata().title().orElse("(no title)"), h.article());
            h.snippet().ifPresent(s -> out.println("     " + s.replaceAll("\\s+", " ")));
        }
        r.facets().forEach((facet, counts) -> {
            if (!counts.isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (FacetCount c : counts) {
                    parts.add(c.label() + " (" + c.count() + ")");
                }
                out.println(facet.name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", parts));
            }
        });
    }

    private void print(PrintWriter out, Page<QuoteHit> quotes) throws Exception {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", quotes.total());
            List<Map<String, Object>> hits = new ArrayList<>();
            for (QuoteHit q : quotes.items()) {
                Map<String, Object> hit = metadata(q.article(), q.metadata(), q.story());
                hit.put("quote", q.id());
                hit.put("text", q.text());
                hit.put("speaker", q.quote().speaker().map(sp -> sp.name()).orElse(null));
                hit.put("speaker_entity", q.quote().speaker().flatMap(sp -> sp.entity()).orElse(null));
                hits.add(hit);
            }
            m.put("quotes", hits);
            out.println(new ObjectMapper().writeValueAsString(m));
            return;
        }
        out.printf(Locale.ROOT, "%d quotes%n", quotes.total());
        int n = offset;
        for (QuoteHit q : quotes.items()) {
            out.printf(Locale.ROOT, "%3d. %s: \u201c%s\u201d%n     %s  %s  %s  [%s]%n", ++n,
                    q.quote().speaker().map(sp -> sp.name()).orElse("?"), q.text().replaceAll("\\s+", " "),
                    day(q.metadata()), q.metadata().outlet().orElse("-"), q.metadata().title().orElse("(no title)"), q.article());
        }
    }

    private static Map<String, Object> metadata(String id, ArticleMetadata m, Optional<String> story) {
        Map<String, Object> hit = new LinkedHashMap<>();
        hit.put("id", id);
        hit.put("title", m.title().orElse(null));
        hit.put("outlet", m.outlet().orElse(null));
        hit.put("published", m.published().map(Timestamp::iso).orElse(null));
        hit.put("language", m.language().orElse(null));
        hit.put("url", m.url().orElse(null));
        hit.put("story", story.orElse(null));
        return hit;
    }

    private static String day(ArticleMetadata m) {
        return m.published().map(t -> t.startDate().toString()).orElse("----------");
    }
}
