package org.dossier.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.dossier.decode.DecodedPage;
import org.dossier.decode.MediaKind;
import org.dossier.extract.Draft;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.dossier.model.RawPage;
import org.dossier.model.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/extract/html/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Optional<Draft> extract(String html, Optional<String> url) {
        RawPage raw = new RawPage("test.html", html.getBytes(StandardCharsets.UTF_8), url, Optional.empty(),
                Optional.empty());
        return extractor.extract(new DecodedPage(raw, html, StandardCharsets.UTF_8, MediaKind.HTML, List.of()));
    }

    private Draft expectDraft(String name) throws IOException {
        return extract(fixture(name), Optional.empty()).orElseThrow(() -> new AssertionError(name + " gave no article"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"news-article", "jsonld-article", "teaser-rail", "br-paragraphs", "japanese-article", "wire-story"})
    void bodyIsTheArticlesParagraphsAndNothingElse(String name) throws IOException {
        List<String> expected = fixture(name + ".expected.txt").lines().filter(l -> !l.isBlank()).toList();
        List<String> actual = expectDraft(name + ".html").paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(expected, actual);
    }

    @Test
    void thePagesDeclaredBodyStandsInWhenTheMarkupHasLostTheText() {
        String body = "First paragraph of a story that the page renders with a script, so the markup has none of it."
                + "\nSecond paragraph, also only in the structured data, and long enough to make the story worth reading."
                + "\nThird paragraph: the page's HTML shows only a teaser sentence and a spinner while it loads.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A story\","
                + "\"articleBody\":\"" + body.replace("\n", "\\n") + "\"}</script></head><body><div class=\"app\">"
                + "<p>Loading the story, please wait a moment while it arrives.</p></div></body></html>";
        Draft d = extract(html, Optional.empty()).orElseThrow();
        assertEquals(body.lines().toList(), d.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals("body-from-structured-data", d.problems().get(0).code());
    }

    @Test
    void aWireStorysBylineGivesTheNameWithoutItsDate() throws IOException {
        assertEquals(List.of("Jonas Verhelst"), expectDraft("wire-story.html").metadata().authors());
    }

    @Test
    void aClosingSentenceAboutWritingByHandAndADescriptionThatIsTheLeadStay() {
        String lead = "The river authority said on Monday that the level would keep falling until the end of the month.";
        String html = "<html><head><meta name=\"description\" content=\"" + lead + "\"></head><body><article><h1>River falls</h1>"
                + "<p>" + lead + "</p>"
                + "<p>Barges loaded above half their capacity should wait for rain, the authority said, and rail prices have risen.</p>"
                + "<p>Writing by hand, the lock keeper has logged the level every morning since 1987, and his notebooks are the best record.</p>"
                + "</article></body></html>";
        List<String> body = extract(html, Optional.empty()).orElseThrow().paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(3, body.size(), body.toString());
        assertEquals(lead, body.get(0));
    }

    @Test
    void aPageOfLinksHoldsNoArticle() throws IOException {
        assertTrue(extract(fixture("no-article.html"), Optional.empty()).isEmpty());
    }

    @Test
    void metaTagsGiveTheNewsPagesMetadata() throws IOException {
        ArticleMetadata m = expectDraft("news-article.html").metadata();
        assertEquals(Optional.of("Harbour bridge to close for repairs"), m.title());
        assertEquals(Optional.of("The Coastal Courier"), m.outlet());
        assertEquals(Optional.of("The town's only road link to the island will shut for six weeks from March."), m.subtitle());
        assertEquals(Optional.of("Local News"), m.section());
        assertEquals(List.of("Jane Doe", "John Roe"), m.authors());
        assertEquals(Optional.of(Timestamp.of(OffsetDateTime.parse("2024-02-12T08:30:00Z"))), m.published());
        assertEquals(Optional.of("https://courier.example/local/2024/02/12/harbour-bridge-to-close"), m.url());
        assertEquals(Optional.of("en"), m.language());
    }

    @Test
    void jsonLdGivesMetadataAndOrganisationsAreNotAuthors() throws IOException {
        ArticleMetadata m = expectDraft("jsonld-article.html").metadata();
        assertEquals(Optional.of("Wind farm gets green light"), m.title());
        assertEquals(Optional.of("Valley Post"), m.outlet());
        assertEquals(Optional.of("Twelve turbines will go up on the ridge above the valley."), m.subtitle());
        assertEquals(Optional.of("Environment"), m.section());
        assertEquals(List.of("Samuel Okafor"), m.authors());
        assertEquals("2023-06-05T17:45-04:00", m.published().orElseThrow().iso());
        assertEquals(Optional.of("en"), m.language());
        assertEquals(Optional.empty(), m.url());
    }

    @Test
    void readingTimesAndEmailPromptsAreNeverAuthors() throws IOException {
        String html = fixture("jsonld-article.html").replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        ArticleMetadata m = extract(html, Optional.empty()).orElseThrow().metadata();
        assertEquals(List.of(), m.authors());
        assertEquals(Optional.empty(), m.published());
        assertEquals(Optional.of("Wind farm gets green light"), m.title(), "the site's name is cut from the <title>");
    }

    @Test
    void aDatelineInRunningTextAndACapitalisedBylineAreRead() throws IOException {
        ArticleMetadata m = expectDraft("br-paragraphs.html").metadata();
        assertEquals(Optional.of("2019-04-14"), m.published().map(Timestamp::iso));
        assertEquals(List.of("Martha Klein"), m.authors());
        assertEquals(Optional.empty(), m.language());
        assertEquals(Optional.empty(), m.outlet());
    }

    @Test
    void aTweetQuotedInTheStoryStaysWhileTheShareBarGoes() {
        String prose = "<p>" + "The mayor's post drew thousands of replies within the hour, most of them critical. ".repeat(2)
                + "</p>";
        String html = "<html><body><article>" + prose + "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\">"
                + "<p>We will reopen the bridge on Friday, as promised.</p>&mdash; The Mayor (@mayor) "
                + "<a href=\"https://twitter.example/mayor/1\">March 3, 2024</a></blockquote></div>" + prose
                + "<div class=\"social-share\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>"
                + "</article></body></html>";
        String body = String.join("\n", extract(html, Optional.empty()).orElseThrow().paragraphs().stream()
                .map(Paragraph::text).toList());
        assertTrue(body.contains("We will reopen the bridge on Friday, as promised."), body);
        assertTrue(body.contains("(@mayor)"), body);
        assertFalse(body.contains("Share on"), body);
    }

    @Test
    void aLogoInAnH1IsNotTheHeadline() {
        String html = "<html><head><title>Talks resume in Geneva | Daily Planet</title>"
                + "<meta property=\"og:site_name\" content=\"Daily Planet\"></head><body>"
                + "<h1 class=\"logo\">Daily Planet</h1><div><p>" + "A sentence of plain prose that goes on. ".repeat(6)
                + "</p></div></body></html>";
        assertEquals(Optional.of("Talks resume in Geneva"), extract(html, Optional.empty()).orElseThrow().metadata().title(),
                "the logo names the site, so the <title> loses that end");
    }

    @Test
    void aVisibleBreadcrumbBarGivesTheSection() {
        String html = "<html><body><nav class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/world\">World</a> › "
                + "<a href=\"/world/europe\">Europe</a></nav><h1>Talks resume</h1><div><p>"
                + "A sentence of plain prose that goes on for a while. ".repeat(6) + "</p></div></body></html>";
        assertEquals(Optional.of("Europe"), extract(html, Optional.empty()).orElseThrow().metadata().section());
    }

    @Test
    void theUrlDateIsTheLastResortAndTheCrawlIsNeverUsed() {
        String html = "<html><body><div><p>" + "A sentence of plain prose that goes on for a while. ".repeat(6)
                + "</p><p>" + "Another sentence of prose, also long enough to count. ".repeat(5) + "</p></div></body></html>";
        ArticleMetadata m = extract(html, Optional.of("https://news.example/2021/07/30/some-story")).orElseThrow().metadata();
        assertEquals(Optional.of("2021-07-30"), m.published().map(Timestamp::iso));
        ArticleMetadata none = extract(html, Optional.of("https://news.example/some-story")).orElseThrow().metadata();
        assertEquals(Optional.empty(), none.published());
    }

    @Test
    void tenThousandNestedElementsNeitherThrowNorLoseTheText() {
        String html = "<html><body>" + "<div>".repeat(10_000)
                + "<p>Deep inside ten thousand divs there is still a paragraph of ordinary prose to be read.</p>"
                + "<p>And a second one follows it, so that the text reads like an article and not a label.</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        Draft d = extract(html, Optional.empty()).orElseThrow();
        assertEquals(2, d.paragraphs().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div class=\"social\">", "<div class=\"author\">", "<div class=\"date\">",
        "<blockquote class=\"share\">", "<section id=\"comments\">", "<ul><li>", "<table><tr><td>"})
    void tenThousandNestedBoilerplateLookingElementsAreReadInOnePass(String open) {
        String html = "<html><body>" + open.repeat(10_000)
                + "<p>At the bottom of it all there is a paragraph of prose, long enough to be an article.</p>"
                + "</body></html>";
        // no assertion on what is found: the page is nonsense; it must simply come back, not throw
        assertFalse(extract(html, Optional.empty()).map(d -> d.paragraphs().isEmpty()).orElse(false));
    }

    @Test
    void tenThousandUnclosedInlineElementsNeitherThrowNorLoseTheText() {
        String html = "<html><body><article>" + "<span><b><i>".repeat(3_400)
                + "<p>Deep inside thousands of unclosed inline tags there is still a paragraph of ordinary prose to read.</p>"
                + "</article></body></html>";
        assertTrue(extract(html, Optional.empty()).isPresent());
    }

    @Test
    void malformedMarkupIsReadLikeABrowserReadsIt() {
        String html = "<html><head><title>Broken</head><body><div class=article><p>The first paragraph is never closed,"
                + " and it goes on long enough to be prose<p>The second one <b>opens bold <i>and italic</b> text that"
                + " crosses its tags, as broken pages do.</div></span></td><p>Stray closing tags are ignored by the parser"
                + " &amp; entities like &eacute; decode &#x2014; even unterminated ones &copy 2024.";
        Draft d = extract(html, Optional.empty()).orElseThrow();
        String body = String.join("\n", d.paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(body.contains("opens bold and italic text that crosses its tags"), body);
        assertFalse(body.contains("<"), body);
    }

    @Test
    void aMultiMegabytePageIsExtracted() {
        StringBuilder b = new StringBuilder("<html><body><nav>");
        for (int i = 0; i < 20_000; i++) {
            b.append("<a href=\"/l").append(i).append("\">Link ").append(i).append("</a> ");
        }
        b.append("</nav><article>");
        for (int i = 0; i < 10_000; i++) {
            b.append("<p>Paragraph ").append(i).append(" of a very long article, with enough words to be prose.</p>");
        }
        b.append("</article></body></html>");
        Draft d = extract(b.toString(), Optional.empty()).orElseThrow();
        assertEquals(10_000, d.paragraphs().size());
    }
}
