package org.dossier.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.corpora.PolnearLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlinedTextTest {
    private static final String ROW = "\tNone\t4b22\t%s\t2016-10-02\tJane Doe\tA title\t0\t0\tNone\tNone\n";

    private static void text(Path root, String split, String name, String text) throws IOException {
        Files.createDirectories(root.resolve(split).resolve("text"));
        Files.writeString(root.resolve(split).resolve("text").resolve(name + ".txt"), text, UTF_8);
        Files.writeString(root.resolve(PolnearLayout.METADATA), split + "\t" + name + String.format(ROW, name.split("_")[0]), UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void aTextIsItsHeadlineBlockAndItsOtherBlocksCollapsedSplitBySplit(@TempDir Path root) throws IOException {
        text(root, "train", "politico_2016-10-02_vote", "Vote delayed\n\nThe count   was\ndelayed.\n\nAgain.\n");
        text(root, "dev", "nytimes_2016-10-02_floods", "Floods\n\nRain fell.\n\nThe river rose.\n");
        List<HeadlinedText> texts = HeadlinedText.read(PolnearLayout.open(root));
        assertEquals(List.of(new HeadlinedText("Floods", List.of("Rain fell.", "The river rose."), "nytimes"),
                new HeadlinedText("Vote delayed", List.of("The count was delayed.", "Again."), "politico")), texts);
    }

    @Test
    void aTextOfFewerThanThreeBlocksIsLeftOut(@TempDir Path root) throws IOException {
        text(root, "dev", "nytimes_2016-10-02_short", "Short\n\nOnly one paragraph.\n");
        assertEquals(List.of(), HeadlinedText.read(PolnearLayout.open(root)));
    }

    @Test
    void aTextWithoutAMetadataRowIsNamed(@TempDir Path root) throws IOException {
        text(root, "dev", "nytimes_2016-10-02_floods", "Floods\n\nRain fell.\n\nThe river rose.\n");
        Files.writeString(root.resolve("dev/text/ap_2016-10-03_orphan.txt"), "Orphan\n\nOne.\n\nTwo.\n", UTF_8);
        IOException e = assertThrows(IOException.class, () -> HeadlinedText.read(PolnearLayout.open(root)));
        assertTrue(e.getMessage().contains("ap_2016-10-03_orphan.txt has no row in metadata.tsv"), e.getMessage());
    }
}
