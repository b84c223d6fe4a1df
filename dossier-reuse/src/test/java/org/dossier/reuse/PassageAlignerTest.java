package org.dossier.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.dossier.fingerprint.WordSpans;
import org.dossier.model.Passage;
import org.dossier.corpora.Texts;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {

    private static List<Passage> align(String a, String b) {
        return PassageAligner.DEFAULT.align(a, WordSpans.of(a), b, WordSpans.of(b));
    }

    @Test
    void sevenSharedWordsAreNotAPassageButEightAre() {
        String seven = "civil protection engineers inspect the stone bridge";
        String eight = seven + " tonight";
        assertEquals(0, align("Alpha beta gamma " + seven + " delta.", "Zeta eta " + seven + " theta iota.").size());
        List<Passage> found = align("Alpha beta gamma " + eight + " delta.", "Zeta eta " + eight + " theta iota.");
        assertEquals(1, found.size());
        assertEquals(8, found.get(0).words());
        assertEquals(1.0, found.get(0).verbatim());
    }

    @Test
    void aDroppedWordAndAReplacedWordStayInsideOnePassage() {
        String a = "The regional civil protection office said the water rose almost three metres in six hours yesterday";
        String b = "The regional civil protection office said water rose nearly three metres in six hours yesterday";
        List<Passage> found = align(a, b);
        assertEquals(1, found.size());
        assertEquals(a, found.get(0).a().of(a));
        assertEquals(b, found.get(0).b().of(b));
    }

    @Test
    void alignsTwoArticlesOfTwoHundredThousandWordsInBoundedTime() {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        String[] vocabulary = Texts.FLOOD.split("\\s+");
        for (int i = 0; i < 200_000; i++) {
            String w = vocabulary[random.nextInt(vocabulary.length)];
            a.append(w).append(' ');
            b.append(random.nextInt(10) == 0 ? "edit" : w).append(' ');
        }
        // a heavy case: the same 200k words with one word in ten replaced, from a repetitive vocabulary
        List<Passage> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> align(a.toString(), b.toString()));
        assertEquals(true, found.size() > 100, "found " + found.size());
    }
}
