package org.dossier.quote.marks;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;
import org.dossier.quote.marks.QuoteChars.Family;

/**
 * Finds the top-level quotations of a body: double marks of any family (straight, curly,
 * guillemets), marks of another family inside them read as nested quotes, and single-marked
 * partial quotes outside them. A quote still open at a paragraph's end runs on when the next
 * paragraph opens with a mark (the newspaper convention) or closes one before opening another;
 * with no mark left in the body it runs to the body's end. Linear in the body's length.
 */
public final class QuoteMarks {
    /** A single-marked quote longer than this is more likely two apostrophes than a quote. */
    private static final int MAX_SINGLE = 400;
    /** Bounds the rescans for marks that open nothing, so time stays linear on unbalanced text. */
    private static final int MAX_RESCANS = 16;

    private QuoteMarks() {
    }

    /** The top-level quotes of {@code text}, whose paragraphs are {@code paragraphs} (in order), in order. */
    public static List<MarkedQuote> find(String text, List<Span> textParagraphs) {
        String body = doubledApostrophes(text);
        List<Span> paragraphs = body == text ? textParagraphs : trimmed(body, textParagraphs);
        List<MarkedQuote> doubles = doubles(body, paragraphs);
        List<MarkedQuote> out = new ArrayList<>(doubles);
        int d = 0;
        for (Span p : paragraphs) {
            int from = p.start();
            while (from < p.end()) {
                while (d < doubles.size() && outerEnd(doubles.get(d)) <= from) {
                    d++;
                }
                int to = d < doubles.size() ? Math.min(p.end(), Math.max(from, doubles.get(d).open())) : p.end();
                singles(body, from, to, out);
                from = d < doubles.size() && doubles.get(d).open() < p.end() ? Math.max(to + 1, outerEnd(doubles.get(d))) : p.end();
            }
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return dedupe(out);
    }

    /**
     * Some archives write double marks as two apostrophes (''like this''); read each pair as a space
     * and a straight double mark, which keeps every offset.
     */
    static String doubledApostrophes(String text) {
        if (!text.contains("''") && !text.contains("``")) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i + 1 < sb.length(); i++) {
            char c = sb.charAt(i);
            if ((c == '\'' || c == '`') && sb.charAt(i + 1) == c && (i + 2 >= sb.length() || sb.charAt(i + 2) != c)) {
                sb.setCharAt(i, ' ');
                sb.setCharAt(i + 1, '"');
                i++;
            }
        }
        return sb.toString();
    }

    /** The paragraphs without the spaces that reading doubled apostrophes put at their edges. */
    private static List<Span> trimmed(String body, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>(paragraphs.size());
        for (Span p : paragraphs) {
            Span t = p.trimmed(body);
            if (t.length() > 0) {
                out.add(t);
            }
        }
        return out;
    }

    private static int outerEnd(MarkedQuote q) {
        return q.closed() ? q.content().end() + 1 : q.content().end();
    }

    /**
     * Pairs double marks. A quote that never closes although other kinds of marks stand inside it
     * was no quote: its mark introduces a block of quoted text ("... with curly quotes inside, no
     * straight closer"), so it is ignored and the text scanned again.
     */
    private static List<MarkedQuote> doubles(String body, List<Span> paragraphs) {
        java.util.Set<Integer> ignored = new java.util.HashSet<>();
        while (true) {
            List<MarkedQuote> out = new ArrayList<>();
            int bad = scan(body, paragraphs, ignored, out);
            if (bad < 0 || ignored.size() >= MAX_RESCANS) {
                return out;
            }
            ignored.add(bad);
        }
    }

    /** Scans every paragraph; returns the offset of an opening mark to ignore, or -1. */
    private static int scan(String body, List<Span> paragraphs, java.util.Set<Integer> ignored, List<MarkedQuote> out) {
        int open = -1;
        Family family = Family.NONE;
        boolean foreign = false;
        int nested = 0;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Span p = paragraphs.get(pi);
            int i = p.start();
            if (open >= 0 && QuoteChars.familyOf(body.charAt(i)) == family && QuoteChars.opensDouble(body, i)) {
                i++; // the continuation mark of a quote running over paragraphs
            }
            for (; i < p.end(); i++) {
                Family f = QuoteChars.familyOf(body.charAt(i));
                if (f == Family.NONE) {
                    continue;
                }
                if (open < 0) {
                    if (QuoteChars.opensDouble(body, i) && !ignored.contains(i)) {
                        open = i;
                        family = f;
                        foreign = false;
                        nested = 0;
                    }
                } else if (QuoteChars.closesDouble(family, body, i)) {
                    add(body, open, i, true, false, out);
                    open = -1;
                } else if (f != family) {
                    boolean closer = QuoteChars.closesDouble(f, body, i) && !QuoteChars.opensDouble(body, i);
                    if (closer && nested == 0) {
                        add(body, open, i, true, false, out); // mixed marks: "...”
                        open = -1;
                    } else {
                        nested += closer ? -1 : 1; // a quote of another kind inside this one
                        foreign = true;
                    }
                }
            }
            if (open >= 0 && !runsOn(body, paragraphs, pi, family)) {
                if (foreign) {
                    return open;
                }
                add(body, open, p.end(), false, false, out);
                open = -1;
            }
        }
        if (open >= 0) {
            if (foreign) {
                return open;
            }
            add(body, open, body.length(), false, false, out);
        }
        return -1;
    }

    /** Whether a quote of {@code family} open at the end of paragraph {@code pi} goes on into the next. */
    private static boolean runsOn(String body, List<Span> paragraphs, int pi, Family family) {
        if (pi + 1 >= paragraphs.size()) {
            return true;
        }
        Span next = paragraphs.get(pi + 1);
        if (QuoteChars.familyOf(body.charAt(next.start())) == family && QuoteChars.opensDouble(body, next.start())) {
            return true;
        }
        for (int i = next.start(); i < body.length(); i++) {
            if (QuoteChars.familyOf(body.charAt(i)) == family) {
                // the next mark decides: a closer means the quote went on without a continuation mark
                return i < next.end() ? QuoteChars.closesDouble(family, body, i) && !QuoteChars.opensDouble(body, i)
                        : false;
            }
        }
        return true; // no mark left anywhere: the closing mark is missing at the end
    }

    private static void singles(String body, int from, int to, List<MarkedQuote> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            if (open < 0) {
                if (QuoteChars.opensSingle(body, i)) {
                    open = i;
                }
            } else if (i - open > MAX_SINGLE) {
                i = open; // give up on this mark and look again just after it
                open = -1;
            } else if (QuoteChars.closesSingle(body, i)) {
                add(body, open, i, true, true, out);
                open = -1;
            }
        }
    }

    private static void add(String body, int open, int close, boolean closed, boolean single, List<MarkedQuote> out) {
        int s = open + 1;
        int e = close;
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new MarkedQuote(new Span(s, e), open, closed, single));
        }
    }

    private static List<MarkedQuote> dedupe(List<MarkedQuote> sorted) {
        List<MarkedQuote> out = new ArrayList<>();
        for (MarkedQuote q : sorted) {
            if (out.isEmpty() || !out.getLast().content().contains(q.content())) {
                out.add(q);
            }
        }
        return out;
    }
}
