package org.dossier.nlp.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Lingua's n-gram detector over all its spoken languages, in low-accuracy mode (trigrams only),
 * which is accurate on article-length text and needs a fraction of the memory. It votes on the body's
 * running text, not its names: the words that do not start with a capital letter ({@link ProseSample}),
 * so that a page of results, tables and datelines ("NEC Nijmegen 1 PSV Eindhoven 4") is judged by the
 * few sentences around its names. A body with almost no running text is judged on its opening
 * characters as written. Trigrams cannot tell languages apart on a dozen words ("summary of an english
 * premier league match" reads as Italian, English a close second): where English is nearly as likely
 * as the winner, the text is taken as English, the language Dossier's models read, and the decision
 * says which language it overruled. Only a sample is read, so a 200,000-word article costs the same as
 * a short one. Thread-safe: the models are loaded at construction and only read afterwards.
 */
public final class LinguaIdentifier implements LanguageIdentifier {
    /**
     * Characters of a sample: a paragraph, about 130 words, enough for a clear vote among trigram models
     * (detection time grows with the sample; 2,000 took a third of the CRF's time).
     */
    static final int SAMPLE_CHARS = 800;
    /**
     * English's confidence relative to the winner's at or above which a text is taken as English, and the
     * same on running text of fewer than {@link #SHORT_PROSE_WORDS} words, where trigrams are least sure.
     * Chosen with {@code scripts/language-margin/run.sh} (docs/NER.md): CoNLL-2003's training documents (all
     * English, many of them results tables) against the Zyte benchmark's non-English article bodies cut to
     * 5–50 running words; 0.90 under 12 words reads every CoNLL document as English on each of five folds and
     * takes no more non-English pages for English than 0.97 does.
     */
    static final double ENGLISH_MARGIN = 0.97;
    static final double SHORT_ENGLISH_MARGIN = 0.90;
    static final int SHORT_PROSE_WORDS = 12;
    private final LanguageDetector detector;

    public LinguaIdentifier() {
        this.detector = LanguageDetectorBuilder.fromAllSpokenLanguages()
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    @Override
    public Optional<String> identify(String text) {
        return decide(text).language();
    }

    @Override
    public LanguageDecision decide(String text) {
        ProseSample prose = ProseSample.of(text, SAMPLE_CHARS);
        LanguageDecision.Basis basis = prose.words() < SHORT_PROSE_WORDS ? LanguageDecision.Basis.SHORT_PROSE
                : LanguageDecision.Basis.PROSE;
        String sample = prose.text();
        if (!prose.enough()) {
            sample = sample(text);
            basis = LanguageDecision.Basis.OPENING;
            if (sample.codePoints().noneMatch(Character::isLetter)) {
                return new LanguageDecision(Optional.empty(), LanguageDecision.Basis.NO_LETTERS, prose.words(), Optional.empty());
            }
        }
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(sample);
        if (confidence.isEmpty()) {
            return new LanguageDecision(Optional.empty(), basis, prose.words(), Optional.empty());
        }
        Language best = confidence.firstKey();
        Optional<String> winner = code(best);
        double english = confidence.getOrDefault(Language.ENGLISH, 0.0);
        double margin = basis == LanguageDecision.Basis.SHORT_PROSE ? SHORT_ENGLISH_MARGIN : ENGLISH_MARGIN;
        if (best != Language.ENGLISH && english >= margin * confidence.get(best)) {
            return new LanguageDecision(Optional.of("en"), basis, prose.words(), winner);
        }
        return new LanguageDecision(winner, basis, prose.words(), Optional.empty());
    }

    private static Optional<String> code(Language language) {
        if (language == Language.UNKNOWN || language.getIsoCode639_1() == IsoCode639_1.NONE) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    /** The first {@link #SAMPLE_CHARS} characters, cut at a space so no word is split. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }
}
