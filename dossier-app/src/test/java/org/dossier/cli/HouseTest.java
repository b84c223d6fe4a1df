package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 15's house rules, measured from the imports of every module's main code ({@link House}). */
class HouseTest {
    private static House house;

    @BeforeAll
    static void measure() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("dossier-model/pom.xml"))) {
            root = root.getParent();
        }
        house = House.of(root);
        System.out.print(house.table());
    }

    @Test
    void noModuleHoldsMoreThanFifteenPercentOfTheMainCode() {
        for (String m : house.lines.keySet()) {
            assertTrue(house.share(m) <= 0.15, m + " holds " + Math.round(100 * house.share(m)) + "% of the main code");
        }
    }

    @Test
    void sparkImportsNothingFromTheCommandLineOrTheServer() {
        Set<String> spark = house.arrows.get("dossier-spark");
        assertFalse(spark.contains("dossier-app") || spark.contains("dossier-server") || spark.contains("dossier-bench"),
                "dossier-spark imports from " + spark);
    }

    @Test
    void nothingImportsTheApplicationOrTheBenchmarks() {
        house.arrows.forEach((m, to) -> assertFalse(to.contains("dossier-app") || to.contains("dossier-bench"),
                m + " imports from " + to));
    }

    @Test
    void theModelAndTheOutputDependOnTheModelOnly() {
        assertEquals(Set.of(), house.arrows.get("dossier-model"));
        assertEquals(Set.of("dossier-model"), house.arrows.get("dossier-output"));
    }

    @Test
    void noStageImportsTheStoreTheServerOrSpark() {
        for (String stage : Set.of("dossier-ingest", "dossier-extract", "dossier-nlp", "dossier-quote", "dossier-features",
                "dossier-resolve", "dossier-reuse", "dossier-story")) {
            Set<String> to = house.arrows.get(stage);
            assertTrue(to.stream().noneMatch(m -> m.startsWith("dossier-store") || m.equals("dossier-server")
                    || m.equals("dossier-spark") || m.equals("dossier-pipeline")), stage + " imports from " + to);
        }
    }

    @Test
    void theArrowsHaveNoCycle() {
        assertEquals(Set.of(), house.onCycles());
    }

    @Test
    void noTwoPackagesDeclareAClassOfTheSameName() {
        assertEquals(Map.of(), house.sharedNames, "a name should say what differs");
    }
}
