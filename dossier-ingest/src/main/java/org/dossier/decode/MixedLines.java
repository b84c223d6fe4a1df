package org.dossier.decode;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes text whose lines are in two charsets — UTF-8 lines beside lines in a legacy charset, as
 * when a scrape is pasted together from two pages or a UTF-8 editor appends to a Windows-1252 file.
 * Lines that are valid UTF-8 and read better as UTF-8 ({@link Mojibake}) are decoded as UTF-8,
 * the others in the legacy charset the statistical detector picks from the non-UTF-8 lines alone.
 * A text with no such line is not mixed: a legacy line that happens to be valid UTF-8 ("ВЁ" in
 * windows-1251 is the bytes of "¨") reads worse as UTF-8 and stays legacy.
 */
final class MixedLines {
    private MixedLines() {
    }

    /**
     * A mixed text, decoded.
     *
     * @param text        the text, each line in its charset
     * @param legacy      the charset of the lines that are not UTF-8
     * @param utf8Lines   lines with non-ASCII characters decoded as UTF-8
     * @param legacyLines lines with non-ASCII bytes decoded in {@code legacy}
     * @param replaced    byte sequences {@code legacy} could not decode, replaced by U+FFFD
     */
    record Mixed(String text, Charset legacy, int utf8Lines, int legacyLines, long replaced) {
    }

    /**
     * The text decoded line by line, when some of its lines are UTF-8 and the bytes as a whole are
     * not (the caller has checked that); empty when no line reads as UTF-8.
     */
    static Optional<Mixed> decode(byte[] bytes) {
        if (!hasValidMultibyteLine(bytes)) {
            return Optional.empty();
        }
        Charset legacy = Decoder.sniff(nonUtf8Lines(bytes));
        if (legacy.name().startsWith("UTF")) {
            // the detector finds no legacy charset in bytes that are not UTF-8: the web's default
            legacy = Decoder.WINDOWS_1252;
        }
        StringBuilder text = new StringBuilder(bytes.length);
        int utf8Lines = 0;
        int legacyLines = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = lineEnd(bytes, start);
            boolean ascii = isAscii(bytes, start, end);
            String asLegacy = decode(bytes, start, end, legacy);
            if (!ascii && Utf8.isValid(bytes, start, end)) {
                String asUtf8 = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                if (Mojibake.oddities(asUtf8) < Mojibake.oddities(asLegacy)) {
                    text.append(asUtf8);
                    utf8Lines++;
                    start = end;
                    continue;
                }
            }
            text.append(asLegacy);
            legacyLines += ascii ? 0 : 1;
            start = end;
        }
        if (utf8Lines == 0) {
            return Optional.empty();
        }
        String decoded = text.toString();
        return Optional.of(new Mixed(decoded, legacy, utf8Lines, legacyLines, decoded.chars().filter(c -> c == '\uFFFD').count()));
    }

    /** The lines that are not valid UTF-8: what the legacy charset is detected from. */
    private static byte[] nonUtf8Lines(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int start = 0; start < bytes.length; ) {
            int end = lineEnd(bytes, start);
            if (!Utf8.isValid(bytes, start, end)) {
                out.write(bytes, start, end - start);
            }
            start = end;
        }
        return out.toByteArray();
    }

    /** Whether any line holds a multi-byte UTF-8 sequence and nothing that is not UTF-8. */
    private static boolean hasValidMultibyteLine(byte[] bytes) {
        for (int start = 0; start < bytes.length; ) {
            int end = lineEnd(bytes, start);
            if (!isAscii(bytes, start, end) && Utf8.isValid(bytes, start, end)) {
                return true;
            }
            start = end;
        }
        return false;
    }

    /** Just past the line's newline, or the end. */
    private static int lineEnd(byte[] bytes, int start) {
        int i = start;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return Math.min(bytes.length, i + 1);
    }

    private static boolean isAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes, int from, int to, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a REPLACE decoder does not throw", e);
        }
    }
}
