package org.dossier.corpora;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

    @Test
    void samplesAreEveryFileOfTheSeedsInNameOrderWithTheirPath(@TempDir Path shared) throws IOException {
        Files.createDirectories(Samples.dir(shared));
        Files.writeString(Samples.dir(shared).resolve("001_b.txt"), "second", UTF_8);
        Files.writeString(Samples.dir(shared).resolve("000_a.txt"), "first", UTF_8);
        List<Samples.Sample> samples = Samples.read(shared);
        assertEquals(List.of("000_a.txt", "001_b.txt"), samples.stream().map(Samples.Sample::name).toList());
        assertArrayEquals("first".getBytes(UTF_8), samples.getFirst().page().bytes());
        assertEquals(Samples.dir(shared).resolve("000_a.txt").toString(), samples.getFirst().page().source());
    }

    @Test
    void theSampleScrapesOfThisCheckoutAreFiveAndAllGiveArticles() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Corpora.shared().isPresent(), "no ../shared beside this checkout");
        assertEquals(5, Corpora.samples(Corpora.shared().get()).size());
    }
}
