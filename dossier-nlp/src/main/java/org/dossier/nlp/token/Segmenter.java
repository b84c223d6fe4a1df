package org.dossier.nlp.token;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * CoreNLP's PTB tokenizer and rule-based sentence splitter, run paragraph by paragraph so no
 * sentence crosses a paragraph. A sentence longer than {@code maxSentenceTokens} (a list, a table,
 * text without full stops) is cut into pieces of that length, so that later stages see bounded
 * input; after {@code maxTokens} tokens the rest of the body is left out and the result says so.
 * Stateless and thread-safe.
 */
public final class Segmenter {
    // invertible: character offsets; untokenizable=noneKeep: odd characters become tokens, silently
    private static final String OPTIONS = "invertible=true,untokenizable=noneKeep";
    private final int maxSentenceTokens;
    private final int maxTokens;

    public Segmenter(int maxSentenceTokens, int maxTokens) {
        if (maxSentenceTokens < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("limits must be positive, got maxSentenceTokens=" + maxSentenceTokens
                    + ", maxTokens=" + maxTokens);
        }
        this.maxSentenceTokens = maxSentenceTokens;
        this.maxTokens = maxTokens;
    }

    public Segmentation segment(Article article) {
        List<Token> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        boolean truncated = false;
        WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();
        for (Span paragraph : article.paragraphSpans()) {
            if (tokens.size() >= maxTokens) {
                truncated = true;
                break;
            }
            String text = paragraph.of(article.body());
            PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), OPTIONS);
            List<CoreLabel> labels = new ArrayList<>();
            while (tokenizer.hasNext() && tokens.size() + labels.size() < maxTokens) {
                labels.add(tokenizer.next());
            }
            if (tokenizer.hasNext()) {
                truncated = true;
            }
            for (List<CoreLabel> sentence : splitter.process(labels)) {
                for (int from = 0; from < sentence.size(); from += maxSentenceTokens) {
                    List<CoreLabel> piece = sentence.subList(from, Math.min(sentence.size(), from + maxSentenceTokens));
                    int first = tokens.size();
                    for (CoreLabel label : piece) {
                        int start = paragraph.start() + label.beginPosition();
                        int end = paragraph.start() + label.endPosition();
                        if (end > start) {
                            tokens.add(new Token(new Span(start, end)));
                            words.add(label.word());
                        }
                    }
                    if (tokens.size() > first) {
                        Span span = new Span(tokens.get(first).span().start(), tokens.getLast().span().end());
                        sentences.add(new Sentence(span, first, tokens.size()));
                    }
                }
            }
        }
        return new Segmentation(tokens, sentences, words, truncated);
    }
}
