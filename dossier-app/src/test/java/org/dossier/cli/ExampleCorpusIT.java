package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code dossier analyze examples/corpus} and checks the extraction part of the hand-written
 * {@code examples/expected.json}: rejections, titles, bylines, outlets, dates, where bodies start
 * and end, boilerplate left out, and paragraph counts. Strings compare as {@code check_seeds.py}
 * compares them (curly quotes folded, white space collapsed, case ignored). Checks are split by page
 * format so each one can be switched on when its extractor lands.
 */
class ExampleCorpusIT {

    @TempDir
    static Path out;
    private static CliRun run;
    private static JsonNode expected;
    private static final Map<String, JsonNode> ARTICLES = new TreeMap<>();
    private static final Map<String, JsonNode> REJECTED = new TreeMap<>();

    @BeforeAll
    static void analyseTheExampleCorpus() throws IOException {
        Path examples = Dossiers.examples();
        expected = new ObjectMapper().readTree(examples.resolve("expected.json").toFile());
        run = CliRun.inProcess("analyze", examples.resolve("corpus").toString(), "--out", out.toString(), "-q");
        Dossiers.articles(out).forEach(a -> ARTICLES.put(fileName(a), a));
        Dossiers.rejected(out).forEach(r -> REJECTED.put(fileName(r), r));
    }

    private static String fileName(JsonNode record) {
        return Path.of(record.get("source").asText()).getFileName().toString();
    }

    /** As {@code ../shared/tools/check_seeds.py} normalises before comparing. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u00a0', ' ');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Runs {@code check} on every expected article of {@code format}; fails once, listing every miss. */
    private static void forEach(String format, BiConsumer<JsonNode, Misses> check) {
        Misses misses = new Misses();
        for (JsonNode want : expected.get("articles")) {
            if (!want.get("format").asText().equals(format)) {
                continue;
            }
            String file = want.get("file").asText();
            if (!ARTICLES.containsKey(file)) {
                misses.add(file + ": no article");
                continue;
            }
            misses.file = file;
            check.accept(want, misses);
        }
        assertTrue(misses.list.isEmpty(), misses.list.size() + " misses:\n  " + String.join("\n  ", misses.list));
    }

    /** The expectations a check found unmet, named by file. */
    private static final class Misses {
        final List<String> list = new ArrayList<>();
        String file;

        void add(String miss) {
            list.add(miss);
        }

        void check(boolean ok, String what) {
            if (!ok) {
                list.add(file + ": " + what);
            }
        }

        JsonNode article() {
            return ARTICLES.get(file);
        }
    }

    private static void titles(JsonNode want, Misses m) {
        for (String key : List.of("title", "subtitle", "section")) {
            if (want.has(key)) {
                String got = text(m.article(), key);
                m.check(norm(got).equals(norm(want.get(key).asText())), key + " should be '" + want.get(key).asText()
                        + "', got " + (got == null ? "null" : "'" + got + "'"));
            }
        }
    }

    private static void bylinesOutletsAndDates(JsonNode want, Misses m) {
        JsonNode a = m.article();
        List<String> authors = new ArrayList<>();
        a.get("authors").forEach(x -> authors.add(norm(x.asText())));
        if (want.has("author")) {
            m.check(authors.contains(norm(want.get("author").asText())), "author " + want.get("author") + " not in " + authors);
        }
        want.path("not_author").forEach(x -> m.check(!authors.contains(norm(x.asText())), x + " taken for an author"));
        if (want.has("outlet")) {
            m.check(norm(text(a, "outlet")).equals(norm(want.get("outlet").asText())),
                    "outlet should be " + want.get("outlet") + ", got " + a.get("outlet"));
        }
        if (want.has("url")) {
            m.check(want.get("url").asText().equals(text(a, "url")), "url should be " + want.get("url") + ", got " + a.get("url"));
        }
        String published = text(a, "published");
        m.check(published != null && published.startsWith(want.get("published_local").asText()),
                "published should start " + want.get("published_local") + ", got " + published);
        if (want.has("published")) {
            m.check(sameInstant(want.get("published").asText(), published),
                    "published should be " + want.get("published") + " with its offset, got " + published);
        }
    }

    private static boolean sameInstant(String expected, String actual) {
        try {
            return actual != null && OffsetDateTime.parse(expected).isEqual(OffsetDateTime.parse(actual));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void bodyStart(JsonNode want, Misses m) {
        String body = norm(text(m.article(), "body"));
        m.check(body.startsWith(norm(want.get("body_first").asText())), "body should start '" + want.get("body_first").asText()
                + "', starts '" + body.substring(0, Math.min(80, body.length())) + "'");
    }

    private static void bodyEnd(JsonNode want, Misses m) {
        String body = norm(text(m.article(), "body"));
        m.check(body.endsWith(norm(want.get("body_last").asText())), "body should end '" + want.get("body_last").asText()
                + "', ends '" + body.substring(Math.max(0, body.length() - 80)) + "'");
    }

    private static void noBoilerplate(JsonNode want, Misses m) {
        String body = norm(text(m.article(), "body"));
        want.get("not_in_body").forEach(x -> m.check(!body.contains(norm(x.asText())), "'" + x.asText() + "' left in the body"));
    }

    private static void paragraphs(JsonNode want, Misses m) {
        int got = m.article().get("paragraphs").size();
        m.check(got == want.get("body_paragraphs").asInt(), got + " paragraphs, expected " + want.get("body_paragraphs"));
    }

    @Test
    void everyPageGivesAnArticleAndEachBadInputIsRejectedWithItsCode() {
        assertFalse(run.printedStackTrace(), run.err());
        assertEquals(1, run.code(), "two inputs are rejected: " + run.err());
        List<String> pages = new ArrayList<>();
        expected.get("articles").forEach(a -> pages.add(a.get("file").asText()));
        assertEquals(pages, List.copyOf(ARTICLES.keySet()));
        Map<String, String> codes = new TreeMap<>();
        expected.get("corpus").get("rejected").forEach(r -> codes.put(r.get("file").asText(), r.get("code").asText()));
        Map<String, String> got = new TreeMap<>();
        REJECTED.forEach((file, r) -> got.put(file, r.get("code").asText()));
        assertEquals(codes, got);
        assertTrue(run.summary().matches(pages.size() + " articles, " + codes.size() + " rejected, \\d+\\.\\d s"), run.summary());
    }

    @Test
    void textThatOnlyTheRightCharsetGivesIsInTheBody() {
        Misses m = new Misses();
        for (JsonNode want : expected.get("articles")) {
            m.file = want.get("file").asText();
            String body = norm(text(ARTICLES.get(m.file), "body"));
            want.path("in_body").forEach(x -> m.check(body.contains(norm(x.asText())), "'" + x.asText() + "' not in the body"));
            m.check(!body.contains("\uFFFD") && !body.contains("â€"), "mis-decoded characters in the body");
        }
        assertTrue(m.list.isEmpty(), String.join("\n", m.list));
    }

    @Test
    void textScrapesHaveTheirTitlesSubtitlesAndSections() {
        forEach("text", ExampleCorpusIT::titles);
    }

    @Test
    void htmlPagesHaveTheirTitlesSubtitlesAndSections() {
        forEach("html", ExampleCorpusIT::titles);
    }

    @Test
    void textScrapesHaveTheirBylinesOutletsAndPublicationTimes() {
        forEach("text", ExampleCorpusIT::bylinesOutletsAndDates);
    }

    @Test
    void htmlPagesHaveTheirBylinesOutletsAndPublicationTimes() {
        forEach("html", ExampleCorpusIT::bylinesOutletsAndDates);
    }

    @Test
    void textScrapeBodiesStartWhereTheArticleDoes() {
        forEach("text", ExampleCorpusIT::bodyStart);
    }

    @Test
    void textScrapeBodiesEndWhereTheArticleDoes() {
        forEach("text", ExampleCorpusIT::bodyEnd);
    }

    @Test
    void htmlPageBodiesStartWhereTheArticleDoes() {
        forEach("html", ExampleCorpusIT::bodyStart);
    }

    @Test
    void htmlPageBodiesEndWhereTheArticleDoes() {
        forEach("html", ExampleCorpusIT::bodyEnd);
    }

    @Test
    void textScrapeBodiesHoldNoBoilerplate() {
        forEach("text", ExampleCorpusIT::noBoilerplate);
    }

    @Test
    void htmlPageBodiesHoldNoBoilerplate() {
        forEach("html", ExampleCorpusIT::noBoilerplate);
    }

    @Test
    void textScrapeBodiesHaveTheirParagraphs() {
        forEach("text", ExampleCorpusIT::paragraphs);
    }

    @Test
    void htmlPageBodiesHaveTheirParagraphs() {
        forEach("html", ExampleCorpusIT::paragraphs);
    }
}
