package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import java.util.stream.Stream;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Ids;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;
import org.dossier.store.StoreBatch;

/**
 * Realistic store input at any scale, for {@link StoreBenchmark}: articles recombined from the real
 * paragraphs of a directory of news texts (each text's first line its headline, its file name
 * {@code outlet_YYYY-MM-DD_slug.txt}), grouped into stories that share a base article's headline,
 * lead and outlet mix, with mentions of the names that recur in the texts, curly-quoted quotes and
 * vectors near their base article's. Seeded: the same arguments give the same articles.
 */
final class SyntheticStoreBatches {
    private static final Pattern FILE = Pattern.compile("([a-z-]+)_(\\d{4}-\\d{2}-\\d{2})_.*\\.txt");
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{3,5}\\b");
    private static final Pattern QUOTE = Pattern.compile("\u201c([^\u201d]{30,300})\u201d");
    private static final int NAMES = 300;

    /** A real text: headline, paragraphs, outlet and day. */
    record Base(String title, List<String> paragraphs, String outlet, LocalDate day) {
    }

    private final List<Base> bases;
    private final List<String> pool = new ArrayList<>();
    private final Map<String, EntityType> names = new LinkedHashMap<>();
    private final Pattern namePattern;
    private final List<float[]> baseVectors;
    private final int dimension;
    private final long seed;

    SyntheticStoreBatches(List<Base> bases, List<float[]> baseVectors, long seed) {
        this.bases = List.copyOf(bases);
        this.baseVectors = baseVectors;
        this.dimension = baseVectors.getFirst().length;
        this.seed = seed;
        bases.forEach(b -> pool.addAll(b.paragraphs()));
        recurringNames();
        namePattern = Pattern.compile("\\b(" + String.join("|", names.keySet().stream().map(Pattern::quote).toList()) + ")\\b");
    }

    /** The texts of a directory tree, in file-name order. */
    static List<Base> read(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Base> out = new ArrayList<>();
            for (Path f : files.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList()) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                m.matches();
                List<String> paras = Arrays.stream(Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n"))
                        .map(p -> p.replaceAll("\\s+", " ").strip()).filter(p -> p.length() > 1).toList();
                if (paras.size() >= 3) {
                    out.add(new Base(paras.getFirst(), paras.subList(1, paras.size()), m.group(1), LocalDate.parse(m.group(2))));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the texts under " + dir, e);
        }
    }

    /** Names seen in many texts: two capitalised words (people), acronyms (organisations). */
    private void recurringNames() {
        Map<String, Integer> count = new HashMap<>();
        for (String p : pool) {
            NAME.matcher(p).results().forEach(r -> count.merge(r.group(), 1, Integer::sum));
            ACRONYM.matcher(p).results().forEach(r -> count.merge(r.group(), 1, Integer::sum));
        }
        count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(NAMES)
                .forEach(e -> names.put(e.getKey(), e.getKey().contains(" ") ? EntityType.PERSON : EntityType.ORGANIZATION));
    }

    /** Batch {@code b} of {@code size} articles: whole stories of 1 to 8 articles each. */
    StoreBatch batch(int b, int size) {
        Random r = new Random(seed * 1_000_003 + b);
        List<AnalysedArticle> articles = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        List<Story> stories = new ArrayList<>();
        Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
        Map<String, List<Quote>> quotes = new HashMap<>();
        int n = 0;
        for (int s = 0; n < size; s++) {
            int baseIndex = r.nextInt(bases.size());
            Base base = bases.get(baseIndex);
            float[] storyVector = jitter(baseVectors.get(baseIndex), r, 0.25);
            int members = Math.min(size - n, 1 + r.nextInt(8));
            LocalDate day = base.day().plusDays(r.nextInt(365));
            List<String> ids = new ArrayList<>();
            for (int m = 0; m < members; m++, n++) {
                AnalysedArticle a = article(b, n, base, day.plusDays(r.nextInt(3)), r);
                String id = a.article().id();
                ids.add(id);
                articles.add(a);
                vectors.put(id, jitter(storyVector, r, 0.15));
                for (Mention men : a.mentions()) {
                    mentions.computeIfAbsent(men.text(), k -> new ArrayList<>()).add(EntityMention.inBody(id, men.span(), men.text()));
                }
                if (!a.quotes().isEmpty()) {
                    quotes.put(id, a.quotes().stream().map(q -> q.withSpeaker(q.speaker().orElseThrow()
                            .withEntity(entityId(q.speaker().get().name())))).toList());
                }
            }
            Timestamp first = Timestamp.of(day);
            stories.add(new Story(Ids.of("bench-story", Integer.toString(b), Integer.toString(s)), base.title(), ids,
                    Optional.of(first), Optional.of(Timestamp.of(day.plusDays(2)))));
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((name, ms) -> entities.add(new Entity(entityId(name), names.get(name), name, List.of(name), List.of(), ms)));
        DossierResult result = new DossierResult(articles, entities, quotes, List.of(), stories, List.of(), List.of(), List.of());
        return new StoreBatch(result, vectors, "bench batch " + b);
    }

    private String entityId(String name) {
        return Ids.of(names.get(name).name(), name);
    }

    private AnalysedArticle article(int b, int n, Base base, LocalDate day, Random r) {
        List<Paragraph> paras = new ArrayList<>();
        base.paragraphs().stream().limit(2).forEach(p -> paras.add(new Paragraph(p)));
        int extra = 2 + r.nextInt(5);
        for (int i = 0; i < extra; i++) {
            paras.add(new Paragraph(pool.get(r.nextInt(pool.size()))));
        }
        String outlet = r.nextInt(3) == 0 ? base.outlet() : bases.get(r.nextInt(bases.size())).outlet();
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.of(outlet), Optional.of(base.title()),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(Timestamp.of(day)), Optional.of("en"));
        Article a = Article.of(Ids.of("bench", Long.toString(seed), Integer.toString(b), Integer.toString(n)),
                "bench/" + b + "/" + n, meta, paras, List.of());
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
    private float[] jitter(float[] v, Random r, double sigma) {
        float[] out = new float[dimension];
        double scale = sigma / Math.sqrt(dimension);
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            out[i] = (float) (v[i] + r.nextGaussian() * scale);
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
        String[] words = bases.get(r.nextInt(bases.size())).title().replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s+");
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
