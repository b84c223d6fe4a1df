package org.dossier.story.timeline;

import java.util.List;
import org.dossier.model.Sentence;
import org.dossier.model.Span;

/**
 * Cuts the clause around a date out of its sentence: the sentence, narrowed to the piece between
 * semicolons or spaced dashes that holds the date, and further to the comma-separated pieces around
 * the date when it is still long. A piece with too few words of its own (a dateline such as
 * "HARBOURTON, May 2 (Agency)") gives way to the whole sentence. Stateless.
 */
final class Clauses {
    /** An event's text stays short enough to read in a timeline row. */
    static final int MAX_WORDS = 40;
    /** A piece needs this many content words, besides the date, to say what happened. */
    static final int MIN_CONTENT_WORDS = 4;
    /** What separates the pieces of a sentence: a semicolon or a dash with space around it. */
    private static final java.util.regex.Pattern PIECE_SEPARATOR = java.util.regex.Pattern.compile(";|\\s[–—-]\\s");

    private Clauses() {
    }

    /** The clause of {@code body} around {@code date}, trimmed of joining punctuation and conjunctions. */
    static Span around(String body, List<Sentence> sentences, Span date) {
        Span sentence = sentenceOf(body, sentences, date);
        Span piece = pieceAround(body, sentence, date);
        if (ContentWords.of(without(body, piece, date)).size() < MIN_CONTENT_WORDS) {
            piece = sentence;
        }
        if (ContentWords.count(piece.of(body)) > MAX_WORDS) {
            piece = commaWindow(body, piece, date);
        }
        return trim(body, piece);
    }

    /** The sentence holding {@code date}; without sentences (an article no stage split), its line up to . ! ? */
    static Span sentenceOf(String body, List<Sentence> sentences, Span date) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (s.end() <= date.start()) {
                lo = mid + 1;
            } else if (s.start() > date.start()) {
                hi = mid - 1;
            } else {
                return new Span(s.start(), Math.max(s.end(), Math.min(date.end(), body.length())));
            }
        }
        int start = date.start();
        while (start > 0 && body.charAt(start - 1) != '\n' && !sentenceEndBefore(body, start)) {
            start--;
        }
        int end = date.end();
        while (end < body.length() && body.charAt(end) != '\n' && !sentenceEndBefore(body, end)) {
            end++;
        }
        return new Span(start, end);
    }

    private static boolean sentenceEndBefore(String body, int at) {
        return at >= 2 && Character.isWhitespace(body.charAt(at - 1)) && ".!?".indexOf(body.charAt(at - 2)) >= 0;
    }

    private static Span pieceAround(String body, Span within, Span date) {
        String text = within.of(body);
        java.util.regex.Matcher m = PIECE_SEPARATOR.matcher(text);
        int start = within.start();
        int end = within.end();
        while (m.find()) {
            int sepStart = within.start() + m.start();
            int sepEnd = within.start() + m.end();
            if (sepEnd <= date.start()) {
                start = sepEnd;
            } else if (sepStart >= date.end()) {
                end = sepStart;
                break;
            }
        }
        return new Span(start, end);
    }

    /** Grows from the comma piece holding the date, leftwards then rightwards, while under {@link #MAX_WORDS}. */
    private static Span commaWindow(String body, Span piece, Span date) {
        List<Span> parts = new java.util.ArrayList<>();
        int at = piece.start();
        for (int i = piece.start(); i < piece.end(); i++) {
            if (body.charAt(i) == ',' && i + 1 < piece.end() && Character.isWhitespace(body.charAt(i + 1))) {
                parts.add(new Span(at, i + 1));
                at = i + 1;
            }
        }
        parts.add(new Span(at, piece.end()));
        int first = 0;
        while (first < parts.size() - 1 && parts.get(first).end() <= date.start()) {
            first++;
        }
        int last = first;
        while (last < parts.size() - 1 && parts.get(last).end() < date.end()) {
            last++;
        }
        // leftwards first: the subject of what happened usually comes before its date
        while (first > 0 && words(body, parts.get(first - 1).start(), parts.get(last).end()) <= MAX_WORDS) {
            first--;
        }
        while (last + 1 < parts.size() && words(body, parts.get(first).start(), parts.get(last + 1).end()) <= MAX_WORDS) {
            last++;
        }
        return new Span(parts.get(first).start(), parts.get(last).end());
    }

    private static int words(String body, int start, int end) {
        return ContentWords.count(body.substring(start, end));
    }

    /** The piece's text with the date's characters blanked, so its words are the piece's own. */
    private static String without(String body, Span piece, Span date) {
        StringBuilder sb = new StringBuilder(piece.of(body));
        int from = Math.max(date.start(), piece.start()) - piece.start();
        int to = Math.min(date.end(), piece.end()) - piece.start();
        for (int i = from; i < to; i++) {
            sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }

    private static Span trim(String body, Span s) {
        int start = s.start();
        int end = s.end();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && (Character.isWhitespace(body.charAt(start)) || ",;:–—-".indexOf(body.charAt(start)) >= 0)) {
                start++;
                changed = true;
            }
            for (String joiner : List.of("and ", "but ", "while ", "whereas ")) {
                if (body.regionMatches(true, start, joiner, 0, joiner.length()) && end - start > joiner.length()) {
                    start += joiner.length();
                    changed = true;
                }
            }
        }
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || ",;:–—-".indexOf(body.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }
}
