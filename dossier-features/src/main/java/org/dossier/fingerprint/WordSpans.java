package org.dossier.fingerprint;

import java.util.Arrays;
import java.util.Locale;
import org.dossier.model.Span;

/**
 * The words of a text as offsets and hashes: a word is a maximal run of letters and digits, compared
 * case-insensitively. Offsets point into the text given to {@link #of(CharSequence)}; nothing is copied.
 */
public final class WordSpans {
    private final int[] starts;
    private final int[] ends;
    private final long[] hashes;

    private WordSpans(int[] starts, int[] ends, long[] hashes) {
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
    }

    /** Splits {@code text} into words; linear in its length. */
    public static WordSpans of(CharSequence text) {
        int cap = Math.max(16, text.length() / 5);
        int[] s = new int[cap];
        int[] e = new int[cap];
        long[] h = new long[cap];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            while (i < len && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
                h = Arrays.copyOf(h, n * 2);
            }
            s[n] = start;
            e[n] = i;
            h[n] = Hashing.word(text, start, i);
            n++;
        }
        return new WordSpans(Arrays.copyOf(s, n), Arrays.copyOf(e, n), Arrays.copyOf(h, n));
    }

    static char fold(char c) {
        return Character.toLowerCase(c);
    }

    public int size() {
        return hashes.length;
    }

    public long hash(int word) {
        return hashes[word];
    }

    public int start(int word) {
        return starts[word];
    }

    public int end(int word) {
        return ends[word];
    }

    /** The span from the start of word {@code first} to the end of word {@code last}, inclusive. */
    public Span span(int first, int last) {
        return new Span(starts[first], ends[last]);
    }

    /** Word {@code i} of {@code text} in lower case, for the callers that need the string. */
    public String text(CharSequence text, int i) {
        return text.subSequence(starts[i], ends[i]).toString().toLowerCase(Locale.ROOT);
    }

    /** The index of the first word that ends after {@code offset}, or {@link #size()}. */
    public int wordAt(int offset) {
        int i = Arrays.binarySearch(ends, offset + 1);
        return i >= 0 ? i : -i - 1;
    }
}
