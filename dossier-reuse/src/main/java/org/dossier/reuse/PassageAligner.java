package org.dossier.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.dossier.fingerprint.Shingles;
import org.dossier.fingerprint.StopWords;
import org.dossier.fingerprint.WordSpans;
import org.dossier.model.Passage;

/**
 * Local alignment of the passages two texts share. Seeds are equal runs of {@value #SEED} words;
 * each seed is extended word by word while both sides agree, and runs that follow each other on both
 * sides with at most {@code maxGap} words between them are joined, so a passage survives a replaced,
 * inserted or dropped word. Linear in the texts' lengths plus the number of seeds; words that repeat
 * more than {@value #MAX_REPEATS} times in the first text do not seed.
 *
 * @param minWords shortest passage kept, in words on each side
 * @param maxGap   most words on either side between two joined runs
 */
public record PassageAligner(int minWords, int maxGap) {
    static final int SEED = 4;
    static final int MAX_REPEATS = 8;
    /** WordSpans in a passage that must be content words, so stock phrases of function words never count. */
    static final int MIN_CONTENT_WORDS = 3;

    public static final PassageAligner DEFAULT = new PassageAligner(8, 5);

    public PassageAligner {
        if (minWords < SEED) {
            throw new IllegalArgumentException("shortest passage must be at least " + SEED + " words, got " + minWords);
        }
        if (maxGap < 0) {
            throw new IllegalArgumentException("gap must not be negative, got " + maxGap);
        }
    }

    /** A verbatim run: {@code words} equal words from word {@code a} of the first text and {@code b} of the second. */
    record Run(int a, int b, int words) {
    }

    /** The shared passages of {@code textA} and {@code textB}, in the second text's order, none overlapping. */
    public List<Passage> align(CharSequence textA, WordSpans a, CharSequence textB, WordSpans b) {
        List<Run> runs = runs(a, b);
        runs.sort(Comparator.comparingInt(Run::b).thenComparingInt(Run::a));
        List<Passage> found = new ArrayList<>();
        List<int[]> kept = new ArrayList<>(); // [aFirst, aEnd, bFirst, bEnd] in words
        int i = 0;
        while (i < runs.size()) {
            Run first = runs.get(i);
            int aEnd = first.a() + first.words();
            int bEnd = first.b() + first.words();
            int matched = first.words();
            int j = i + 1;
            for (; j < runs.size(); j++) {
                Run r = runs.get(j);
                if (r.b() < bEnd || r.a() < aEnd) {
                    continue; // overlaps the chain or goes back on the first side
                }
                if (r.b() - bEnd > maxGap) {
                    break;
                }
                if (r.a() - aEnd > maxGap) {
                    continue;
                }
                matched += r.words();
                aEnd = r.a() + r.words();
                bEnd = r.b() + r.words();
            }
            i = nextStart(runs, i, bEnd);
            int aWords = aEnd - first.a();
            int bWords = bEnd - first.b();
            if (Math.min(aWords, bWords) < minWords || contentWords(textA, a, first.a(), aEnd) < MIN_CONTENT_WORDS) {
                continue;
            }
            int[] box = {first.a(), aEnd, first.b(), bEnd};
            if (kept.stream().anyMatch(k -> k[0] < box[1] && box[0] < k[1] || k[2] < box[3] && box[2] < k[3])) {
                continue;
            }
            kept.add(box);
            found.add(new Passage(a.span(first.a(), aEnd - 1), b.span(first.b(), bEnd - 1), Math.min(aWords, bWords),
                    Math.min(1.0, (double) matched / Math.max(aWords, bWords))));
        }
        return found;
    }

    private static int nextStart(List<Run> runs, int from, int bEnd) {
        int k = from + 1;
        while (k < runs.size() && runs.get(k).b() < bEnd) {
            k++;
        }
        return k;
    }

    /** Maximal verbatim runs of at least {@link #SEED} words. */
    static List<Run> runs(WordSpans a, WordSpans b) {
        long[] sa = Shingles.of(a, SEED);
        long[] sb = Shingles.of(b, SEED);
        long[][] index = sortedWithPositions(sa);
        long[] keys = index[0];
        long[] pos = index[1];
        List<Run> runs = new ArrayList<>();
        for (int j = 0; j < sb.length; j++) {
            int lo = lowerBound(keys, sb[j]);
            int hi = lo;
            while (hi < keys.length && keys[hi] == sb[j]) {
                hi++;
            }
            if (hi == lo || hi - lo > MAX_REPEATS) {
                continue;
            }
            for (int k = lo; k < hi; k++) {
                int i = (int) pos[k];
                if (i > 0 && j > 0 && a.hash(i - 1) == b.hash(j - 1)) {
                    continue; // inside a run that started earlier
                }
                int n = 0;
                while (i + n < a.size() && j + n < b.size() && a.hash(i + n) == b.hash(j + n)) {
                    n++;
                }
                runs.add(new Run(i, j, n));
            }
        }
        return runs;
    }

    private static long[][] sortedWithPositions(long[] hashes) {
        Integer[] order = new Integer[hashes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> hashes[i]));
        long[] keys = new long[hashes.length];
        long[] pos = new long[hashes.length];
        for (int i = 0; i < order.length; i++) {
            keys[i] = hashes[order[i]];
            pos[i] = order[i];
        }
        return new long[][] {keys, pos};
    }

    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int contentWords(CharSequence text, WordSpans words, int from, int to) {
        int n = 0;
        for (int i = from; i < to && n < MIN_CONTENT_WORDS; i++) {
            if (!StopWords.contains(words.text(text, i))) {
                n++;
            }
        }
        return n;
    }
}
