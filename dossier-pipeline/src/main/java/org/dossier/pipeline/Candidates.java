package org.dossier.pipeline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.cluster.StoryConfig;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.store.SearchFilters;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;

/**
 * The stored stories a new article may belong to, found the way a reader would look: the stored
 * articles published within the story window of it that best match its headline words and the people
 * and organisations it names (BM25, any of the words), and its nearest stored vectors. Only these
 * stories are re-run with the new articles; a story that shares none of this is not considered.
 */
final class Candidates {
    /** Stored articles taken from each ranking per new article. */
    static final int PER_ARTICLE = 5;
    private static final int WINDOW_DAYS = StoryConfig.DEFAULT.windowDays();

    private final Store store;

    Candidates(Store store) {
        this.store = store;
    }

    /** The story ids of the stored articles most like {@code a}. */
    Set<String> stories(AnalysedArticle a, Optional<float[]> vector) {
        SearchFilters window = SearchFilters.NONE;
        Optional<LocalDate> day = a.article().metadata().published().map(t -> t.startDate());
        if (day.isPresent()) {
            window = window.withDates(Optional.of(day.get().minusDays(WINDOW_DAYS)), Optional.of(day.get().plusDays(WINDOW_DAYS)));
        }
        Set<String> stories = new LinkedHashSet<>();
        String words = anyOf(a);
        if (!words.isBlank()) {
            collect(store.search(SearchQuery.fullText(words, PER_ARTICLE).withFilters(window)).hits(), stories);
        }
        if (vector.isPresent()) {
            collect(store.search(SearchQuery.fullText("", PER_ARTICLE).withMode(SearchMode.SEMANTIC, vector)
                    .withFilters(window)).hits(), stories);
        }
        return stories;
    }

    private static void collect(List<SearchHit> hits, Set<String> stories) {
        hits.forEach(h -> h.story().ifPresent(stories::add));
    }

    /**
     * The headline's words and the quoted names of the people and organisations the body names, as
     * alternatives in the store's query syntax ({@code a | b | "c d"}).
     */
    static String anyOf(AnalysedArticle a) {
        Set<String> terms = new LinkedHashSet<>();
        a.article().metadata().title().ifPresent(t -> {
            for (String w : t.split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2) {
                    terms.add(w.toLowerCase(Locale.ROOT));
                }
            }
        });
        for (Mention m : a.mentions()) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
                String name = m.text().replaceAll("[^\\p{L}\\p{N} ]+", " ").strip();
                if (!name.isBlank()) {
                    terms.add("\"" + name + "\"");
                }
            }
        }
        return String.join(" | ", terms);
    }
}
