package org.dossier.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Timestamp;

/**
 * Seeded synthetic news built from real paragraphs. Recombining whole paragraphs would make every
 * paragraph recur in {@code n × paragraphs / pool} articles (thirty times each at 100k articles),
 * a reuse graph far denser than any news stream; so each base article takes a real article as its
 * theme and rewrites each of its paragraphs by a word Markov walk over the whole pool that
 * starts on the real paragraph's first two words. The text keeps real vocabulary, sentence shapes
 * and topic drift, while accidental shared 8-word runs stay as rare as stock phrases are in news.
 * The walk is order 1 (each word drawn from the words that follow the previous one in the pool):
 * order 2 copied long deterministic stretches of its sources, so that the 8 to 9 articles sharing a
 * theme at 10k articles shared passages.
 * Then a share of articles are injected reuse of an earlier one: verbatim copies (sometimes
 * trimmed), near-copies (a word replaced or dropped about every twelve words) and partial reuse
 * (one earlier paragraph inside a new article); they are published after their source.
 */
final class SyntheticNews {
    /** One injected relation: {@code copy} reuses {@code source}. */
    record Injected(String source, String copy, String kind) {
    }

    private final List<List<String>> themes;
    private final Map<Long, int[]> successors = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final SplittableRandom random;
    final List<Injected> injected = new ArrayList<>();

    /** @param themes real articles as lists of paragraphs */
    SyntheticNews(List<List<String>> themes, long seed) {
        this.themes = themes;
        this.random = new SplittableRandom(seed);
        Map<Long, List<Integer>> next = new HashMap<>();
        for (List<String> article : themes) {
            for (String p : article) {
                String[] w = p.split("\\s+");
                for (int i = 0; i + 1 < w.length; i++) {
                    next.computeIfAbsent((long) id(w[i]), k -> new ArrayList<>(2)).add(id(w[i + 1]));
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

    /** {@code n} articles in publication order, a share of them injected reuse of earlier ones. */
    List<Article> generate(int n, double copyShare, double nearCopyShare, double partialShare) {
        List<Article> out = new ArrayList<>(n);
        OffsetDateTime t = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(30 + random.nextInt(300));
            String name = "synthetic-" + i;
            double r = random.nextDouble();
            List<String> paragraphs;
            if (i > 10 && r < copyShare + nearCopyShare + partialShare) {
                Article source = out.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 2000))));
                List<String> sp = source.paragraphTexts();
                if (r < copyShare) {
                    paragraphs = sp.subList(0, Math.max(1, sp.size() - random.nextInt(Math.max(1, sp.size() / 3))));
                    injected.add(new Injected(source.id(), Ids.of(name), "copy"));
                } else if (r < copyShare + nearCopyShare) {
                    paragraphs = sp.stream().map(this::edit).toList();
                    injected.add(new Injected(source.id(), Ids.of(name), "near-copy"));
                } else {
                    paragraphs = new ArrayList<>(base());
                    paragraphs.add(Math.min(paragraphs.size(), 1 + random.nextInt(3)), sp.get(random.nextInt(sp.size())));
                    injected.add(new Injected(source.id(), Ids.of(name), "partial"));
                }
            } else {
                paragraphs = base();
            }
            Optional<Timestamp> published = random.nextInt(20) == 0 ? Optional.empty() : Optional.of(Timestamp.of(t));
            out.add(Article.of(Ids.of(name), name, ArticleMetadata.EMPTY.withPublished(published),
                    paragraphs.stream().map(Paragraph::new).toList(), List.of()));
        }
        return out;
    }

    private List<String> base() {
        List<String> theme = themes.get(random.nextInt(themes.size()));
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
            int[] next = successors.get((long) b);
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
