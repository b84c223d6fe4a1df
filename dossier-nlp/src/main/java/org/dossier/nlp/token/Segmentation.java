package org.dossier.nlp.token;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Sentence;
import org.dossier.model.Token;

/**
 * Tokens and sentences of one body, plus each token's normalised word form (what the tokenizer
 * hands a tagger: quotes and brackets in PTB form) for the models that were trained on it.
 *
 * @param tokens    the tokens in order
 * @param sentences the sentences in order
 * @param words     one normalised word per token
 * @param truncated whether the body was longer than the limit and its tail was left out
 */
public record Segmentation(List<Token> tokens, List<Sentence> sentences, List<String> words, boolean truncated) {

    public Segmentation {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        words = List.copyOf(words);
        if (words.size() != tokens.size()) {
            throw new IllegalArgumentException("need one word per token, got " + words.size() + " words for "
                    + tokens.size() + " tokens");
        }
        Objects.requireNonNull(sentences, "sentences");
    }

    /** The segmentation an analysis carries, its tokens' words as the words (for stages that read offsets only). */
    public static Segmentation of(org.dossier.model.AnalysedArticle analysed) {
        return new Segmentation(analysed.tokens(), analysed.sentences(),
                analysed.tokens().stream().map(Token::word).toList(), false);
    }

    /** The normalised words of {@code sentence} as CoreNLP labels: what CoreNLP's taggers take. */
    public List<CoreLabel> labels(Sentence sentence) {
        List<CoreLabel> out = new ArrayList<>(sentence.tokenCount());
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            CoreLabel label = new CoreLabel();
            label.setWord(words.get(t));
            label.setValue(words.get(t));
            out.add(label);
        }
        return out;
    }

    /** The same segmentation with other tokens in the same places: the tagged ones, say. */
    public Segmentation withTokens(List<Token> replaced) {
        if (replaced.size() != tokens.size()) {
            throw new IllegalArgumentException("need " + tokens.size() + " tokens, got " + replaced.size());
        }
        return new Segmentation(replaced, sentences, words, truncated);
    }

    /** Index of the sentence holding token {@code t}, by binary search. */
    public int sentenceOf(int t) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (t < s.firstToken()) {
                hi = mid - 1;
            } else if (t >= s.endToken()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
