package org.dossier.extract.html.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, lenient JSON reader for the JSON-LD blocks pages embed: objects become {@link Map}s,
 * arrays {@link List}s, strings {@link String}s, numbers {@link Double}s. Tolerates what publishers
 * get wrong (trailing commas, HTML comments around the block, raw line breaks in strings) and gives
 * up, returning empty, on anything else. Nesting deeper than {@link #MAX_DEPTH} is cut off so a
 * hostile block cannot exhaust the stack.
 */
final class Json {
    static final int MAX_DEPTH = 64;

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** The value in {@code text}, or empty when it is not JSON this reader can make sense of. */
    static Optional<Object> parse(String text) {
        String t = text.strip();
        if (t.startsWith("<!--")) {
            t = t.substring(4);
        }
        if (t.endsWith("-->")) {
            t = t.substring(0, t.length() - 3);
        }
        Json j = new Json(t);
        try {
            j.space();
            Object v = j.value(0);
            return Optional.ofNullable(v);
        } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // a broken block is the page's problem: the metadata simply does not come from it
            return Optional.empty();
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("nested too deep");
        }
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"', '\'' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        space();
        while (s.charAt(i) != '}') {
            String key = string();
            space();
            expect(':');
            space();
            m.putIfAbsent(key, value(depth + 1));
            space();
            if (s.charAt(i) == ',') {
                i++;
                space();
            } else if (s.charAt(i) != '}') {
                throw new IllegalStateException("expected , or } at " + i);
            }
        }
        i++;
        return m;
    }

    private List<Object> array(int depth) {
        List<Object> l = new ArrayList<>();
        i++;
        space();
        while (s.charAt(i) != ']') {
            Object v = value(depth + 1);
            if (v != null) {
                l.add(v);
            }
            space();
            if (s.charAt(i) == ',') {
                i++;
                space();
            } else if (s.charAt(i) != ']') {
                throw new IllegalStateException("expected , or ] at " + i);
            }
        }
        i++;
        return l;
    }

    private String string() {
        char quote = s.charAt(i);
        if (quote != '"' && quote != '\'') {
            throw new IllegalStateException("expected a string at " + i);
        }
        i++;
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == quote) {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private Object literal() {
        int start = i;
        while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String w = s.substring(start, i);
        switch (w) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                try {
                    return Double.valueOf(w);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("not a JSON value at " + start + ": " + w, e);
                }
        }
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalStateException("expected " + c + " at " + i);
        }
        i++;
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
