package org.dossier.decode;

/** Strict UTF-8 validity (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), without decoding. */
final class Utf8 {
    private Utf8() {
    }

    static boolean isValid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int trailing = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            if (trailing < 0 || i + trailing >= to) {
                return false;
            }
            int second = b[i + 1] & 0xff;
            if (c == 0xe0 && second < 0xa0 || c == 0xed && second > 0x9f || c == 0xf0 && second < 0x90 || c == 0xf4 && second > 0x8f) {
                return false;
            }
            for (int k = 1; k <= trailing; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += trailing + 1;
        }
        return true;
    }
}
