package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Problem;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.dossier.nlp.ner.CrfTagger;
import org.dossier.nlp.token.Segmentation;

/**
 * Scores names on a {@link ConllCorpus} two ways, with one scorer ({@link NerScore}):
 * <ul>
 *   <li><b>as on news</b>: each document becomes one article whose paragraphs are its sentences (the
 *       tokens joined by single spaces) and goes through an analysis function (the NLP stage: its own
 *       tokenizer and sentence splitter, language check, CRF and rules); each mention is widened to
 *       the benchmark tokens it touches, and a mention touching a token an earlier mention took is
 *       dropped;</li>
 *   <li><b>the CRF alone on gold tokens</b>: the benchmark's own tokens and sentences handed to the
 *       CRF, adjacent tokens with one label making one entity.</li>
 * </ul>
 * Dossier's types map to CoNLL's as PERSON → PER, ORGANIZATION → ORG, PLACE → LOC, MISC → MISC.
 * Tokens/s is benchmark tokens over the wall time of the analysis, on one thread.
 */
public final class NerBenchmark {

    private NerBenchmark() {
    }

    /**
     * What a run gave.
     *
     * @param score       the pooled scores
     * @param tokens      benchmark tokens read
     * @param seconds     wall time of the analysis alone (building articles and scoring not counted)
     * @param problems    how many documents got each problem code from the analysis
     * @param predictions per document, in order, the predicted chunks
     */
    public record Result(NerScore score, int tokens, double seconds, Map<String, Integer> problems,
                         List<List<NerChunk>> predictions) {
        public Result {
            problems = Map.copyOf(problems);
            predictions = List.copyOf(predictions);
        }

        public double tokensPerSecond() {
            return seconds == 0 ? 0 : tokens / seconds;
        }
    }

    /** One document as an article (sentences as paragraphs) with each benchmark token's span in the body. */
    public record NewsDoc(Article article, List<List<Span>> tokenSpans) {
        public NewsDoc {
            tokenSpans = tokenSpans.stream().map(List::copyOf).toList();
        }
    }

    /** {@code doc} as the NLP stage would get it from a text page: one paragraph per sentence. */
    public static NewsDoc article(ConllCorpus.Doc doc) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<List<Span>> spans = new ArrayList<>();
        int at = 0;
        for (ConllCorpus.Sentence s : doc.sentences()) {
            StringBuilder text = new StringBuilder();
            List<Span> mine = new ArrayList<>();
            for (String w : s.words()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                mine.add(new Span(at + text.length(), at + text.length() + w.length()));
                text.append(w);
            }
            paragraphs.add(new Paragraph(text.toString()));
            spans.add(mine);
            at += text.length() + Article.PARAGRAPH_SEPARATOR.length();
        }
        Article article = Article.of(String.format("%016x", doc.index()), "conll-" + doc.index(), ArticleMetadata.EMPTY,
                paragraphs, List.of());
        return new NewsDoc(article, spans);
    }

    /** Runs {@code analysis} on each document as an article and scores its mentions. */
    public static Result asNews(List<ConllCorpus.Doc> docs, Function<Article, AnalysedArticle> analysis) {
        List<NewsDoc> news = docs.stream().map(NerBenchmark::article).toList();
        List<AnalysedArticle> analysed = new ArrayList<>(news.size());
        long t0 = System.nanoTime();
        for (NewsDoc d : news) {
            analysed.add(analysis.apply(d.article()));
        }
        return score(docs, news, analysed, (System.nanoTime() - t0) / 1e9);
    }

    /** The analyses of {@code docs} (made from them by {@link #article}) scored, with the seconds they took. */
    public static Result score(List<ConllCorpus.Doc> docs, List<NewsDoc> news, List<AnalysedArticle> analysed, double seconds) {
        NerScore score = NerScore.zero();
        Map<String, Integer> problems = new TreeMap<>();
        List<List<NerChunk>> predictions = new ArrayList<>();
        int tokens = 0;
        for (int i = 0; i < docs.size(); i++) {
            List<NerChunk> predicted = chunks(news.get(i), analysed.get(i).mentions());
            predictions.add(predicted);
            score = score.plus(NerScore.of(docs.get(i).chunks(), predicted));
            tokens += docs.get(i).tokens();
            for (Problem p : analysed.get(i).article().problems()) {
                problems.merge(p.code(), 1, Integer::sum);
            }
            String language = analysed.get(i).article().metadata().language().orElse("unknown");
            if (!language.equals("en")) {
                // every CoNLL document is English: one read as another language got no names at all
                problems.merge("read as " + language, 1, Integer::sum);
            }
        }
        return new Result(score, tokens, seconds, problems, predictions);
    }

    /** The score of the documents of {@code result} that {@code keep} selects (by their position in the run). */
    public static NerScore subset(List<ConllCorpus.Doc> docs, Result result, java.util.function.IntPredicate keep) {
        NerScore score = NerScore.zero();
        for (int i = 0; i < docs.size(); i++) {
            if (keep.test(i)) {
                score = score.plus(NerScore.of(docs.get(i).chunks(), result.predictions().get(i)));
            }
        }
        return score;
    }

    /** The chunks of {@code mentions}: each widened to the benchmark tokens it touches, overlaps dropped. */
    public static List<NerChunk> chunks(NewsDoc doc, List<Mention> mentions) {
        List<NerChunk> out = new ArrayList<>();
        int lastSentence = -1;
        int lastEnd = -1;
        for (Mention m : mentions.stream().sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList()) {
            for (int s = 0; s < doc.tokenSpans().size(); s++) {
                List<Span> spans = doc.tokenSpans().get(s);
                if (spans.getLast().end() <= m.span().start() || spans.getFirst().start() >= m.span().end()) {
                    continue;
                }
                int first = -1;
                int end = -1;
                for (int t = 0; t < spans.size(); t++) {
                    if (spans.get(t).overlaps(m.span())) {
                        if (first < 0) {
                            first = t;
                        }
                        end = t + 1;
                    }
                }
                if (first < 0 || s == lastSentence && first < lastEnd) {
                    continue;
                }
                out.add(new NerChunk(s, first, end, conllType(m.type())));
                lastSentence = s;
                lastEnd = end;
            }
        }
        return out;
    }

    static String conllType(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case PLACE -> "LOC";
            case MISC -> "MISC";
        };
    }

    /** The CRF alone on the benchmark's own tokens and sentences. */
    public static Result crfOnGoldTokens(List<ConllCorpus.Doc> docs, CrfTagger crf) {
        List<Segmentation> segs = docs.stream().map(NerBenchmark::goldSegmentation).toList();
        List<String[]> labels = new ArrayList<>(segs.size());
        long t0 = System.nanoTime();
        for (Segmentation seg : segs) {
            labels.add(crf.label(seg));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        NerScore score = NerScore.zero();
        List<List<NerChunk>> predictions = new ArrayList<>();
        int tokens = 0;
        for (int i = 0; i < docs.size(); i++) {
            List<NerChunk> predicted = new ArrayList<>();
            Segmentation seg = segs.get(i);
            for (int s = 0; s < seg.sentences().size(); s++) {
                Sentence sentence = seg.sentences().get(s);
                List<String> tags = new ArrayList<>();
                for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                    tags.add(iob(labels.get(i)[t]));
                }
                predicted.addAll(NerChunk.of(s, tags));
            }
            predictions.add(predicted);
            score = score.plus(NerScore.of(docs.get(i).chunks(), predicted));
            tokens += docs.get(i).tokens();
        }
        return new Result(score, tokens, seconds, Map.of(), predictions);
    }

    private static String iob(String crfLabel) {
        return switch (crfLabel) {
            case "PERSON" -> "I-PER";
            case "ORGANIZATION" -> "I-ORG";
            case "LOCATION" -> "I-LOC";
            case "MISC" -> "I-MISC";
            default -> "O";
        };
    }

    /** The benchmark's tokens and sentences as a segmentation, the words as given. */
    static Segmentation goldSegmentation(ConllCorpus.Doc doc) {
        NewsDoc news = article(doc);
        String body = news.article().body();
        List<Token> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (List<Span> spans : news.tokenSpans()) {
            int first = tokens.size();
            for (Span span : spans) {
                tokens.add(Token.untagged(span, span.of(body)));
                words.add(span.of(body));
            }
            sentences.add(new Sentence(new Span(spans.getFirst().start(), spans.getLast().end()), first, tokens.size()));
        }
        return new Segmentation(tokens, sentences, words, false);
    }
}
