package org.dossier.nlp.token;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Sentence;
import org.dossier.model.Token;

/**
 * The part-of-speech step: CoreNLP's English left3words tagger gives each token of a segmentation its
 * Penn Treebank tag, sentence by sentence, and CoreNLP's Morphology its lemma from word and tag. The
 * model loads once (about a second, ~30 MB of heap). One instance serves every thread: tagging a
 * sentence builds its own search state and only reads the model (CoreNLP's own pos annotator shares
 * one tagger among its threads), and the Morphology lexer, which is stateful, is made per call.
 */
public final class PosTagger {
    public static final String MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private final MaxentTagger tagger;

    public PosTagger() {
        this(MODEL);
    }

    public PosTagger(String model) {
        // CoreNLP logs every model load at info level on stderr, which the CLI keeps for progress and problems
        RedwoodConfiguration.errorLevel().apply();
        this.tagger = new MaxentTagger(model);
    }

    /** {@code segmentation} with every token tagged and lemmatised. */
    public Segmentation tag(Segmentation segmentation) {
        List<Token> tokens = segmentation.tokens();
        List<String> words = segmentation.words();
        List<Token> tagged = new ArrayList<>(tokens.size());
        Morphology morphology = new Morphology();
        for (Sentence sentence : segmentation.sentences()) {
            List<TaggedWord> output = tagger.tagSentence(segmentation.labels(sentence));
            for (int i = 0; i < output.size(); i++) {
                Token token = tokens.get(sentence.firstToken() + i);
                String tag = output.get(i).tag();
                String lemma = morphology.lemma(words.get(sentence.firstToken() + i), tag);
                // the word itself where it is its own lemma ("the", "said" is not): one string fewer per token
                tagged.add(token.tagged(tag, lemma.isEmpty() || lemma.equals(token.word()) ? token.word() : lemma));
            }
        }
        return segmentation.withTokens(tagged);
    }
}
