package org.dossier.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Direction;
import org.dossier.model.Ids;
import org.dossier.model.Reuse;
import org.dossier.model.ReuseKind;
import org.dossier.model.Story;
import org.junit.jupiter.api.Test;

class ProvenanceGraphTest {

    @Test
    void originalsAreTheMembersThatReuseNobodyInTheStory() {
        String wire = Ids.of("wire");
        String rewrite = Ids.of("rewrite");
        String copy = Ids.of("copy");
        String outside = Ids.of("outside");
        Story story = new Story(Ids.of("story"), "Flood in Amarante", List.of(wire, rewrite, copy), Optional.empty(),
                Optional.empty());
        List<Reuse> reuses = List.of(
                new Reuse(wire, rewrite, ReuseKind.NEAR_COPY, List.of(), 0.7, Direction.PUBLISHED),
                new Reuse(rewrite, copy, ReuseKind.COPY, List.of(), 1.0, Direction.CONTENT),
                new Reuse(outside, wire, ReuseKind.PARAPHRASE, List.of(), 0.1, Direction.UNKNOWN));
        ProvenanceGraph graph = ProvenanceGraph.of(story, reuses);
        assertEquals(List.of(wire), graph.originals());
        assertEquals(2, graph.edges().size());
    }
}
