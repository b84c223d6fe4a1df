package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static Article article(String... paragraphs) {
        return Article.of("0123456789abcdef", "a.txt", ArticleMetadata.EMPTY,
                java.util.Arrays.stream(paragraphs).map(Paragraph::new).toList(), List.of());
    }

    @Test
    void bodyIsTheParagraphsJoinedWithABlankLine() {
        Article a = article("One.", "Two two.");
        assertEquals("One.\n\nTwo two.", a.body());
        assertEquals(List.of(new Span(0, 4), new Span(6, 14)), a.paragraphSpans());
        assertEquals("Two two.", a.paragraphSpans().get(1).of(a.body()));
    }

    @Test
    void aBodyThatDoesNotMatchItsParagraphsIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Article("0123456789abcdef", "x.txt",
                ArticleMetadata.EMPTY, List.of(new Paragraph("One.")), "Two.", List.of()));
        assertTrue(e.getMessage().contains("x.txt"), e.getMessage());
    }

    @Test
    void theSameBytesGiveTheSameIdAndOtherBytesAnother() {
        byte[] a = "hello".getBytes(StandardCharsets.UTF_8);
        assertEquals(RawPage.of("a", a).articleId(), RawPage.of("b", a.clone()).articleId());
        assertNotEquals(RawPage.of("a", a).articleId(), RawPage.of("a", "hello!".getBytes(StandardCharsets.UTF_8)).articleId());
    }

    @Test
    void paragraphsWithBlankLinesOrPaddingAreRefusedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Paragraph("a\n\nb"));
        assertTrue(e.getMessage().contains("a\n\nb"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(" padded"));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph("  "));
    }

    @Test
    void spansValidateAndNameTheBadValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 3));
        assertTrue(e.getMessage().contains("5") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void timestampsRoundTripAtEveryPrecision() {
        for (String iso : List.of("2024-04-19T12:32+04:00", "2024-04-19T12:32:15Z", "2024-04-19T12:32", "2024-04-19", "2023-09", "2025")) {
            assertEquals(iso, Timestamp.parse(iso).iso());
        }
    }

    @Test
    void codesMustBeKebabCase() {
        assertThrows(IllegalArgumentException.class, () -> new Problem("decode", "Not Kebab", "m"));
        assertEquals("not-text", Rejection.of("x", RejectCode.NOT_TEXT, "m").code());
    }
}
