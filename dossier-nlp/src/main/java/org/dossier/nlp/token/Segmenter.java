package org.dossier.nlp.token;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
    // invertible: character offsets; untokenizable=noneKeep: odd characters become tokens, silently;
    // splitHyphenated=false: "pro-Israeli", "Gaza-based", "Jean-Pierre" stay one token, as in the news the
    // CRF was trained on (CoreNLP 4 splits them by default, and the CRF then reads "Jean" "-" "Pierre")
    private static final String OPTIONS = "invertible=true,untokenizable=noneKeep,splitHyphenated=false";
    /** The number of a ranked list's item at the start of a paragraph ("5." in "5. Ana Ruiz (Spain) 12.31"). */
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}");
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
            joinListNumber(labels);
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

    /**
     * "5. Ana Ruiz (Spain) 12.31": the tokenizer reads "5" and "." and the splitter ends a sentence
     * after them, so the name starts a sentence of its own and the CRF loses its context. A paragraph
     * opening with a number of one to three digits, a full stop right after it and more text is an item
     * of a ranked list: its number and full stop are one token, "5.", which ends no sentence.
     */
    private static void joinListNumber(List<CoreLabel> labels) {
        if (labels.size() < 3 || !LIST_NUMBER.matcher(labels.get(0).word()).matches() || !labels.get(1).word().equals(".")
                || labels.get(0).endPosition() != labels.get(1).beginPosition()
                || labels.get(1).endPosition() == labels.get(2).beginPosition()) {
            return;
        }
        CoreLabel number = new CoreLabel(labels.get(0));
        String word = labels.get(0).word() + ".";
        number.setWord(word);
        number.setValue(word);
        number.setOriginalText(word);
        number.setEndPosition(labels.get(1).endPosition());
        labels.set(0, number);
        labels.remove(1);
    }
}
