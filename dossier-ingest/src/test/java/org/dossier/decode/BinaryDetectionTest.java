package org.dossier.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dossier.model.RawPage;
import org.dossier.model.RejectCode;
import org.junit.jupiter.api.Test;

/** Telling binary inputs from text, including the shortcut that keeps Tika off plain text pages. */
class BinaryDetectionTest {
    private final Decoder decoder = new Decoder();

    private Decoding decode(String name, byte[] bytes) {
        return decoder.decode(RawPage.of(name, bytes));
    }

    @Test
    void plainTextAndHtmlHeadsSkipMagicDetection() {
        assertTrue(MediaSniffer.plainlyText("<!DOCTYPE html>\n<html><body>\t<p>Hello “world”</p>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(MediaSniffer.plainlyText("Title\r\nBody text with a form feed\f".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void controlBytesOrAsciiMagicSendThePageToMagicDetection() {
        assertFalse(MediaSniffer.plainlyText(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
        assertFalse(MediaSniffer.plainlyText("%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(MediaSniffer.plainlyText("text".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aPdfWhoseHeadIsPrintableAsciiIsStillNotText() {
        byte[] pdf = """
                %PDF-1.4
                1 0 obj
                << /Type /Catalog /Pages 2 0 R >>
                endobj
                trailer
                << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
        var rejected = assertInstanceOf(Decoding.Undecodable.class, decode("report.txt", pdf));
        assertEquals(RejectCode.NOT_TEXT, rejected.code());
        assertTrue(rejected.message().contains("application/pdf"), rejected.message());
    }

    @Test
    void randomBytesWithNoMagicNumberAreNotDecodedAsText() {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);
        noise[0] = 'x';
        var rejected = assertInstanceOf(Decoding.Undecodable.class, decode("noise.html", noise));
        assertTrue(rejected.code() == RejectCode.NOT_TEXT || rejected.code() == RejectCode.UNREADABLE_ENCODING, rejected.toString());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() {
        String text = "The harbour office said on Monday that dredging would begin next week.";
        var decoded = assertInstanceOf(Decoding.Decoded.class, decode("notice.txt", text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, decoded.page().text());
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheText() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = "Überschrift und Text".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, page, 0, bom.length);
        System.arraycopy(body, 0, page, bom.length, body.length);
        var decoded = assertInstanceOf(Decoding.Decoded.class, decode("de.txt", page));
        assertEquals("Überschrift und Text", decoded.page().text());
    }
}
