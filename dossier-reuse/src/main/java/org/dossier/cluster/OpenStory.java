package org.dossier.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.embed.Vectors;
import org.dossier.model.Ids;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;

/** A story being built: its members, its TF-IDF centroid, lead-embedding sum, entity keys and time range. */
final class OpenStory {
    final String id;
    final int index;
    final List<String> members = new ArrayList<>();
    private Map<String, Double> centroid = new HashMap<>();
    private double norm;
    private float[] leadSum;
    private Map<String, Integer> entityKeys = new HashMap<>();
    /** Arrival number of the latest member, for closing idle stories. */
    int lastArrival;
    boolean closed;
    private Timestamp firstSeen;
    private Timestamp lastSeen;
    private String title;
    private double titleFit = -1;

    OpenStory(String founderId, int index) {
        this.id = Ids.of("story", founderId);
        this.index = index;
    }

    void add(StoryInput in, Map<String, Double> vector, double fit, int maxTerms, int arrival) {
        if (closed) {
            throw new IllegalStateException("story " + id + " is closed");
        }
        members.add(in.articleId());
        lastArrival = arrival;
        vector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
        if (centroid.size() > maxTerms * 2) {
            prune(maxTerms);
        }
        norm = Math.sqrt(centroid.values().stream().mapToDouble(w -> w * w).sum());
        in.lead().ifPresent(l -> {
            if (leadSum == null) {
                leadSum = new float[l.length];
            }
            for (int d = 0; d < l.length; d++) {
                leadSum[d] += l[d];
            }
        });
        in.entityKeys().forEach(k -> entityKeys.merge(k, 1, Integer::sum));
        in.published().ifPresent(p -> {
            if (firstSeen == null || p.compareTo(firstSeen) < 0) {
                firstSeen = p;
            }
            if (lastSeen == null || p.compareTo(lastSeen) > 0) {
                lastSeen = p;
            }
        });
        if (fit > titleFit) {
            title = in.headline();
            titleFit = fit;
        }
    }

    /** Drops what only joining needs (centroid, lead, entity keys); members, title and times stay. */
    void close() {
        closed = true;
        centroid = Map.of();
        norm = 0;
        leadSum = null;
        entityKeys = Map.of();
    }

    /** The last day of a dated story, when it has one. */
    Optional<LocalDate> lastDay() {
        return lastSeen == null ? Optional.empty() : Optional.of(lastSeen.startDate());
    }

    private void prune(int maxTerms) {
        List<Map.Entry<String, Double>> top = new ArrayList<>(centroid.entrySet());
        top.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        centroid.clear();
        top.stream().limit(maxTerms).forEach(e -> centroid.put(e.getKey(), e.getValue()));
    }

    /** Cosine of a unit article vector with the centroid, and how many of its terms the centroid holds. */
    double[] textSimilarity(Map<String, Double> vector) {
        double dot = 0;
        int shared = 0;
        for (var e : vector.entrySet()) {
            Double c = centroid.get(e.getKey());
            if (c != null) {
                dot += c * e.getValue();
                shared++;
            }
        }
        return new double[] {norm == 0 ? 0 : dot / norm, shared};
    }

    /** Cosine of a lead embedding with the story's mean lead, when both exist. */
    Optional<Double> leadSimilarity(Optional<float[]> lead) {
        if (lead.isEmpty() || leadSum == null) {
            return Optional.empty();
        }
        float[] mean = Vectors.normalize(leadSum.clone(), 1);
        return Optional.of(Vectors.dot(mean, lead.get()));
    }

    /** Entity keys the article shares with the story. */
    int sharedEntityKeys(StoryInput in) {
        int n = 0;
        for (String k : in.entityKeys()) {
            if (entityKeys.containsKey(k)) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code t} lies within {@code days} of the story's time range (or either is undated). */
    boolean within(Optional<Timestamp> t, int days) {
        if (t.isEmpty() || firstSeen == null) {
            return true;
        }
        LocalDate d = t.get().startDate();
        return ChronoUnit.DAYS.between(lastSeen.startDate(), d) <= days
                && ChronoUnit.DAYS.between(d, firstSeen.startDate()) <= days;
    }

    Story toStory() {
        return new Story(id, title, members, Optional.ofNullable(firstSeen), Optional.ofNullable(lastSeen));
    }
}
