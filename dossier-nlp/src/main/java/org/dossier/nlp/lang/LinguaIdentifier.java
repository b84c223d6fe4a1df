package org.dossier.nlp.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Lingua's n-gram detector over all its spoken languages, in low-accuracy mode (trigrams only),
 * which is accurate on article-length text and needs a fraction of the memory. Only a sample of the
 * body is looked at, so a 200,000-word article costs the same as a short one. Thread-safe: the
 * models are loaded at construction and only read afterwards.
 */
public final class LinguaIdentifier implements LanguageIdentifier {
    /**
     * Characters sampled from the start of the text: a paragraph, about 130 words, enough for a clear
     * vote among trigram models (detection time grows with the sample; 2,000 took a third of the CRF's time).
     */
    static final int SAMPLE_CHARS = 800;
    private final LanguageDetector detector;

    public LinguaIdentifier() {
        this.detector = LanguageDetectorBuilder.fromAllSpokenLanguages()
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    @Override
    public Optional<String> identify(String text) {
        String sample = sample(text);
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Language language = detector.detectLanguageOf(sample);
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
