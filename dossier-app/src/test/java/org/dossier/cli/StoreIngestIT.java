package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.store.Page;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.StoredArticle;
import org.dossier.store.Stores;
import org.dossier.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --store} over the example corpus in two runs: the second run's articles join the
 * stories the first run stored, the store ends with the stories a single run over everything
 * finds, and a third run over the same inputs commits nothing.
 */
class StoreIngestIT {
    private static final List<String> FIRST = List.of("01_kpa_wire.html", "03_marrowick_courier.txt", "07_courier_sport.txt");
    private static final List<String> SECOND = List.of("02_coastline_daily.txt", "04_northern_ledger.html",
            "05_tidewater_post.txt", "06_radio_kelvarra.html", "08_pellworth_gazette.html");

    @TempDir
    Path tmp;

    private Path copy(String dir, List<String> names) {
        Path d = tmp.resolve(dir);
        names.forEach(n -> Dossiers.copyExample(n, d.resolve(n)));
        return d;
    }

    /** The stories as sets of input file names. */
    private static Set<Set<String>> byFile(List<List<String>> stories, Map<String, String> fileOf) {
        Set<Set<String>> out = new HashSet<>();
        for (List<String> s : stories) {
            Set<String> files = new HashSet<>();
            s.forEach(id -> files.add(fileOf.get(id)));
            out.add(files);
        }
        return out;
    }

    @Test
    void articlesOfASecondRunJoinTheStoredStoriesAsOneRunOverEverythingWould() throws IOException {
        Path a = copy("a", FIRST);
        Path b = copy("b", SECOND);
        Path store = tmp.resolve("store");
        assertEquals(0, CliRun.inProcess("analyze", a.toString(), "--store", store.toString(), "-q").code());
        CliRun second = CliRun.inProcess("analyze", b.toString(), "--store", store.toString(), "-q", "--json");
        assertEquals(0, second.code(), second.err());
        JsonNode summary = Dossiers.json(second.out().strip()).get("store");
        assertEquals(5, summary.get("added").asInt());
        assertTrue(summary.get("rerun").asInt() >= 1, "the second run re-ran stored articles of the stories it may join: " + summary);

        Path all = copy("all", java.util.stream.Stream.concat(FIRST.stream(), SECOND.stream()).toList());
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.inProcess("analyze", all.toString(), "--out", out.toString(), "-q").code());
        Map<String, String> fileOf = new HashMap<>();
        for (JsonNode art : Dossiers.articles(out)) {
            fileOf.put(art.get("id").asText(), Path.of(art.get("source").asText()).getFileName().toString());
        }
        List<List<String>> oneRun = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) {
            List<String> ids = new java.util.ArrayList<>();
            Dossiers.json(line).get("articles").forEach(n -> ids.add(n.asText()));
            oneRun.add(ids);
        }

        try (Store s = Stores.open(store.toString(), Store.Access.READ_ONLY)) {
            assertEquals(8, s.stats().articles());
            Page<Story> stories = s.stories(0, 100);
            // an article's id is its content's hash, so the store's ids are the one-run ids
            assertEquals(byFile(oneRun, fileOf), byFile(stories.items().stream().map(Story::articles).toList(), fileOf));
            for (Story st : stories.items()) {
                for (StoredArticle art : s.articles(st.articles())) {
                    assertEquals(st.id(), art.story().orElseThrow(), "every article points at the story that holds it");
                }
            }
            Set<String> sport = new HashSet<>();
            for (Story st : stories.items()) {
                Set<String> files = new HashSet<>();
                st.articles().forEach(id -> files.add(fileOf.get(id)));
                if (files.contains("07_courier_sport.txt") || files.contains("08_pellworth_gazette.html")) {
                    sport.addAll(files);
                    assertEquals(1, files.size(), "an unrelated page shares no story: " + files);
                }
            }
            assertEquals(Set.of("07_courier_sport.txt", "08_pellworth_gazette.html"), sport);
            assertTrue(s.search(SearchQuery.fullText("Sorrel Dawn", 10)).total() >= 5);
        }
        List<Long> commits;
        try (Store s = Stores.open(store.toString(), Store.Access.READ_ONLY)) {
            commits = s.commits().stream().map(c -> c.sequence()).toList();
        }
        CliRun again = CliRun.inProcess("analyze", a.toString(), b.toString(), "--store", store.toString(), "-q", "--json");
        assertEquals(0, again.code(), again.err());
        JsonNode unchanged = Dossiers.json(again.out().strip()).get("store");
        assertEquals(0, unchanged.get("added").asInt());
        assertEquals(8, unchanged.get("known").asInt());
        assertTrue(unchanged.get("commit").isNull());
        try (Store s = Stores.open(store.toString(), Store.Access.READ_ONLY)) {
            assertEquals(commits, s.commits().stream().map(c -> c.sequence()).toList());
        }
    }
}
