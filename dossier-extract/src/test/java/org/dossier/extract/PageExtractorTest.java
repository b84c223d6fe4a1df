package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.dossier.model.Extraction;
import org.dossier.model.RawPage;
import org.junit.jupiter.api.Test;

class PageExtractorTest {
    private final PageExtractor extractor = new PageExtractor();

    private Extraction extract(String name, String content) {
        return extractor.extract(RawPage.of(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void junkMarkupWithAWordOrTwoIsNoArticle() {
        var r = assertInstanceOf(Extraction.Rejected.class,
                extract("junk.html", "<html><<body><p<<div>>></ta<ble><td>x</tr></html"));
        assertEquals("no-article", r.rejection().code());
        assertTrue(r.rejection().message().contains("word"), r.rejection().message());
    }

    @Test
    void aShortBriefOfOneSentenceIsStillAnArticle() {
        var r = extract("brief.html", "<html><body><article><h1>Bridge closed</h1><p>The old harbour bridge"
                + " will stay closed to traffic until Friday while engineers inspect its cables, the council said.</p>"
                + "</article></body></html>");
        assertInstanceOf(Extraction.Found.class, r, r.toString());
    }

    @Test
    void textWrittenWithoutSpacesCountsItsCharactersAsWords() {
        var r = extract("jp.html", "<html><body><article><p>東京都は本日、新しい防災計画を発表し、住民への説明会を来月から開く予定だと明らかにした。"
                + "</p></article></body></html>");
        assertInstanceOf(Extraction.Found.class, r, r.toString());
    }
}
