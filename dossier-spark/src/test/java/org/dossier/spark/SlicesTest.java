package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.dossier.ingest.InputFile;
import org.junit.jupiter.api.Test;

class SlicesTest {
    private static SparkDossier dossier(int slicesPerWarc) {
        return new SparkDossier(null, new SparkDossier.Options(true, true, 1 << 20, slicesPerWarc, SparkDossier.Format.JSONL));
    }

    @Test
    void warcFilesAreCutIntoSlicesAndOtherFilesAreNot() {
        List<InputFile> files = List.of(InputFile.of(Path.of("a.html")), InputFile.of(Path.of("crawl.warc.gz")),
                InputFile.of(Path.of("old.ARC")));
        List<InputSlice> slices = dossier(3).slices(files, 2);
        assertEquals(1, slices.stream().filter(s -> s.file() == 0).count());
        assertEquals(3, slices.stream().filter(s -> s.file() == 1).count());
        assertEquals(3, slices.stream().filter(s -> s.file() == 2).count());
        assertEquals("crawl.warc.gz", slices.get(1).source());
    }

    @Test
    void automaticSlicingGivesAboutTwoTasksPerCoreAcrossTheWarcs() {
        List<InputFile> one = List.of(InputFile.of(Path.of("crawl.warc.gz")));
        assertEquals(16, dossier(0).slices(one, 8).size());
        List<InputFile> many = LongStream.range(0, 40).mapToObj(i -> InputFile.of(Path.of(i + ".warc"))).toList();
        assertEquals(40, dossier(0).slices(many, 8).size(), "enough files: one slice each");
    }

    @Test
    void parquetOnAJavaWithoutGetSubjectIsRefusedBeforeAnyWork() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() >= SparkDossier.FIRST_JAVA_WITHOUT_GET_SUBJECT);
        SparkDossier parquet = new SparkDossier(null, new SparkDossier.Options(true, true, 1 << 20, 0, SparkDossier.Format.PARQUET));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parquet.run(List.of("pages"), Path.of("out")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("Java 17 or 21"), e.getMessage());
    }

    @Test
    void everyItemOfAFileBelongsToExactlyOneOfItsSlices() {
        List<InputSlice> slices = List.of(new InputSlice(0, "f", "f", 0, 3), new InputSlice(0, "f", "f", 1, 3),
                new InputSlice(0, "f", "f", 2, 3));
        for (long item = 0; item < 100; item++) {
            long n = item;
            assertEquals(1, slices.stream().filter(s -> s.owns(n)).count());
        }
        assertThrows(IllegalArgumentException.class, () -> new InputSlice(0, "f", "f", 3, 3));
    }
}
