package org.dossier.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.Extraction;
import org.dossier.model.Problem;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Text whose lines were saved in two charsets — a scrape pasted together from a UTF-8 page and a
 * Windows-1252 one, or a legacy file appended to by a UTF-8 editor. Each line is decoded in the
 * charset that explains its bytes; texts in one charset decode as before.
 */
class MixedEncodingTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final Decoder decoder = new Decoder();

    private static byte[] lines(Object... textThenCharset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < textThenCharset.length; i += 2) {
            out.writeBytes(((String) textThenCharset[i] + "\n").getBytes((Charset) textThenCharset[i + 1]));
        }
        return out.toByteArray();
    }

    private DecodedPage decoded(byte[] bytes) {
        return assertInstanceOf(Decoding.Decoded.class, decoder.decode(RawPage.of("mixed.txt", bytes))).page();
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void aTextMixingUtf8AndWindows1252LinesDecodesEachLineInItsOwnCharset() {
        byte[] bytes = lines(
                "Café owners in Zürich welcome the ferry plan", StandardCharsets.UTF_8,
                "", StandardCharsets.UTF_8,
                "The owners of the cafés along the quay in Zürich said on Monday that the timetable would help.", StandardCharsets.UTF_8,
                "Der Bäcker am Hafen sagte, die Fähre bringe im Winter mehr Kundschaft für die Läden.", WINDOWS_1252,
                "« C’est une très bonne nouvelle », a déclaré la propriétaire d’un café près de l’embarcadère.", WINDOWS_1252);
        DecodedPage page = decoded(bytes);
        assertTrue(page.text().startsWith("Café owners in Zürich welcome the ferry plan\n"), page.text());
        assertTrue(page.text().contains("cafés along the quay in Zürich"), page.text());
        assertTrue(page.text().contains("Der Bäcker am Hafen sagte, die Fähre bringe"), page.text());
        assertTrue(page.text().contains("« C’est une très bonne nouvelle »"), page.text());
        assertFalse(page.text().contains("Ã") || page.text().contains("\uFFFD"), page.text());
        Problem mixed = page.problems().stream().filter(p -> p.code().equals("charset-mixed")).findFirst().orElseThrow();
        assertEquals("the text mixes charsets: 2 lines are UTF-8 and 2 are not, decoded as windows-1252 (statistical detection)",
                mixed.message());
    }

    @Test
    void theArticleFromAMixedTextCarriesTheMixedEncodingProblem() {
        byte[] bytes = lines(
                "Café owners welcome the ferry plan", StandardCharsets.UTF_8,
                "", StandardCharsets.UTF_8,
                "The owners of the cafés along the quay said on Monday that the new timetable would bring more customers.", StandardCharsets.UTF_8,
                "The baker on the quay said the ferry would help the shops in winter, and the café owner agreed.", WINDOWS_1252);
        Article a = assertInstanceOf(Extraction.Found.class, new PageExtractor().extract(RawPage.of("mixed.txt", bytes))).article();
        assertTrue(a.body().contains("the café owner agreed") && a.body().contains("owners of the cafés"), a.body());
        assertTrue(codes(a.problems()).contains("charset-mixed"), a.problems().toString());
    }

    @Test
    void pureUtf8TextDecodesWholeWithNoProblem() {
        DecodedPage page = decoded(lines("Café owners in Zürich welcome the ferry plan", StandardCharsets.UTF_8,
                "Der Bäcker am Hafen sagte, die Fähre bringe mehr Kundschaft.", StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertEquals(List.of(), page.problems());
        assertTrue(page.text().contains("Fähre"), page.text());
    }

    @Test
    void pureWindows1252TextDecodesWholeAsBefore() {
        DecodedPage page = decoded(lines("Café owners in Zürich welcome the ferry plan", WINDOWS_1252,
                "Der Bäcker am Hafen sagte, die Fähre bringe mehr Kundschaft für die Läden.", WINDOWS_1252));
        assertEquals(List.of("charset-guessed"), codes(page.problems()));
        assertTrue(page.text().contains("Café owners in Zürich") && page.text().contains("Fähre"), page.text());
    }

    @Test
    void aWindows1251TextWithCapitalsAndPunctuationIsNotTakenForAMix() {
        // "ВЁ" is C2 A8 in windows-1251, which is also a valid UTF-8 sequence: one such pair on a line
        // of its own must not turn the line into UTF-8
        DecodedPage page = decoded(lines("ВЁ", WINDOWS_1251,
                "Во вторник утром контейнеровоз сел на мель у входа в гавань, сообщило управление порта.", WINDOWS_1251,
                "Все члены экипажа были сняты с судна вертолётами береговой охраны ещё до рассвета.", WINDOWS_1251));
        assertEquals(List.of("charset-guessed"), codes(page.problems()));
        assertTrue(page.text().startsWith("ВЁ\nВо вторник утром контейнеровоз"), page.text());
    }
}
