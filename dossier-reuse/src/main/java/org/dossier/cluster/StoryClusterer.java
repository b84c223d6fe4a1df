package org.dossier.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.Story;

/**
 * Single-pass incremental clustering. Each {@linkplain #add added} article gets a TF-IDF vector of its
 * most salient terms (document frequencies as seen so far), is compared with the stories that share
 * one of those terms and are open in its time window, and joins the most similar if the similarity
 * and the number of shared terms clear {@link StoryConfig}'s bars, else starts a story. Lead
 * embeddings, when given, veto joins between articles whose leads are about different things. Expects
 * articles in publication order; not thread-safe (calls are serialised).
 */
public final class StoryClusterer {
    private static final int PRIOR_DOCUMENTS = 100;
    private final StoryConfig config;
    private final DocumentFrequencies background;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, List<Integer>> storiesByTerm = new HashMap<>();
    private final List<OpenStory> stories = new ArrayList<>();
    /** Indexes of the stories not {@linkplain #closeIdle closed}, in the order they started. */
    private final List<Integer> open = new ArrayList<>();
    private final Map<String, Integer> storyOfArticle = new HashMap<>();
    private int documents;

    /** A clusterer whose term weights start from the {@linkplain DocumentFrequencies#background() shipped background}. */
    public StoryClusterer(StoryConfig config) {
        this(config, DocumentFrequencies.background());
    }

    /**
     * @param background document frequencies counted before the first article arrives; with
     *                   {@link DocumentFrequencies#NONE} they come from the articles alone, smoothed as
     *                   if {@value #PRIOR_DOCUMENTS} unseen articles lacked every term
     */
    public StoryClusterer(StoryConfig config, DocumentFrequencies background) {
        this.config = Objects.requireNonNull(config, "config");
        this.background = Objects.requireNonNull(background, "background");
    }

    /**
     * Where an added article went.
     *
     * @param story   the id of the story it joined or started
     * @param started whether it started the story
     * @param score   the similarity with which it joined (0 when it started the story)
     * @param lead    the cosine of its lead embedding with the story's, when it joined and both had one
     */
    public record Assignment(String story, boolean started, double score, Optional<Double> lead) {
    }

    /** Adds an article and returns the story it joined or started. */
    public synchronized Assignment add(StoryInput in) {
        if (storyOfArticle.containsKey(in.articleId())) {
            throw new IllegalArgumentException("article " + in.articleId() + " was already added");
        }
        documents++;
        for (String t : in.terms().terms()) {
            documentFrequency.merge(t, 1, Integer::sum);
        }
        Map<String, Double> vector = vector(in.terms());
        OpenStory best = null;
        double bestScore = 0;
        Optional<Double> bestLead = Optional.empty();
        for (int s : candidates(vector)) {
            OpenStory story = stories.get(s);
            if (!story.within(in.published(), config.windowDays())) {
                continue;
            }
            Optional<Double> lead = story.leadSimilarity(in.lead());
            double score = lead.isPresent() && lead.get() < config.minLeadCosine() ? 0 : score(story, in, vector);
            if (score > bestScore) {
                best = story;
                bestScore = score;
                bestLead = lead;
            }
        }
        boolean started = best == null;
        if (started) {
            best = new OpenStory(in.articleId(), stories.size());
            stories.add(best);
        }
        int index = best.index;
        best.add(in, vector, bestScore, config.storyTerms(), documents);
        if (started) {
            open.add(index);
        }
        storyOfArticle.put(in.articleId(), index);
        // indexed under more terms than are looked up, so two accounts whose top terms differ still meet
        int indexed = 0;
        for (String t : vector.keySet()) {
            if (indexed++ == config.blockingTerms() * 3) {
                break;
            }
            List<Integer> postings = storiesByTerm.computeIfAbsent(t, k -> new ArrayList<>(2));
            if (postings.size() > config.maxPostings()) {
                postings.removeIf(s -> stories.get(s).closed); // too common only if it heads that many open stories
            }
            if (postings.size() <= config.maxPostings() && (postings.isEmpty() || postings.get(postings.size() - 1) != index)) {
                postings.add(index);
            }
        }
        return new Assignment(best.id, started, bestScore, bestLead);
    }

    /** The similarity with which {@code in} would join {@code story}, or 0 when it may not. */
    private double score(OpenStory story, StoryInput in, Map<String, Double> vector) {
        double[] text = story.textSimilarity(vector);
        if (text[1] < config.minSharedTerms()) {
            return 0;
        }
        double sim = text[0];
        if (!in.entityKeys().isEmpty()) {
            sim += 0.1 * Math.min(1.0, story.sharedEntityKeys(in) / 3.0);
        }
        return sim >= config.minSimilarity() ? sim : 0;
    }

    private List<Integer> candidates(Map<String, Double> vector) {
        java.util.Set<Integer> hits = new java.util.HashSet<>();
        int keys = 0;
        for (String t : vector.keySet()) { // most salient first
            if (keys++ == config.blockingTerms()) {
                break;
            }
            List<Integer> postings = storiesByTerm.get(t);
            if (postings != null) {
                postings.removeIf(s -> stories.get(s).closed);
                if (postings.isEmpty()) {
                    storiesByTerm.remove(t);
                } else if (postings.size() <= config.maxPostings()) {
                    hits.addAll(postings);
                }
            }
        }
        List<Integer> out = new ArrayList<>(hits);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Unit TF-IDF vector over the article's {@code articleTerms} most salient terms. */
    private Map<String, Double> vector(TermCounts terms) {
        List<Map.Entry<String, Double>> weights = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            double tf = 1 + Math.log(terms.counts()[i]);
            // the background's documents count as seen; without one, as if PRIOR_DOCUMENTS unseen
            // articles lacked the term, so that the first few articles do not punish the very terms
            // two accounts of one event share
            String term = terms.terms()[i];
            int prior = background.documents() > 0 ? background.documents() : PRIOR_DOCUMENTS;
            double idf = Math.log((documents + prior) / (double) (documentFrequency.get(term) + background.of(term)));
            weights.add(Map.entry(terms.terms()[i], tf * idf));
        }
        weights.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> top = new LinkedHashMap<>();
        double norm = 0;
        for (int i = 0; i < Math.min(config.articleTerms(), weights.size()); i++) {
            top.put(weights.get(i).getKey(), weights.get(i).getValue());
            norm += weights.get(i).getValue() * weights.get(i).getValue();
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            top.replaceAll((t, w) -> w / n);
        }
        return top;
    }

    /**
     * Closes the stories no article will join any more, so that a stream's heap and time per article
     * are bounded by the stories of a window, not by all it has seen: a dated story whose last
     * article is dated before {@code before}, and an undated one whose last article arrived more
     * than {@code arrivals} articles ago. A closed story keeps its members, title and times but no
     * centroid, and proposes itself to no article. A batch ({@code ProvenanceStage}) never calls
     * this, since its undated articles come last and may join any story; a stream in publication
     * order calls it now and then with its newest day minus {@link StoryConfig#windowDays()}.
     *
     * @return how many stories it closed
     */
    public synchronized int closeIdle(LocalDate before, int arrivals) {
        int wasOpen = open.size();
        open.removeIf(i -> {
            OpenStory s = stories.get(i);
            boolean idle = s.lastDay().map(d -> d.isBefore(before)).orElse(documents - s.lastArrival > arrivals);
            if (idle) {
                s.close();
            }
            return idle;
        });
        return wasOpen - open.size();
    }

    /** Stories so far, closed or not. */
    public synchronized int storyCount() {
        return stories.size();
    }

    /** Stories not closed. */
    public synchronized int openStories() {
        return open.size();
    }

    /** The story an article was put in. */
    public synchronized Optional<String> storyOf(String articleId) {
        Integer s = storyOfArticle.get(articleId);
        return s == null ? Optional.empty() : Optional.of(stories.get(s).id);
    }

    /**
     * The latest {@code limit} members of the story holding {@code articleId} so far, in arrival order
     * (the article itself included); empty if unknown. Bounded so that comparing each new article with
     * its companions stays linear in a story that grows to thousands of articles.
     */
    public synchronized List<String> companions(String articleId, int limit) {
        Integer s = storyOfArticle.get(articleId);
        if (s == null) {
            return List.of();
        }
        List<String> members = stories.get(s).members;
        return List.copyOf(members.subList(Math.max(0, members.size() - limit), members.size()));
    }

    /** Every story so far, in the order they started. */
    public synchronized List<Story> stories() {
        return stories.stream().map(OpenStory::toStory).toList();
    }

    public synchronized int articles() {
        return documents;
    }
}
