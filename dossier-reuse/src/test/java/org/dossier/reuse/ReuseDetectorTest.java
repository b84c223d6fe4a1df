package org.dossier.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.fingerprint.Fingerprinter;
import org.dossier.model.Article;
import org.dossier.model.Direction;
import org.dossier.model.Passage;
import org.dossier.model.Reuse;
import org.dossier.model.ReuseKind;
import org.dossier.corpora.Texts;
import org.junit.jupiter.api.Test;

class ReuseDetectorTest {
    private final Fingerprinter fingerprinter = new Fingerprinter();

    private List<Reuse> detect(Article... articles) {
        ReuseDetector detector = new ReuseDetector(ReuseConfig.DEFAULT);
        List<Reuse> all = new java.util.ArrayList<>();
        for (Article a : articles) {
            all.addAll(detector.add(a, fingerprinter.of(a), Optional.empty(), List.of()));
        }
        return all;
    }

    private static Article byId(String id, Article... articles) {
        for (Article a : articles) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no article " + id);
    }

    @Test
    void verbatimCopyIsACopyWithTheWholeTextAsOnePassagePerParagraph() {
        Article source = Texts.article("source", Texts.FLOOD, "2025-10-12T08:00:00Z");
        Article copy = Texts.article("copy", Texts.FLOOD, "2025-10-12T10:30:00Z");
        List<Reuse> found = detect(source, copy);
        assertEquals(1, found.size());
        Reuse r = found.get(0);
        assertEquals(ReuseKind.COPY, r.kind());
        assertEquals(source.id(), r.a());
        assertEquals(Direction.PUBLISHED, r.direction());
        assertTrue(r.score() > 0.95, "score " + r.score());
        for (Passage p : r.passages()) {
            assertEquals(p.a().of(source.body()), p.b().of(copy.body()));
        }
    }

    @Test
    void directionFollowsPublicationTimesWhateverTheArrivalOrder() {
        Article later = Texts.article("later", Texts.FLOOD, "2025-10-13T10:00:00+01:00");
        Article earlier = Texts.article("earlier", Texts.FLOOD, "2025-10-13T08:30:00Z");
        Reuse r = detect(later, earlier).get(0);
        assertEquals(earlier.id(), r.a());
        assertEquals(later.id(), r.b());
        assertEquals(Direction.PUBLISHED, r.direction());
    }

    @Test
    void withoutTimesTheSideHoldingWhatTheOtherLacksIsTheSource() {
        Article full = Texts.article("full", Texts.FLOOD);
        String[] paragraphs = Texts.FLOOD.split("\n\n");
        Article trimmed = Texts.article("trimmed", paragraphs[0] + "\n\n" + paragraphs[1]);
        Reuse r = detect(trimmed, full).get(0);
        assertEquals(full.id(), r.a());
        assertEquals(Direction.CONTENT, r.direction());
        assertEquals(ReuseKind.COPY, r.kind(), "all of the shorter article is verbatim");
    }

    @Test
    void lightlyEditedCopyIsANearCopyWithPassagesSpanningTheEdits() {
        String edited = Texts.FLOOD.replace("Sunday night", "Sunday evening").replace("more than two hundred", "over 200")
                .replace("the fastest rise", "the quickest rise").replace("told reporters", "said")
                .replace("emergency funds", "urgent funds").replace("severe floods", "serious floods");
        Article source = Texts.article("source", Texts.FLOOD, "2025-10-12T08:00:00Z");
        Article rewrite = Texts.article("rewrite", edited, "2025-10-12T11:00:00Z");
        List<Reuse> found = detect(source, rewrite);
        assertEquals(1, found.size());
        Reuse r = found.get(0);
        assertEquals(ReuseKind.NEAR_COPY, r.kind());
        assertTrue(r.passages().size() <= 4, "edits split the text into " + r.passages().size() + " passages");
        Passage first = r.passages().get(0);
        assertTrue(first.b().of(rewrite.body()).contains("Sunday evening"), first.b().of(rewrite.body()));
        assertTrue(first.a().of(source.body()).contains("Sunday night"));
        assertTrue(first.verbatim() < 1.0);
    }

    @Test
    void aSharedSentenceInOtherwiseDifferentArticlesIsFoundWithBothOffsets() {
        String shared = "Firefighters used boats to reach families trapped on upper floors near the stone bridge.";
        Article a = Texts.article("flood", Texts.FLOOD);
        Article b = Texts.article("match", Texts.FOOTBALL + "\n\nIn other news, " + shared.substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + shared.substring(1));
        List<Reuse> found = detect(a, b);
        assertEquals(1, found.size());
        Reuse r = found.get(0);
        assertEquals(ReuseKind.PARAPHRASE, r.kind(), "a shared passage, most of the text different");
        assertEquals(1, r.passages().size());
        Passage p = r.passages().get(0);
        Article first = byId(r.a(), a, b);
        Article second = byId(r.b(), a, b);
        assertTrue(p.a().of(first.body()).toLowerCase(java.util.Locale.ROOT).contains("used boats to reach families trapped"));
        assertTrue(p.b().of(second.body()).toLowerCase(java.util.Locale.ROOT).contains("used boats to reach families trapped"));
    }

    @Test
    void unrelatedArticlesSharingACountryNameAreNotReuse() {
        assertEquals(List.of(), detect(Texts.article("flood", Texts.FLOOD), Texts.article("match", Texts.FOOTBALL)));
    }

    @Test
    void stockPhrasesOfFunctionWordsAreNotPassages() {
        String stock = "It is one of the most of all that it was in the end. ";
        Article a = Texts.article("a", stock + Texts.FLOOD);
        Article b = Texts.article("b", stock + Texts.FOOTBALL);
        assertEquals(List.of(), detect(a, b));
    }
    @Test
    void aForgottenArticleIsNoLongerComparedWithNewOnes() {
        ReuseDetector detector = new ReuseDetector(ReuseConfig.DEFAULT);
        Article source = Texts.article("source", Texts.FLOOD, "2025-10-12T08:00:00Z");
        Article other = Texts.article("other", Texts.FOOTBALL, "2025-10-12T09:00:00Z");
        Article copy = Texts.article("copy", Texts.FLOOD, "2025-10-12T10:30:00Z");
        Article late = Texts.article("late", Texts.FLOOD, "2025-10-12T11:30:00Z");
        detector.add(source, fingerprinter.of(source), Optional.empty(), List.of());
        detector.add(other, fingerprinter.of(other), Optional.empty(), List.of());
        detector.forgetAllBut(1);
        List<Reuse> found = detector.add(copy, fingerprinter.of(copy), Optional.empty(), List.of(source.id()));
        assertEquals(List.of(), found, "the source was forgotten, even when named as a companion");
        assertEquals(List.of(copy.id()), detector.add(late, fingerprinter.of(late), Optional.empty(), List.of()).stream()
                .map(Reuse::a).toList(), "the copy is still remembered");
    }
}
