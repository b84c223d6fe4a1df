package org.dossier.reuse;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Reuse;
import org.dossier.model.Story;

/**
 * Who copied whom inside one story: the reuse relations among its articles as edges from source to
 * reuser, and the articles that reuse nobody in the story (its original reporting).
 *
 * @param story     the story's id
 * @param originals member ids with no incoming edge, in the story's order
 * @param edges     reuse relations between members, {@code a} the source
 */
public record ProvenanceGraph(String story, List<String> originals, List<Reuse> edges) {

    public ProvenanceGraph {
        Objects.requireNonNull(story, "story");
        originals = List.copyOf(originals);
        edges = List.copyOf(edges);
    }

    /** The graph of {@code story} from all the reuse relations found (those outside the story are left out). */
    public static ProvenanceGraph of(Story story, Collection<Reuse> reuses) {
        Set<String> members = new HashSet<>(story.articles());
        List<Reuse> inside = reuses.stream().filter(r -> members.contains(r.a()) && members.contains(r.b())).toList();
        Set<String> reusers = new HashSet<>();
        inside.forEach(r -> reusers.add(r.b()));
        List<String> originals = story.articles().stream().filter(id -> !reusers.contains(id)).toList();
        return new ProvenanceGraph(story.id(), originals, inside);
    }
}
