package org.dossier.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Timestamp;

/**
 * The one generator of synthetic news text: seeded articles built from real paragraphs, for the
 * reuse and story scale benchmark ({@link ReuseScaleBench}, a stream through {@link #next()}) and
 * for the store benchmark ({@link AnnotatedStories}, which groups them into stories through
 * {@link #next(int, List)}). Recombining whole paragraphs would make every paragraph recur in
 * {@code n × paragraphs / pool} articles (thirty times each at 100k articles), a reuse graph far
 * denser than any news stream; so each base article takes a real article as its theme and rewrites
 * each of its paragraphs by an order-1 word Markov walk over the whole pool that starts on the real
 * paragraph's first two words: real vocabulary, sentence shapes and topic drift, while accidental
 * shared 8-word runs stay as rare as stock phrases are in news. A share of articles are injected
 * reuse of an earlier article (in the stream, one of the latest {@value #SOURCE_WINDOW}; in a
 * story, an earlier member): verbatim copies (sometimes trimmed), near-copies (a word replaced or
 * dropped about every twelve words) and partial reuse (one earlier paragraph inside a new article),
 * published after their source. One in twenty is undated. Holds only the pool and its latest
 * articles, so a stream of a million costs no more heap than one of ten thousand. Not thread-safe.
 */
public final class SyntheticNews {
    /** Injected reuse takes its source among this many latest articles. */
    public static final int SOURCE_WINDOW = 2000;

    /** One injected relation: {@code copy} reuses {@code source}; kind is copy, near-copy or partial. */
    public record Injected(String source, String copy, String kind) {
    }

    /** The next article and, when it is injected reuse, what it reuses. */
    public record Next(Article article, Optional<Injected> injected) {
    }

    private final List<List<String>> themes;
    private final Map<Integer, int[]> successors = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final SplittableRandom random;
    private final double copyShare;
    private final double nearCopyShare;
    private final double partialShare;
    private final ArrayDeque<Article> latest = new ArrayDeque<>();
    private OffsetDateTime time = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private int count;

    /**
     * @param themes real articles as lists of paragraphs
     * @param seed   the random seed: one seed, one stream
     */
    public SyntheticNews(List<List<String>> themes, long seed, double copyShare, double nearCopyShare, double partialShare) {
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("no themes to generate news from");
        }
        this.themes = themes;
        this.random = new SplittableRandom(seed);
        this.copyShare = copyShare;
        this.nearCopyShare = nearCopyShare;
        this.partialShare = partialShare;
        Map<Integer, List<Integer>> next = new HashMap<>();
        for (List<String> article : themes) {
            for (String p : article) {
                String[] w = p.split("\\s+");
                for (int i = 0; i + 1 < w.length; i++) {
                    next.computeIfAbsent(id(w[i]), k -> new ArrayList<>(2)).add(id(w[i + 1]));
                }
            }
        }
        next.forEach((k, v) -> successors.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private int id(String word) {
        return ids.computeIfAbsent(word, w -> {
            vocabulary.add(w);
            return vocabulary.size() - 1;
        });
    }

    /** The next article of the stream, in publication order; injected reuse takes its source among the latest. */
    public Next next() {
        Next next = next(() -> random.nextInt(themes.size()), count > 10 ? latest.size() : 0, this::nthLatest);
        latest.addLast(next.article());
        if (latest.size() > SOURCE_WINDOW) {
            latest.removeFirst();
        }
        return next;
    }

    /**
     * The next article, rewritten from theme {@code theme}, for a caller that groups articles itself
     * (a story): injected reuse takes its source among {@code earlier} (oldest first), so that a
     * group's copies copy the group; with no earlier article there is none. Published after every
     * article before it; not one of the stream's latest.
     */
    public Next next(int theme, List<Article> earlier) {
        Objects.checkIndex(theme, themes.size());
        return next(() -> theme, earlier.size(), back -> earlier.get(earlier.size() - 1 - back));
    }

    /**
     * One article. The theme is drawn only when a base is rewritten, and the source only among
     * {@code sources} articles ({@code source.apply(0)} the newest), so that the stream's random
     * draws come in one fixed order.
     */
    private Next next(IntSupplier theme, int sources, IntFunction<Article> source) {
        int i = count++;
        time = time.plusSeconds(30 + random.nextInt(300));
        String name = "synthetic-" + i;
        double r = random.nextDouble();
        List<String> paragraphs;
        Optional<Injected> injected = Optional.empty();
        if (sources > 0 && r < copyShare + nearCopyShare + partialShare) {
            Article reused = source.apply(random.nextInt(sources));
            List<String> sp = reused.paragraphTexts();
            String kind;
            if (r < copyShare) {
                paragraphs = sp.subList(0, Math.max(1, sp.size() - random.nextInt(Math.max(1, sp.size() / 3))));
                kind = "copy";
            } else if (r < copyShare + nearCopyShare) {
                paragraphs = sp.stream().map(this::edit).toList();
                kind = "near-copy";
            } else {
                paragraphs = new ArrayList<>(base(theme.getAsInt()));
                paragraphs.add(Math.min(paragraphs.size(), 1 + random.nextInt(3)), sp.get(random.nextInt(sp.size())));
                kind = "partial";
            }
            injected = Optional.of(new Injected(reused.id(), Ids.of(name), kind));
        } else {
            paragraphs = base(theme.getAsInt());
        }
        Optional<Timestamp> published = random.nextInt(20) == 0 ? Optional.empty() : Optional.of(Timestamp.of(time));
        Article article = Article.of(Ids.of(name), name, ArticleMetadata.EMPTY.withPublished(published),
                paragraphs.stream().map(Paragraph::new).toList(), List.of());
        return new Next(article, injected);
    }

    /** The article {@code back} places before the newest ({@code 0}: the newest). */
    private Article nthLatest(int back) {
        var it = latest.descendingIterator();
        for (int k = 0; k < back; k++) {
            it.next();
        }
        return it.next();
    }

    private List<String> base(int index) {
        List<String> theme = themes.get(index);
        List<String> out = new ArrayList<>();
        for (String p : theme.subList(0, Math.min(theme.size(), 14))) {
            String walked = walk(p);
            if (!walked.isBlank()) {
                out.add(walked);
            }
        }
        return out.isEmpty() ? List.of("Empty theme paragraph replaced.") : out;
    }

    private String walk(String paragraph) {
        String[] w = paragraph.split("\\s+");
        if (w.length < 3) {
            return paragraph.strip();
        }
        StringBuilder sb = new StringBuilder(paragraph.length() + 16);
        int b = id(w[1]);
        sb.append(w[0]).append(' ').append(w[1]);
        for (int i = 2; i < w.length; i++) {
            int[] next = successors.get(b);
            if (next == null) {
                break;
            }
            b = next[random.nextInt(next.length)];
            sb.append(' ').append(vocabulary.get(b));
        }
        return sb.toString().strip();
    }

    private String edit(String paragraph) {
        String[] w = paragraph.split("\\s+");
        StringBuilder sb = new StringBuilder(paragraph.length());
        for (String word : w) {
            int roll = random.nextInt(24);
            if (roll == 0) {
                continue; // dropped
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(roll == 1 ? vocabulary.get(random.nextInt(vocabulary.size())) : word);
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? paragraph.strip() : s;
    }
}
