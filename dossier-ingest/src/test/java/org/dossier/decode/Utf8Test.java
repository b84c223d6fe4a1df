package org.dossier.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check that decides, line by line, what a mixed text holds; and the oddities that confirm it. */
class Utf8Test {

    private static boolean jdkSaysValid(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void utf8ValidityAgreesWithTheJdkDecoderOnRandomAndTrickyBytes() {
        Random random = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < b.length; i++) {
                // mostly bytes around the boundaries that matter: lead bytes, continuation bytes, ASCII
                int[] interesting = {0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef,
                        0xf0, 0xf4, 0xf5, 0xff};
                b[i] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : random.nextInt(256));
            }
            assertEquals(jdkSaysValid(b), Utf8.isValid(b, 0, b.length), () -> java.util.HexFormat.ofDelimiter(" ").formatHex(b));
        }
    }

    @Test
    void aWrongDecodingReadsWorseThanTheRightOne() {
        assertTrue(Mojibake.oddities("CafÃ© owners in ZÃ¼rich") > Mojibake.oddities("Café owners in Zürich"));
        assertTrue(Mojibake.oddities("Itâ€™s JosÃ©â€™s ferry") > Mojibake.oddities("It’s José’s ferry"));
        assertEquals(0, Mojibake.oddities("It’s José’s “ferry” — à 12 °C, © Gazette"));
        // windows-1251 and windows-1250 capitals whose bytes happen to be UTF-8
        assertTrue(Mojibake.oddities("¨") > Mojibake.oddities("ВЁ"));
        assertTrue(Mojibake.oddities("CZӣNO") > Mojibake.oddities("CZÓŁNO"));
        assertEquals(0, Mojibake.oddities("Во вторник утром, «сообщило» управление — 12 °C"));
        assertEquals(0, Mojibake.oddities("東京で食べる「ラーメン」"));
    }
}
