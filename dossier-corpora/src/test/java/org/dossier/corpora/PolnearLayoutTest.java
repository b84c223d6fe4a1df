package org.dossier.corpora;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearLayoutTest {
    private static final String FLOOD = "Floods in Amarante\n\nHeavy rain flooded the square, \u201cthe worst in years,\u201d the mayor said.  \n";
    private static final String VOTE = "Vote delayed\n\nThe count was delayed.\n";
    private static final String HEADER = "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle"
            + "\ttrump_count\tclinton_count\tcredit\twire\n";

    /** A dev split of two texts, one annotated by two annotators, and a metadata line for the first. */
    static Path corpus(Path root) throws IOException {
        Path dev = root.resolve("dev");
        Files.createDirectories(dev.resolve("text"));
        Files.createDirectories(dev.resolve("attributions"));
        Files.writeString(dev.resolve("text/nytimes_2016-10-02_floods.txt"), FLOOD, UTF_8);
        Files.writeString(dev.resolve("text/politico_2016-11-08_vote.txt"), VOTE, UTF_8);
        Files.writeString(dev.resolve("attributions/nytimes_2016-10-02_floods_ef2d.ann"), "", UTF_8);
        Files.writeString(dev.resolve("attributions/nytimes_2016-10-02_floods_4b22.ann"), "", UTF_8);
        Files.writeString(root.resolve(PolnearLayout.METADATA), HEADER
                + "dev\tnytimes_2016-10-02_floods\tNone\t4b22|ef2d\tnytimes\t2016-10-02\tJane Doe\tFloods in Amarante\t0\t0\tNone\tNone\n",
                UTF_8);
        return root;
    }

    @Test
    void textsComeInNameOrderExactlyAsWritten(@TempDir Path root) throws IOException {
        List<PolnearSplit.Text> texts = PolnearLayout.open(corpus(root)).split("dev").texts();
        assertEquals(List.of("nytimes_2016-10-02_floods", "politico_2016-11-08_vote"), texts.stream().map(PolnearSplit.Text::name).toList());
        assertEquals(FLOOD, texts.get(0).text(), "offsets index the text: nothing stripped");
    }

    @Test
    void aMetadataLineGivesPublisherDateAuthorAndTitle(@TempDir Path root) throws IOException {
        PolnearLayout layout = PolnearLayout.open(corpus(root));
        PolnearLayout.Metadata m = layout.metadata("nytimes_2016-10-02_floods").orElseThrow();
        assertEquals("dev", m.compartment());
        assertEquals("nytimes", m.publisher());
        assertEquals(Optional.of(LocalDate.of(2016, 10, 2)), m.published());
        assertEquals("Jane Doe", m.author());
        assertEquals("Floods in Amarante", m.title());
        assertEquals(Optional.empty(), layout.metadata("politico_2016-11-08_vote"), "a text without a line has no metadata");
        assertEquals(Optional.empty(), layout.metadata("filename"), "the header is not a row");
    }

    @Test
    void annotationFilesAreFoundPerArticleInAnnotatorOrder(@TempDir Path root) throws IOException {
        Map<String, List<Path>> anns = PolnearLayout.open(corpus(root)).split("dev").annotations();
        assertEquals(List.of("nytimes_2016-10-02_floods"), List.copyOf(anns.keySet()), "the unannotated text has none");
        assertEquals(List.of("nytimes_2016-10-02_floods_4b22.ann", "nytimes_2016-10-02_floods_ef2d.ann"),
                anns.get("nytimes_2016-10-02_floods").stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void anAnnotationWithoutItsTextIsNamed(@TempDir Path root) throws IOException {
        corpus(root);
        Path orphan = root.resolve("dev/attributions/gone_2016-01-01_x_4b22.ann");
        Files.writeString(orphan, "", UTF_8);
        IOException e = assertThrows(IOException.class, () -> PolnearSplit.open(root.resolve("dev")).annotations());
        assertTrue(e.getMessage().startsWith(orphan + " has no text file"), e.getMessage());
    }

    @Test
    void splitsAreTheDirectoriesWithTextsInNameOrder(@TempDir Path root) throws IOException {
        corpus(root);
        Files.createDirectories(root.resolve("train/text"));
        Files.createDirectories(root.resolve("notes"));
        assertEquals(List.of("dev", "train"), PolnearLayout.open(root).splits().stream().map(PolnearSplit::name).toList());
    }

    @Test
    void aShortMetadataRowIsNamedByFileAndLine(@TempDir Path root) throws IOException {
        corpus(root);
        Files.writeString(root.resolve(PolnearLayout.METADATA), HEADER + "dev\tshort\n", UTF_8);
        IOException e = assertThrows(IOException.class, () -> PolnearLayout.open(root));
        assertTrue(e.getMessage().startsWith(root.resolve(PolnearLayout.METADATA) + ":2: 2 fields"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutMetadataOrTextsIsNotOne(@TempDir Path root) {
        assertTrue(assertThrows(IOException.class, () -> PolnearLayout.open(root)).getMessage().contains("has no metadata.tsv"));
        assertTrue(assertThrows(IOException.class, () -> PolnearSplit.open(root)).getMessage().contains("has no text/ directory"));
    }
}
