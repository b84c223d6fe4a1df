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
 * Tokens come out {@linkplain Token#untagged untagged}; {@link PosTagger} tags them. Stateless and
 * thread-safe.
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
        return segment(article.body(), article.paragraphSpans());
    }

    /** The tokens and sentences of {@code text}, whose paragraphs are {@code paragraphs} (in order). */
    public Segmentation segment(String text, List<Span> paragraphs) {
        List<Token> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        boolean truncated = false;
        WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>();
        for (Span paragraph : paragraphs) {
            if (tokens.size() >= maxTokens) {
                truncated = true;
                break;
            }
            String part = paragraph.of(text);
            // a space after the paragraph, as CoreNLP's own tokenize annotator adds after a text: some rules
            // of the lexer look one character ahead and misread a token at the very end of their input
            PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(part + " "),
                    new CoreLabelTokenFactory(), OPTIONS);
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
                        int start = label.beginPosition();
                        int end = Math.min(label.endPosition(), part.length());
                        if (end > start) {
                            Span span = new Span(paragraph.start() + start, paragraph.start() + end);
                            tokens.add(Token.untagged(span, part.substring(start, end)));
                            words.add(label.word());
                        }
                    }
                    if (tokens.size() > first) {
                        Span span = new Span(tokens.get(first).start(), tokens.getLast().end());
                        sentences.add(new Sentence(span, first, tokens.size()));
                    }
                }
            }
        }
        return new Segmentation(tokens, sentences, words, truncated);
    }
}
