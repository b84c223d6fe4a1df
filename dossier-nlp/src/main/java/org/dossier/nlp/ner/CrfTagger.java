package org.dossier.nlp.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dossier.model.Sentence;
import org.dossier.nlp.token.Segmentation;

/**
 * Labels every token with CoreNLP's CoNLL 4-class CRF ({@code PERSON}, {@code LOCATION},
 * {@code ORGANIZATION}, {@code MISC} or {@code O}), sentence by sentence. The model is read once
 * from the classpath (about 1–2 s, ~150 MB heap). One instance serves all threads: classifying
 * builds its lattice per call and only reads the model's weights and lexicon.
 */
public final class CrfTagger {
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    public static final String OTHER = "O";
    private final CRFClassifier<CoreLabel> crf;

    public CrfTagger() {
        this(MODEL);
    }

    public CrfTagger(String model) {
        // CoreNLP logs every model load at info level on stderr, which the CLI keeps for progress and
        // problems; its errors still show
        RedwoodConfiguration.errorLevel().apply();
        try {
            this.crf = CRFClassifier.getClassifier(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model " + model + ": " + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the NER model " + model + " needs classes this CoreNLP lacks", e);
        }
    }

    /** One label per token of {@code segmentation}. */
    public String[] label(Segmentation segmentation) {
        String[] labels = new String[segmentation.tokens().size()];
        for (Sentence sentence : segmentation.sentences()) {
            List<CoreLabel> input = segmentation.labels(sentence);
            // classifySentence, not classify: it computes the word shapes and the americanised word
            // forms the model's features were trained on
            List<CoreLabel> output = crf.classifySentence(input);
            for (int i = 0; i < output.size(); i++) {
                String answer = output.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                labels[sentence.firstToken() + i] = answer == null ? OTHER : answer;
            }
        }
        return labels;
    }
}
