package org.dossier.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.cli.DossierCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample pages through the whole pipeline, scored by the project-independent
 * {@code check_seeds.py}: every facet listed in {@code e2e/passing-facets.txt} must pass every
 * check, so whatever works stays working.
 */
class SeedsEndToEndIT {
    @TempDir
    static Path out;
    static Path shared;

    @BeforeAll
    static void analyzeTheSamples() {
        shared = Path.of(System.getProperty("dossier.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")), "../shared is not beside the checkout");
        int code = DossierCli.run("analyze", shared.resolve("corpus/seeds").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, code, "every sample page gives an article");
    }

    @Test
    void everyFacetThatPassedBeforeStillPassesEveryCheck() throws Exception {
        List<String> facets = passingFacets();
        List<String> command = new ArrayList<>(List.of("python3", shared.resolve("tools/check_seeds.py").toString(),
                out.toString(), "--verbose"));
        for (String f : facets) {
            command.add("--facet");
            command.add(f);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "check_seeds.py " + facets + " must pass in full:\n" + report);
    }

    private static List<String> passingFacets() throws IOException {
        try (var in = SeedsEndToEndIT.class.getResourceAsStream("/e2e/passing-facets.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
