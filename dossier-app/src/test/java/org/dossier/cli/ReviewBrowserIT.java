package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.ingest.Limits;
import org.dossier.server.Api;
import org.dossier.server.DossierServer;
import org.dossier.server.Http;
import org.dossier.server.ServedStore;
import org.dossier.server.ServerApiContract;
import org.dossier.server.ServerConfig;
import org.dossier.server.StoreIngester;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review in headless Chromium, as a reviewer does it: four sample pages stored and served as
 * {@code dossier serve} serves them, the sample story opened, a quote's speaker corrected through the
 * page's form; then {@code analyze --store} adds the fifth page while the server runs, re-running the
 * story; the reloaded page still shows the correction, the old citation numbers are unchanged, and the
 * audit page lists it. Screenshots: {@code target/screenshots/review-*.png}.
 */
class ReviewBrowserIT {
    private static final String NAME = "Corrected Speaker Smith";

    @TempDir
    Path tmp;

    @Test
    void aSpeakerCorrectedInThePageSurvivesAReRunAndIsInTheAudit() throws Exception {
        StableReviewIT.Split split = StableReviewIT.Split.of(tmp);
        Path first = split.first();
        Path later = split.later();
        String location = tmp.resolve("store").toString();
        assertEquals(0, DossierCli.run("analyze", first.toString(), "--store", location, "--no-embeddings", "-q"));
        try (Store reads = ServedStore.open(location);
             DossierServer server = Api.server(ServerConfig.loopback(0, ServerApiContract.TOKEN), reads,
                     new StoreIngester(ServedStore.writes(location), () -> {
                         throw new AssertionError("the review test does not upload");
                     }, Limits.DEFAULT, 1), Optional.empty(), "test").start()) {
            Http http = new Http(server.port());
            String base = "http://127.0.0.1:" + server.port();
            JsonNode story = http.get("/api/stories").json().path("stories").get(0);
            String id = story.path("id").asText();
            JsonNode dossier = http.get("/api/stories/" + id).json();
            String quote = null;
            for (JsonNode q : dossier.path("quotes")) {
                if (!q.path("speaker").isNull()) {
                    quote = q.path("id").asText();
                    break;
                }
            }
            assertTrue(quote != null, "the story has an attributed quote");
            Map<String, Integer> numbers = numbers(dossier);

            ChromeDriver browser = Browser.start(tmp.resolve("profile"));
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(base + "/stories/" + id);
                browser.findElement(By.cssSelector("details.reviewer summary")).click();
                WebElement box = browser.findElement(By.cssSelector("form.reviewer-form"));
                box.findElement(By.name("by")).sendKeys("Browser Reviewer");
                box.findElement(By.name("token")).sendKeys(ServerApiContract.TOKEN);
                box.findElement(By.cssSelector("button")).click();
                browser.findElement(By.cssSelector("#quote-" + quote + " details.review-tools summary")).click();
                WebElement form = browser.findElement(By.cssSelector("#quote-" + quote + " form.review"));
                form.findElement(By.name("speaker")).sendKeys(NAME);
                form.findElement(By.name("note")).sendKeys("named in the lead");
                form.findElement(By.cssSelector("button")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quotes"), NAME));
                shot(browser, "review-corrected");

                // a re-run while the page is served: the fifth page joins the story
                assertEquals(0, DossierCli.run("analyze", later.toString(), "--store", location, "--no-embeddings", "-q"));
                browser.navigate().refresh();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sources")));
                assertTrue(browser.findElement(By.id("quotes")).getText().contains(NAME), "the correction is applied after the re-run");
                assertEquals(split.pages(), browser.findElements(By.cssSelector("#sources article.source")).size());
                for (var e : numbers.entrySet()) {
                    String meta = browser.findElement(By.cssSelector("#src-" + e.getKey() + " .meta")).getText();
                    // "[n] byline", or "[n]" alone for a source without outlet, author or date
                    assertEquals("[" + e.getValue() + "]", meta.split(" ")[0], "old citation kept: " + meta);
                }
                assertTrue(browser.findElement(By.id("review")).getText().contains("Browser Reviewer"));
                browser.get(base + "/review");
                String audit = browser.findElement(By.id("audit")).getText();
                shot(browser, "review-audit");
                assertTrue(audit.contains("Browser Reviewer") && audit.contains(quote) && audit.contains(NAME), audit);
            } finally {
                browser.quit();
            }
        }
    }

    private static Map<String, Integer> numbers(JsonNode dossier) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        dossier.path("articles").forEach(a -> out.put(a.path("id").asText(), a.path("number").asInt()));
        return out;
    }

    private static void shot(ChromeDriver browser, String name) throws java.io.IOException {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
