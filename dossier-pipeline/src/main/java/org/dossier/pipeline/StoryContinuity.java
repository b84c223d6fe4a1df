package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;

/**
 * Keeps the stories a store already holds as they were when a run re-clusters their articles with
 * new ones: a stored article stays in its stored story, at its place, so its citation number and the
 * story's id never change; a new article joins the stored story most of its planned story's stored
 * articles belong to, after the story's earlier articles (the next number), or, when its planned
 * story holds no stored article, stays in the story the clustering made. Stored stories are neither
 * split nor merged by a re-run (a reviewer moves articles between them, see docs/REVIEW.md).
 *
 * @param stored the stored stories the run re-clusters, each with all its articles in the run
 */
public record StoryContinuity(List<Story> stored) {

    public StoryContinuity {
        stored = List.copyOf(stored);
    }

    /** No stored stories: the clustering's stories as they are. */
    public static StoryContinuity none() {
        return new StoryContinuity(List.of());
    }

    /**
     * The planned stories with the stored ones kept.
     *
     * @param planned  the clustering's stories over the run's articles
     * @param articles the run's articles by id, for the stories' first and last publication times
     */
    public List<Story> apply(List<Story> planned, Map<String, Article> articles) {
        if (stored.isEmpty()) {
            return planned;
        }
        Map<String, Integer> storedOf = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            for (String a : stored.get(i).articles()) {
                if (articles.containsKey(a)) {
                    storedOf.putIfAbsent(a, i);
                }
            }
        }
        // per stored story, its members then the new articles that join it; then the all-new stories
        Map<Integer, Set<String>> grown = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Story p : planned) {
            int[] counts = new int[stored.size()];
            p.articles().stream().map(storedOf::get).filter(java.util.Objects::nonNull).forEach(s -> counts[s]++);
            int best = -1;
            for (int s = 0; s < counts.length; s++) {
                if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
                    best = s;
                }
            }
            List<String> fresh = p.articles().stream().filter(a -> !storedOf.containsKey(a)).toList();
            if (best < 0) {
                order.add(p);
                continue;
            }
            int target = best;
            Set<String> members = grown.computeIfAbsent(target, k -> {
                order.add(k);
                return new LinkedHashSet<>(stored.get(k).articles().stream().filter(storedOf::containsKey).toList());
            });
            members.addAll(fresh);
        }
        for (int i = 0; i < stored.size(); i++) {
            int k = i;
            if (!grown.containsKey(k) && stored.get(k).articles().stream().anyMatch(storedOf::containsKey)) {
                grown.put(k, new LinkedHashSet<>(stored.get(k).articles().stream().filter(storedOf::containsKey).toList()));
                order.add(k);
            }
        }
        List<Story> out = new ArrayList<>();
        for (Object o : order) {
            if (o instanceof Story s) {
                out.add(s);
            } else {
                Story s = stored.get((Integer) o);
                List<String> members = List.copyOf(grown.get((Integer) o));
                out.add(new Story(s.id(), s.title(), members, seen(members, articles, true), seen(members, articles, false)));
            }
        }
        return out;
    }

    private static Optional<Timestamp> seen(List<String> members, Map<String, Article> articles, boolean first) {
        Timestamp at = null;
        for (String id : members) {
            Optional<Timestamp> t = Optional.ofNullable(articles.get(id)).flatMap(a -> a.metadata().published());
            if (t.isPresent() && (at == null || (first ? t.get().compareTo(at) < 0 : t.get().compareTo(at) > 0))) {
                at = t.get();
            }
        }
        return Optional.ofNullable(at);
    }
}
