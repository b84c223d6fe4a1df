package org.dossier.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

    @Test
    void countsTheDocumentsHoldingEachTermAndDropsTermsOfOneDocument() {
        DocumentFrequencies df = DocumentFrequencies.count(List.of(
                TermCounts.of("Harbour flooded", "The harbour flooded after the storm."),
                TermCounts.of(null, "The storm closed the harbour road."),
                TermCounts.of(null, "Parliament met on Sunday after the storm.")));
        assertEquals(3, df.documents());
        assertEquals(3, df.of("storm"));
        assertEquals(2, df.of("harbour"));
        assertEquals(0, df.of("parliament"), "held by one document only, so not stored");
        assertEquals(0, df.of("the"), "a function word is never a term");
    }

    @Test
    void aWrittenTableReadsBackTheSame() throws IOException {
        DocumentFrequencies df = DocumentFrequencies.count(List.of(
                TermCounts.of(null, "storm harbour road"), TermCounts.of(null, "storm harbour"), TermCounts.of(null, "storm")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        df.write(out);
        DocumentFrequencies back = DocumentFrequencies.read(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(df, back);
    }

    @Test
    void aTableWithoutItsHeaderIsRejectedWithTheLineItHas() {
        IOException e = assertThrows(IOException.class,
                () -> DocumentFrequencies.read(new ByteArrayInputStream("storm\t3\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("storm"), e.getMessage());
    }

    @Test
    void theShippedBackgroundHoldsCommonNewsWordsInManyDocumentsAndEventWordsInFew() {
        DocumentFrequencies bg = DocumentFrequencies.background();
        assertTrue(bg.documents() >= 500, "documents: " + bg.documents());
        // "people" is in most news; "flooded" belongs to a few events
        assertTrue(bg.of("people") > bg.documents() / 3, "people: " + bg.of("people"));
        assertTrue(bg.of("flooded") < bg.documents() / 50, "flooded: " + bg.of("flooded"));
    }
}
