package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person's view of a dossier, end to end: {@code dossier analyze} on the example corpus, the
 * five sample pages of {@code ../shared} and a hostile article, then each {@code index.html} rendered
 * in headless Chromium. The rendered DOM must show the stories, their timelines and quotes, the
 * hostile article's markup only as text, and the screenshot must be a real picture. The timeline is
 * also checked against the hand-written timeline of {@code examples/expected.json}.
 */
class BriefingBrowserIT {
    @TempDir
    static Path work;
    private static Path examples;
    private static Path hostile;
    private static JsonNode expected;

    @BeforeAll
    static void analyse() throws IOException {
        expected = new ObjectMapper().readTree(Dossiers.examples().resolve("expected.json").toFile());
        examples = analyze(Dossiers.examples().resolve("corpus"), "examples");
        Path in = work.resolve("hostile-in");
        Files.createDirectories(in);
        try (var s = BriefingBrowserIT.class.getResourceAsStream("/briefing/hostile_harbour_fees.txt")) {
            Files.copy(s, in.resolve("hostile_harbour_fees.txt"));
        }
        hostile = analyze(in, "hostile");
    }

    private static Path analyze(Path input, String name) {
        Path out = work.resolve(name);
        CliRun run = CliRun.inProcess("analyze", input.toString(), "--out", out.toString(), "-q");
        assertTrue(run.code() == 0 || run.code() == 1, name + ": " + run.err());
        return out;
    }

    private static Chromium chromium() {
        var c = Chromium.find();
        Assumptions.assumeTrue(c.isPresent(), "chromium is not installed and scripts/install-chromium.sh could not install it:"
                + " the browser checks of index.html are skipped");
        return c.get();
    }

    private static Document rendered(Path dossier) {
        return Jsoup.parse(chromium().dumpDom(dossier.resolve("index.html"), work));
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                out.add(m.readTree(l));
            }
        }
        return out;
    }

    private static String norm(String s) {
        return ExampleCorpusIT.norm(s);
    }

    private static Map<String, String> idsByFile(Path dossier) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode a : Dossiers.articles(dossier)) {
            out.put(Path.of(a.get("source").asText()).getFileName().toString(), a.get("id").asText());
        }
        return out;
    }

    @Test
    void theExampleTimelineHasTheHandWrittenEventsWithTheirSources() throws IOException {
        Map<String, String> ids = idsByFile(examples);
        List<JsonNode> stories = lines(examples.resolve("stories.jsonl"));
        List<JsonNode> timeline = lines(examples.resolve("timeline.jsonl"));
        List<String> misses = new ArrayList<>();
        for (JsonNode want : expected.get("corpus").get("timeline")) {
            Set<String> sources = new HashSet<>();
            want.get("sources").forEach(f -> sources.add(ids.get(f.asText())));
            // the story that holds most of the expected sources; its timeline must hold the event
            JsonNode story = stories.stream().max(java.util.Comparator.comparingLong(s -> sources.stream()
                    .filter(id -> s.get("articles").toString().contains(id)).count())).orElseThrow();
            Set<String> inStory = new HashSet<>();
            story.get("articles").forEach(a -> inStory.add(a.asText()));
            inStory.retainAll(sources);
            Set<String> words = longWords(want.get("event").asText());
            boolean found = timeline.stream().anyMatch(t -> t.get("story").asText().equals(story.get("id").asText())
                    && t.get("date").asText().equals(want.get("date").asText())
                    && has(t.get("sources"), inStory)
                    && longWords(t.get("text").asText()).stream().filter(words::contains).count() >= 2);
            if (!found) {
                misses.add(want.get("date").asText() + " " + want.get("event").asText() + " from " + inStory);
            }
        }
        assertEquals(List.of(), misses, "timeline: " + timeline);
    }

    private static boolean has(JsonNode array, Set<String> ids) {
        Set<String> got = new HashSet<>();
        array.forEach(n -> got.add(n.asText()));
        return got.containsAll(ids);
    }

    private static Set<String> longWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : norm(s).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.replaceAll("s$", ""));
            }
        }
        return out;
    }

    @Test
    void briefingSentencesEachCiteTheirSourcesWithinTwoHundredWords() throws IOException {
        String md = Files.readString(examples.resolve("briefing.md"), StandardCharsets.UTF_8);
        for (String story : md.split("\n## ")) {
            if (!story.matches("(?s)\\d+\\. .*")) {
                continue;
            }
            String summary = story.split("\n\n")[2];
            String[] sentences = summary.split("(?<=\\])\\s+");
            int words = 0;
            for (String s : sentences) {
                assertTrue(s.matches("(?s).+[.!?”\"’] \\[\\d+(, \\d+)*\\]"), "uncited sentence: " + s);
                words += s.replaceAll("\\[[\\d, ]+\\]$", "").strip().split("\\s+").length;
            }
            assertTrue(words <= 200, words + " words in " + summary);
        }
    }

    @Test
    void theExamplesPageShowsTheStoryItsTimelineAndItsQuotesInChromium() throws IOException {
        Document dom = rendered(examples);
        Map<String, String> ids = idsByFile(examples);
        Element story = dom.select("section.story").stream()
                .filter(s -> s.select("tr[id$=" + ids.get("01_kpa_wire.html") + "]").size() == 1).findFirst()
                .orElseThrow(() -> new AssertionError("no story section lists the wire story"));
        // the wire story's own title, from expected.json, among its sources; the story is the grounding
        JsonNode wire = expected.get("articles").get(0);
        assertEquals("01_kpa_wire.html", wire.get("file").asText());
        assertTrue(norm(story.select("table.sources").text()).contains(norm(wire.get("title").asText())), story.text());
        assertTrue(norm(story.selectFirst("h2").text()).contains("sorrel dawn"), story.selectFirst("h2").text());
        Set<String> days = new HashSet<>(story.select("table.timeline time").eachAttr("datetime"));
        assertTrue(days.containsAll(List.of("2026-03-03", "2026-03-08", "2027")), days.toString());
        Element elvstrand = story.select("div.voice").stream().filter(v -> v.selectFirst("h4").text().startsWith("Marit Elvstrand"))
                .findFirst().orElseThrow(() -> new AssertionError("Marit Elvstrand is not among the voices"));
        assertTrue(elvstrand.select("q").stream().anyMatch(q -> q.text().startsWith("The hull is breached in two places")),
                elvstrand.text());
        assertFalse(story.select("div.briefing sup.cite a").isEmpty(), "the briefing cites nothing");
        for (Element sentence : story.select("div.briefing span.sentence")) {
            assertFalse(sentence.select("sup.cite a").isEmpty(), "uncited: " + sentence.text());
        }
        assertTrue(dom.select("script, link, img, iframe").isEmpty(), "the page loads something");
    }

    @Test
    void theSamplePagesDossierShowsItsStoriesTimelinesAndQuotesInChromium() throws IOException {
        Path seeds = Path.of(System.getProperty("dossier.shared", "../../shared"), "corpus", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no sample pages at " + seeds);
        Path dossier = analyze(seeds, "seeds");
        Document dom = rendered(dossier);
        for (JsonNode s : lines(dossier.resolve("stories.jsonl"))) {
            Element sec = dom.getElementById("story-" + s.get("id").asText());
            assertNotNull(sec, "no section for story " + s.get("title"));
            assertEquals(s.get("title").asText(), sec.selectFirst("h2").text());
        }
        Set<String> days = new HashSet<>(dom.select("table.timeline time").eachAttr("datetime"));
        // hand-checked dates of the sample pages (seeds.gold.json): the trilateral statement, the offensive
        assertTrue(days.containsAll(List.of("2020-11-10", "2023-09")), days.toString());
        assertTrue(dom.select("div.voice").stream().anyMatch(v -> v.selectFirst("h4").text().startsWith("Dmitry Peskov")
                && v.select("q").stream().anyMatch(q -> q.text().startsWith("Yes, this is indeed true"))), "Peskov's quote is missing");
        assertPicture(dossier);
    }

    @Test
    void aHostileArticlesMarkupIsShownAsTextAndNeverRuns() throws IOException {
        String html = Files.readString(hostile.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>alert(1)</script>") || html.contains("<img src=x"), "raw markup written");
        Document dom = rendered(hostile);
        assertTrue(dom.select("script, img, [onerror], iframe, object, embed").isEmpty(),
                "markup from the article became elements: " + dom.select("script, img, [onerror]"));
        String text = dom.body().text();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("<img src=x onerror=alert(1)>"), text);
        String md = Files.readString(hostile.resolve("briefing.md"), StandardCharsets.UTF_8);
        assertFalse(md.contains("<script>") || md.contains("<img"), "briefing.md carries raw markup");
        assertPicture(hostile);
    }

    @Test
    void theExamplesPageRendersToARealPicture() throws IOException {
        assertPicture(examples);
    }

    /** The screenshot is the size asked for and not blank: its pixels vary, and text darkens some. */
    private static void assertPicture(Path dossier) throws IOException {
        Path png = work.resolve(dossier.getFileName() + ".png");
        chromium().screenshot(dossier.resolve("index.html"), png, 1200, 1600, work);
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, "not an image: " + png);
        assertEquals(1200, img.getWidth());
        assertEquals(1600, img.getHeight());
        double sum = 0;
        double squares = 0;
        long dark = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double lum = 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
                sum += lum;
                squares += lum * lum;
                dark += lum < 128 ? 1 : 0;
                n++;
            }
        }
        double mean = sum / n;
        double deviation = Math.sqrt(squares / n - mean * mean);
        assertTrue(deviation > 10, "the page looks blank: luminance deviation " + deviation);
        assertTrue(dark > n / 200, "hardly any text on the page: " + dark + " dark pixels of " + n);
    }
}
