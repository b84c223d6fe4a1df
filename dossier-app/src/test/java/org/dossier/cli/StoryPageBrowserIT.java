package org.dossier.cli;

import org.dossier.server.Http;
import org.dossier.server.ServerApiContract;
import org.dossier.server.Api;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.cli.DossierCli;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium over a store that {@code dossier analyze --store} filled with the
 * sample pages (and the hostile fixture page): the sample story's page shows its five sources, their quotes and a timeline; a search from
 * the header finds them; hostile article text shows as text and runs nothing. Screenshots go to
 * {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryPageBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Path SEEDS = Path.of(System.getProperty("dossier.shared", "../shared"), "corpus", "seeds");
    private static final Path GOLD = SEEDS.resolveSibling("seeds.gold.json");

    private Path tmp;
    private Store store;
    private DossierServer server;
    private ChromeDriver browser;
    private Http http;
    private String base;

    @BeforeAll
    void fillServeAndOpenABrowser(@TempDir Path dir) throws Exception {
        tmp = dir;
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "the sample pages are in ../shared/corpus/seeds");
        // what a user runs: dossier analyze SEEDS --store S, then dossier serve --store S
        String location = tmp.resolve("store").toString();
        int exit = DossierCli.run("analyze", SEEDS.toString(), ServerApiContract.FIXTURES.resolve("hostile.html").toString(),
                "--store", location, "--threads", "2", "-q");
        assertEquals(0, exit, "analyze --store");
        store = Stores.open(location, Store.Access.READ_WRITE);
        server = Api.server(ServerConfig.loopback(0, ServerApiContract.TOKEN), store, (f, l) -> {
            throw new AssertionError("the browser test does not upload");
        }, Optional.empty(), "test").start();
        base = "http://127.0.0.1:" + server.port();
        http = new Http(server.port());
        Files.createDirectories(SHOTS);
        browser = Browser.start(tmp.resolve("profile"));
    }

    @AfterAll
    void close() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theSampleStoryShowsItsFiveSourcesTheirQuotesAndATimeline() throws IOException {
        JsonNode gold = JSON.readTree(GOLD.toFile());
        int sources = gold.path("corpus").path("one_story").size();
        browser.get(base + "/");
        WebElement link = browser.findElement(By.partialLinkText("eacekeepers"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("sources")));
        List<WebElement> columns = browser.findElements(By.cssSelector("#sources article.source"));
        List<String> outlets = new ArrayList<>();
        columns.forEach(c -> outlets.add(c.findElement(By.cssSelector(".meta")).getText()));
        shot("story");
        assertEquals(sources, columns.size(), "the sample story's sources side by side: " + outlets);
        String quotes = browser.findElement(By.id("quotes")).getText();
        assertTrue(quotes.contains(ServerApiContract.SAMPLE_QUOTE), quotes);
        assertTrue(quotes.contains("Peskov"), "the quote is under its speaker: " + quotes);
        List<WebElement> timeline = browser.findElements(By.cssSelector("#timeline ol.timeline li"));
        assertFalse(timeline.isEmpty(), "a timeline");
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("2024-04"), "dated in April 2024");
        assertFalse(browser.findElements(By.cssSelector("#briefing a.cite")).isEmpty(), "the briefing cites sources");
        assertFalse(browser.findElements(By.cssSelector("#provenance svg circle")).isEmpty(), "a provenance graph");
    }

    @Test
    void aSearchFromTheHeaderFindsTheSamplePages() throws IOException {
        browser.get(base + "/");
        WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
        box.sendKeys("peacekeepers withdraw", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        List<WebElement> hits = browser.findElements(By.cssSelector("#results li.hit"));
        shot("search");
        assertTrue(hits.size() >= 5, "the five sample pages: " + hits.size());
        assertTrue(browser.getCurrentUrl().contains("/search?q=peacekeepers+withdraw"), browser.getCurrentUrl());
        hits.getFirst().findElement(By.tagName("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("sources")));
    }

    @Test
    void hostileArticleTextShowsAsTextAndRunsNothing() throws IOException {
        String id = null;
        for (JsonNode a : http.get("/api/articles?limit=100").json().path("articles")) {
            if (a.path("title").asText().startsWith("Harbour council")) {
                id = a.path("id").asText();
            }
        }
        assertTrue(id != null, "the hostile page was stored");
        String story = http.get("/api/articles/" + id).json().path("story").asText();
        for (String path : List.of("/articles/" + id, "/stories/" + story)) {
            browser.get(base + path);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), path + ": no alert");
            assertNull(browser.executeScript("return window.__pwned === undefined ? null : window.__pwned;"),
                    path + ": no payload ran");
            String text = browser.findElement(By.tagName("main")).getText();
            assertTrue(text.contains("<script>window.__pwned=1</script>"), path + ": the title's payload is text");
            assertTrue(text.contains("<img src=x onerror=\"window.__pwned=2\">"), path + ": the body's payload is text");
            assertEquals(0, browser.findElements(By.cssSelector("main img, main script")).size(), path);
        }
        shot("hostile");
    }

    /** Saves the whole page: the window grows to the page's height (up to 8000 px) for the shot. */
    private void shot(String name) throws IOException {
        Object height = browser.executeScript("return document.documentElement.scrollHeight;");
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        int h = Math.min(8000, ((Number) height).intValue() + 120);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), Math.max(h, before.getHeight())));
        Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(before);
    }
}
