package org.dossier.quote.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/** The paragraphs of a body: blocks of text between blank lines, as spans. */
public final class Paragraphs {
    private static final Pattern BLANK_LINE = Pattern.compile("[ \\t\\x{00A0}]*\\n[ \\t\\x{00A0}]*\\n\\s*");

    private Paragraphs() {
    }

    /** The non-blank blocks of {@code body}, in order, trimmed. */
    public static List<Span> of(String body) {
        List<Span> out = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(body);
        int from = 0;
        while (m.find()) {
            add(body, from, m.start(), out);
            from = m.end();
        }
        add(body, from, body.length(), out);
        return out;
    }

    /** Index of the paragraph holding {@code offset}, or of the last one starting before it. */
    public static int indexOf(List<Span> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static void add(String body, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(body.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
