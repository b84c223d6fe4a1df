package org.dossier.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossier.model.Framing;
import org.dossier.model.QuoteKind;
import org.dossier.story.framing.FramingStage;
import org.junit.jupiter.api.Test;

/** Framing on an invented story: each outlet's loaded words and quoted voices, side by side. */
class FramingStageTest {

    @Test
    void eachOutletGetsItsLoadedTermsAndItsVoices() {
        Fixtures f = new Fixtures(Map.of("e-var", "Ilse Varga", "e-ost", "Piet Ostrander"));
        String a = f.article("Dunmore Herald", "The regime staged a brutal crackdown on the march. "
                + "\"They came with batons,\" said Piet Ostrander.");
        String b = f.article("Eastfield Post", "Police cleared the march to restore order. "
                + "\"The square had to be cleared,\" said Ilse Varga. Ilse Varga added that the march was illegal.");
        f.quote(a, "They came with batons,", "Piet Ostrander", "e-ost", QuoteKind.DIRECT);
        f.quote(b, "The square had to be cleared,", "Ilse Varga", "e-var", QuoteKind.DIRECT);
        f.quote(b, "that the march was illegal", "Ilse Varga", "e-var", QuoteKind.INDIRECT);

        List<Framing> framing = new FramingStage().frame(f.story());

        assertEquals(2, framing.size());
        Framing herald = framing.get(0);
        Framing post = framing.get(1);
        assertEquals("Dunmore Herald", herald.outlet());
        assertEquals(List.of("brutal", "crackdown", "regime"), herald.terms().stream().map(Framing.Term::term).sorted().toList());
        assertEquals(List.of("restore order"), post.terms().stream().map(Framing.Term::term).toList());
        assertEquals("Piet Ostrander", herald.voices().getFirst().name());
        Framing.Voice varga = post.voices().getFirst();
        assertEquals("Ilse Varga", varga.name());
        assertEquals(1, varga.direct());
        assertEquals(1, varga.indirect());
        assertTrue(herald.terms().stream().allMatch(t -> t.uses().stream().allMatch(u -> u.article().equals(a))));
    }
}
