package org.dossier.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Ids;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;
import org.dossier.store.StoreBatch;

/**
 * What the store receives beside the text, laid over {@link SyntheticNews}'s articles for
 * {@link StoreBenchmark}: stories, each one real text (its theme) told by 1 to 8 synthetic
 * articles that rewrite it (a few copy an earlier member, as wire copy does) under its headline,
 * from its outlet or another; mentions of the names that recur in the real texts; curly-quoted
 * passages as quotes of the article's first person; and vectors near the theme's (a story's vector
 * is the theme's plus noise, an article's the story's plus noise, all unit length), clustered as
 * real news is rather than uniform. Seeded: the same arguments give the same batches, in order.
 * Not thread-safe.
 */
final class AnnotatedStories {
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{3,5}\\b");
    private static final Pattern QUOTE = Pattern.compile("\u201c([^\u201d]{30,300})\u201d");
    private static final int NAMES = 300;
    private static final int MOST_MEMBERS = 8;
    // the reuse benchmark's shares: copies, near-copies and partial reuse of an earlier member
    private static final double COPY = 0.08;
    private static final double NEAR_COPY = 0.08;
    private static final double PARTIAL = 0.04;

    private final List<HeadlinedText> themes;
    private final List<float[]> themeVectors;
    private final int dimension;
    private final SyntheticNews news;
    private final Random random;
    private final Map<String, EntityType> names = new LinkedHashMap<>();
    private final Pattern namePattern;
    private int batches;

    /**
     * @param themes       the real texts the stories tell
     * @param themeVectors one unit vector per theme, in the same order
     * @param seed         the seed of the text and of everything laid over it
     */
    AnnotatedStories(List<HeadlinedText> themes, List<float[]> themeVectors, long seed) {
        if (themes.isEmpty() || themes.size() != themeVectors.size()) {
            throw new IllegalArgumentException("need one vector per theme, got " + themes.size() + " themes and "
                    + themeVectors.size() + " vectors");
        }
        this.themes = List.copyOf(themes);
        this.themeVectors = List.copyOf(themeVectors);
        this.dimension = themeVectors.getFirst().length;
        this.news = new SyntheticNews(themes.stream().map(HeadlinedText::paragraphs).toList(), seed, COPY, NEAR_COPY, PARTIAL);
        this.random = new Random(seed);
        recurringNames();
        namePattern = Pattern.compile("\\b(" + String.join("|", names.keySet().stream().map(Pattern::quote).toList()) + ")\\b");
    }

    /** Names seen in many real texts: two capitalised words (people), acronyms (organisations). */
    private void recurringNames() {
        Map<String, Integer> count = new HashMap<>();
        for (HeadlinedText t : themes) {
            for (String p : t.paragraphs()) {
                NAME.matcher(p).results().forEach(r -> count.merge(r.group(), 1, Integer::sum));
                ACRONYM.matcher(p).results().forEach(r -> count.merge(r.group(), 1, Integer::sum));
            }
        }
        count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(NAMES)
                .forEach(e -> names.put(e.getKey(), e.getKey().contains(" ") ? EntityType.PERSON : EntityType.ORGANIZATION));
    }

    /** The next batch of {@code size} articles: whole stories, the last one cut to fit. */
    StoreBatch next(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a batch needs at least one article, got " + size);
        }
        int b = batches++;
        List<AnalysedArticle> articles = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        List<Story> stories = new ArrayList<>();
        Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
        Map<String, List<Quote>> quotes = new HashMap<>();
        for (int s = 0; articles.size() < size; s++) {
            int t = random.nextInt(themes.size());
            HeadlinedText theme = themes.get(t);
            float[] storyVector = jitter(themeVectors.get(t), 0.25);
            int members = Math.min(size - articles.size(), 1 + random.nextInt(MOST_MEMBERS));
            List<Article> written = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                Article text = news.next(t, written).article();
                written.add(text);
                AnalysedArticle a = annotate(text, theme);
                String id = a.article().id();
                articles.add(a);
                vectors.put(id, jitter(storyVector, 0.15));
                for (Mention men : a.mentions()) {
                    mentions.computeIfAbsent(men.text(), k -> new ArrayList<>()).add(EntityMention.inBody(id, men.span(), men.text()));
                }
                if (!a.quotes().isEmpty()) {
                    quotes.put(id, a.quotes().stream().map(q -> q.withSpeaker(q.speaker().orElseThrow()
                            .withEntity(entityId(q.speaker().get().name())))).toList());
                }
            }
            List<Timestamp> days = written.stream().flatMap(a -> a.metadata().published().stream()).toList();
            stories.add(new Story(Ids.of("bench-story", Integer.toString(b), Integer.toString(s)), theme.title(),
                    written.stream().map(Article::id).toList(),
                    days.isEmpty() ? Optional.empty() : Optional.of(days.getFirst()),
                    days.isEmpty() ? Optional.empty() : Optional.of(days.getLast())));
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((name, ms) -> entities.add(new Entity(entityId(name), names.get(name), name, List.of(name), List.of(), ms)));
        DossierResult result = new DossierResult(articles, entities, quotes, List.of(), stories, List.of(), List.of(), List.of());
        return new StoreBatch(result, vectors, "bench batch " + b);
    }

    private String entityId(String name) {
        return Ids.of(names.get(name).name(), name);
    }

    /** The synthetic text under its theme's headline, from an outlet, with its mentions and quotes. */
    private AnalysedArticle annotate(Article text, HeadlinedText theme) {
        String outlet = random.nextInt(3) == 0 ? theme.outlet() : themes.get(random.nextInt(themes.size())).outlet();
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.of(outlet), Optional.of(theme.title()),
                Optional.empty(), Optional.empty(), List.of(), text.metadata().published(), Optional.of("en"));
        Article a = text.withMetadata(meta);
        String body = a.body();
        List<Mention> mentions = new ArrayList<>();
        Matcher m = namePattern.matcher(body);
        while (m.find()) {
            mentions.add(Mention.of(body, new Span(m.start(), m.end()), names.get(m.group())));
        }
        List<Quote> quotes = new ArrayList<>();
        Optional<Mention> person = mentions.stream().filter(x -> x.type() == EntityType.PERSON).findFirst();
        if (person.isPresent()) {
            Matcher q = QUOTE.matcher(body);
            while (q.find()) {
                quotes.add(new Quote(QuoteKind.DIRECT, new Span(q.start(1), q.end(1)), Optional.empty(),
                        Optional.of(Speaker.named(person.get().span(), person.get().text()))));
            }
        }
        return new AnalysedArticle(a, List.of(), List.of(), mentions, List.of(), quotes);
    }

    /** {@code v} plus Gaussian noise of {@code sigma} per unit of its length, at unit length. */
    private float[] jitter(float[] v, double sigma) {
        float[] out = new float[dimension];
        double scale = sigma / Math.sqrt(dimension);
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            out[i] = (float) (v[i] + random.nextGaussian() * scale);
            norm += out[i] * out[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimension; i++) {
            out[i] *= inv;
        }
        return out;
    }

    /** Query words: two or three words of a random headline. */
    String queryText(Random r) {
        String[] words = themes.get(r.nextInt(themes.size())).title().replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+");
        List<String> long4 = Arrays.stream(words).filter(w -> w.length() > 3).toList();
        if (long4.isEmpty()) {
            return words[0];
        }
        int k = Math.min(long4.size(), 2 + r.nextInt(2));
        int from = r.nextInt(long4.size() - k + 1);
        return String.join(" ", long4.subList(from, from + k));
    }

    int dimension() {
        return dimension;
    }
}
