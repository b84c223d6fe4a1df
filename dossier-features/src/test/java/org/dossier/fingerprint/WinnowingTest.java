package org.dossier.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dossier.corpora.Texts;
import org.junit.jupiter.api.Test;

class WinnowingTest {

    private static String randomWords(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("w").append(random.nextInt(5000)).append(' ');
        }
        return sb.toString();
    }

    @Test
    void everySharedRunOfEightWordsSharesAKeptHash() {
        SplittableRandom random = new SplittableRandom(7);
        Fingerprinter fp = new Fingerprinter();
        for (int trial = 0; trial < 200; trial++) {
            String shared = randomWords(random, 8);
            Fingerprint a = fp.of("a", randomWords(random, 50) + shared + randomWords(random, 50));
            Fingerprint b = fp.of("b", randomWords(random, 30) + shared + randomWords(random, 70));
            assertTrue(Arrays.stream(a.winnowed()).anyMatch(h -> Arrays.binarySearch(b.winnowed(), h) >= 0),
                    "trial " + trial + " lost the shared run");
        }
    }

    @Test
    void keepsAboutTwoInFivePlusOneHashes() {
        long[] shingles = Shingles.of(WordSpans.of(randomWords(new SplittableRandom(3), 10_000)), Fingerprinter.SHINGLE);
        double kept = Winnowing.select(shingles, Fingerprinter.WINDOW).length / (double) shingles.length;
        assertEquals(2.0 / (Fingerprinter.WINDOW + 1), kept, 0.05);
    }

    @Test
    void minHashSignaturesAreTheSameOnEveryRunAndEstimateJaccard() {
        Fingerprint a = new Fingerprinter().of("a", Texts.FLOOD);
        Fingerprint again = new Fingerprinter().of("a", Texts.FLOOD);
        assertArrayEquals(a.minHash(), again.minHash());
        Fingerprint other = new Fingerprinter().of("b", Texts.FOOTBALL);
        assertEquals(1.0, MinHash.similarity(a.minHash(), again.minHash()));
        assertTrue(MinHash.similarity(a.minHash(), other.minHash()) < 0.05);
    }

    @Test
    void wordsKeepTheirOffsetsIntoTheText() {
        String text = "  Floods hit\u00a0Amarante, again.";
        WordSpans w = WordSpans.of(text);
        assertEquals(4, w.size());
        assertEquals("Amarante", w.span(2, 2).of(text));
        assertEquals("hit Amarante, again", w.span(1, 3).of(text).replace('\u00a0', ' '));
        assertEquals(2, w.wordAt(text.indexOf("Amarante") + 3));
    }
}
