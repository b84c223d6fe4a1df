package org.dossier.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dossier.extract.Extractor;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.InputFormat;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Duplicate;
import org.dossier.model.Extraction;
import org.dossier.model.Paragraph;
import org.dossier.model.RawPage;
import org.dossier.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    private static final int MIB = 1 << 20;

    @TempDir
    Path tmp;

    /** Counts pages read and delivered, so a test can see how many were held in between. */
    private static final class Tally implements BatchListener {
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger delivered = new AtomicInteger();
        final List<String> order = new ArrayList<>();
        int mostHeld;

        void reading() {
            mostHeld = Math.max(mostHeld, read.getAndIncrement() - delivered.get());
        }

        @Override
        public void article(Article article) {
            delivered.incrementAndGet();
            order.add(article.source());
        }

        @Override
        public void rejected(Rejection rejection) {
            delivered.incrementAndGet();
            order.add(rejection.source());
        }
    }

    /** A container of {@code count} pages of {@code size} bytes, made as they are read, like a WARC. */
    private static InputFormat container(int count, int size, Tally tally) {
        return new InputFormat() {
            @Override
            public String name() {
                return "test-container";
            }

            @Override
            public boolean accepts(String fileName, byte[] head) {
                return fileName.endsWith(".pages");
            }

            @Override
            public Stream<ReadResult> read(InputFile file, Limits limits) {
                return IntStream.range(0, count).mapToObj(i -> {
                    tally.reading();
                    return new ReadResult.Page(RawPage.of(String.format(Locale.ROOT, "page-%03d", i), distinctBytes(i, size)));
                });
            }
        };
    }

    /** {@code size} bytes that differ from page to page, so no page repeats another's article. */
    private static byte[] distinctBytes(int page, int size) {
        byte[] b = new byte[size];
        for (int k = 0; k < Math.min(4, size); k++) {
            b[k] = (byte) (page >>> (8 * k));
        }
        return b;
    }

    private static final Extractor ONE_PARAGRAPH = page -> new Extraction.Found(Article.of(
            "0123456789abcdef", page.source(), ArticleMetadata.EMPTY, List.of(new Paragraph("text")), List.of()));

    private BatchStats run(int count, int size, int threads, long budget, Tally tally) throws IOException {
        Path file = Files.writeString(tmp.resolve("in.pages"), "pages");
        PageReader reader = new PageReader(Limits.DEFAULT, List.of(container(count, size, tally)));
        return new BatchRunner(reader, ONE_PARAGRAPH, threads, budget)
                .run(List.of(InputFile.of(file)), tally, Progress.silent());
    }

    @Test
    void pagesHeldBetweenReadingAndDeliveryStayWithinTheByteBudget() throws IOException {
        Tally tally = new Tally();
        // two threads would allow eight pages in flight; a 4 MiB budget allows four of 1 MiB
        BatchStats stats = run(40, MIB, 2, 4L * MIB, tally);
        assertEquals(40, stats.articles());
        assertTrue(tally.mostHeld <= 4, "held " + tally.mostHeld + " pages of 1 MiB with a 4 MiB budget");
    }

    @Test
    void aPageLargerThanTheBudgetStillGoesThroughOnItsOwn() throws IOException {
        Tally tally = new Tally();
        BatchStats stats = run(5, 3 * MIB, 2, MIB, tally);
        assertEquals(5, stats.articles());
        assertTrue(tally.mostHeld <= 1, "held " + tally.mostHeld);
    }

    @Test
    void aPageGivenAgainIsExtractedOnceAndHeardOfAsADuplicateInItsPlace() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Ferry timetable changes\n\nThe ferry now leaves at nine.");
        Path b = Files.writeString(tmp.resolve("b.txt"), "Library reopens\n\nThe library opens again on Monday.");
        Path again = Files.copy(a, tmp.resolve("a-saved-again.txt"));
        AtomicInteger extracted = new AtomicInteger();
        Extractor counting = page -> {
            extracted.incrementAndGet();
            return ONE_PARAGRAPH.extract(page);
        };
        List<String> heard = new ArrayList<>();
        BatchListener listener = new BatchListener() {
            @Override
            public void article(Article article) {
                heard.add("article " + Path.of(article.source()).getFileName());
            }

            @Override
            public void rejected(Rejection rejection) {
                heard.add("rejected " + rejection.source());
            }

            @Override
            public void duplicate(Duplicate d) {
                heard.add("duplicate " + Path.of(d.source()).getFileName() + " of " + Path.of(d.firstSource()).getFileName());
            }
        };
        BatchStats stats = new BatchRunner(new PageReader(Limits.DEFAULT), counting, 2)
                .run(List.of(InputFile.of(a), InputFile.of(again), InputFile.of(b), InputFile.of(a)), listener, Progress.silent());
        assertEquals(List.of("article a.txt", "duplicate a-saved-again.txt of a.txt", "article b.txt",
                "duplicate a.txt of a.txt"), heard);
        assertEquals(2, extracted.get(), "each article is extracted once");
        assertEquals(2, stats.articles());
        assertEquals(2, stats.duplicates());
        assertEquals(0, stats.rejected());
        assertEquals(4, stats.inputs());
    }

    @Test
    void aPageWhoseArticleTheTargetHoldsIsNotExtractedAndIsHeardOfAsHeldInItsPlace() throws IOException {
        Path kept = Files.writeString(tmp.resolve("kept.txt"), "Harbour dredging delayed\n\nThe dredger arrives in May.");
        Path fresh = Files.writeString(tmp.resolve("fresh.txt"), "School roof repaired\n\nPupils return on Tuesday.");
        String keptId = new PageReader(Limits.DEFAULT).read(InputFile.of(kept)).map(r -> ((ReadResult.Page) r).page().articleId())
                .findFirst().orElseThrow();
        AtomicInteger extracted = new AtomicInteger();
        Extractor counting = page -> {
            extracted.incrementAndGet();
            return ONE_PARAGRAPH.extract(page);
        };
        List<String> heard = new ArrayList<>();
        BatchStats stats = new BatchRunner(new PageReader(Limits.DEFAULT), counting, 2).skipping(keptId::equals)
                .run(List.of(InputFile.of(kept), InputFile.of(fresh)), new BatchListener() {
                    @Override
                    public void article(Article article) {
                        heard.add("article " + Path.of(article.source()).getFileName());
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        heard.add("rejected " + rejection.source());
                    }

                    @Override
                    public void held(String source, String articleId) {
                        heard.add("held " + Path.of(source).getFileName() + " " + articleId.equals(keptId));
                    }
                }, Progress.silent());
        assertEquals(List.of("held kept.txt true", "article fresh.txt"), heard);
        assertEquals(1, extracted.get(), "only the page the target lacks is extracted");
        assertEquals(2, stats.articles(), "a held page is still an article of the run");
    }

    @Test
    void aRepeatOfAPageThatGaveNoArticleIsRejectedForTheSameReasonUnderItsOwnName() throws IOException {
        Path first = Files.writeString(tmp.resolve("menu.html"), "<nav>Home | News | Sport</nav>");
        Path again = Files.copy(first, tmp.resolve("menu-again.html"));
        Extractor noArticle = page -> Extraction.rejected(page.source(), org.dossier.model.RejectCode.NO_ARTICLE,
                "nothing in it reads as an article");
        List<Rejection> rejections = new ArrayList<>();
        BatchStats stats = new BatchRunner(new PageReader(Limits.DEFAULT), noArticle, 2).run(
                List.of(InputFile.of(first), InputFile.of(again)), new BatchListener() {
                    @Override
                    public void article(Article article) {
                        throw new AssertionError("no article expected");
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        rejections.add(rejection);
                    }
                }, Progress.silent());
        assertEquals(List.of(new Rejection(first.toString(), "no-article", "nothing in it reads as an article"),
                new Rejection(again.toString(), "no-article", "nothing in it reads as an article")), rejections);
        assertEquals(2, stats.rejected());
        assertEquals(0, stats.duplicates(), "a duplicate repeats an article; this repeats a rejection");
    }

    @Test
    void resultsArriveInInputOrder() throws IOException {
        Tally tally = new Tally();
        run(50, 100, 2, BatchRunner.DEFAULT_BYTES_IN_FLIGHT, tally);
        List<String> expected = IntStream.range(0, 50).mapToObj(i -> String.format(Locale.ROOT, "page-%03d", i)).toList();
        assertEquals(expected, tally.order);
    }
}
