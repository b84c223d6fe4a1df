package org.dossier.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into an article's body.
 *
 * @param start first character, inclusive, not negative
 * @param end   last character, exclusive, not before {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must have 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code text}; throws if the span runs past it. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " runs past text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** This span without the whitespace at its ends in {@code text}; empty (at its end) when it is all whitespace. */
    public Span trimmed(CharSequence text) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == start && e == end ? this : new Span(s, e);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
