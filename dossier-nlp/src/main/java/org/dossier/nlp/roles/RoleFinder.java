package org.dossier.nlp.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.nlp.token.Segmentation;

/**
 * Finds the role descriptions of person mentions by shallow rules over tokens:
 * <ul>
 *   <li>premodifier: the words right before the name, back to a determiner, preposition, verb or
 *       clause opener, when they hold a role noun ("According to Russian politician Sergey Markov");</li>
 *   <li>apposition: comma-delimited phrases right after the name that hold a role noun and no verb,
 *       one after another ("Ola Berg, another Swedish historian, head of the ...,").</li>
 * </ul>
 * The determiner opening an apposition is left out of the role. Pure and thread-safe.
 */
public final class RoleFinder {
    static final int MAX_ROLE_TOKENS = 16;
    private static final Set<String> CONNECTORS = Set.of(",", "and", "of", "for", "-", "&", "the", "'s", "’s");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
    private static final Set<String> APPOSITION_INNER = Set.of("of", "the", "to", "for", "and", "at", "in", "on", ",");

    public List<Mention> attach(String body, Segmentation seg, List<Mention> mentions) {
        if (mentions.isEmpty() || seg.tokens().isEmpty()) {
            return mentions;
        }
        boolean[] person = new boolean[seg.tokens().size()];
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                for (int t = first(seg, m); t <= last(seg, m); t++) {
                    person[t] = true;
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                out.add(m);
                continue;
            }
            Tokens tk = new Tokens(body, seg, person);
            int f = first(seg, m);
            int l = last(seg, m);
            Sentence s = seg.sentences().get(seg.sentenceOf(f));
            Mention with = m;
            Span pre = premodifier(tk, f, s.firstToken());
            if (pre == null && f - 2 >= s.firstToken() && tk.text(f - 1).equals(",") && RoleWords.isHead(tk.text(f - 2))
                    && (l + 1 >= s.endToken() || closes(tk, l + 1))) {
                // "Corvane Maritime's chief executive, Tobias Wennholm, said": the role before the comma
                pre = premodifier(tk, f - 1, s.firstToken());
            }
            if (pre != null) {
                with = with.withRole(pre);
            }
            for (Span app : appositions(tk, l, s.endToken())) {
                with = with.withRole(app);
            }
            out.add(with);
        }
        return out;
    }

    private static int first(Segmentation seg, Mention m) {
        return seg.tokenAt(m.span().start());
    }

    private static int last(Segmentation seg, Mention m) {
        return seg.tokenAt(m.span().end()) - 1;
    }

    private static Span premodifier(Tokens tk, int f, int sentenceStart) {
        int left = f;
        // "press secretary of Russian President Vladimir Putin": when a role noun stands right before
        // the name, the role ends there and an "of" to its left belongs to someone else's role
        boolean headNext = f - 1 >= sentenceStart && RoleWords.isHead(tk.text(f - 1));
        for (int t = f - 1; t >= sentenceStart && f - t <= MAX_ROLE_TOKENS; t--) {
            String w = tk.text(t);
            if (tk.person[t] || headNext && (w.equals("of") || w.equals("for"))) {
                break;
            }
            if ((w.equals("and") || w.equals(",")) && !conjunctEndsInHead(tk, t, sentenceStart)) {
                break;
            }
            if (w.equals("the")) {
                if (t - 1 >= sentenceStart && (tk.text(t - 1).equals("of") || tk.text(t - 1).equals("for"))) {
                    left = t;
                    continue;
                }
                break;
            }
            if (CONNECTORS.contains(w)) {
                left = t;
                continue;
            }
            if (capitalised(w)) {
                if (RoleWords.CAPITAL_STOPS.contains(w)) {
                    break;
                }
                left = t;
                continue;
            }
            if (lowerWord(w) && !RoleWords.STOPS.contains(w) && !(verbLike(w) && !RoleWords.isModifier(w))) {
                left = t;
                continue;
            }
            break;
        }
        int right = f - 1;
        while (left <= right && !(capitalised(tk.text(left)) || RoleWords.isModifier(tk.text(left)))) {
            left++;
        }
        if (left > right || CONNECTORS.contains(tk.text(right)) || !hasHead(tk, left, right)) {
            return null;
        }
        return new Span(tk.start(left), tk.end(right));
    }

    /** "blogger, activist, and public figure": a coordinated role needs a role noun before the "and" or comma. */
    private static boolean conjunctEndsInHead(Tokens tk, int t, int sentenceStart) {
        int k = t - 1;
        while (k >= sentenceStart && (tk.text(k).equals(",") || tk.text(k).equals("and"))) {
            k--;
        }
        return k >= sentenceStart && RoleWords.isHead(tk.text(k));
    }

    private static List<Span> appositions(Tokens tk, int l, int sentenceEnd) {
        List<Span> roles = new ArrayList<>();
        int t = l + 1;
        // "Greta Lindqvist, 68, a retired teacher": an age between commas is skipped
        if (t + 2 < sentenceEnd && tk.text(t).equals(",") && tk.text(t + 1).matches("\\d{1,3}")
                && tk.text(t + 2).equals(",")) {
            t += 2;
        }
        while (t < sentenceEnd && tk.text(t).equals(",")) {
            int start = t + 1;
            while (start < sentenceEnd && RoleWords.DETERMINERS.contains(tk.text(start))) {
                start++;
            }
            int end = start;
            boolean relative = false;
            while (end < sentenceEnd && end - start < MAX_ROLE_TOKENS && !closes(tk, end)) {
                if (RELATIVES.contains(tk.text(end))) {
                    // "a retired teacher who has lived there": the role ends at the relative clause
                    relative = true;
                    break;
                }
                end++;
            }
            if (end == start || end - start >= MAX_ROLE_TOKENS || !appositive(tk, start, end - 1)) {
                break;
            }
            roles.add(new Span(tk.start(start), tk.end(end - 1)));
            if (relative) {
                break;
            }
            t = end;
        }
        return roles;
    }

    private static boolean closes(Tokens tk, int t) {
        String w = tk.text(t);
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals(")") || w.equals("(")
                || w.equals("[") || w.equals("]") || w.equals("!")
                || w.equals("?") || w.equals("—") || w.equals("–") || isQuote(w);
    }

    private static boolean appositive(Tokens tk, int from, int to) {
        String opener = tk.text(from);
        if (!(capitalised(opener) || RoleWords.isModifier(opener))) {
            return false;
        }
        for (int t = from; t <= to; t++) {
            String w = tk.text(t);
            if (lowerWord(w) && !APPOSITION_INNER.contains(w)
                    && (RoleWords.STOPS.contains(w) || verbLike(w) && !RoleWords.isModifier(w))) {
                return false;
            }
        }
        return hasHead(tk, from, to);
    }

    private static boolean hasHead(Tokens tk, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (RoleWords.isHead(tk.text(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean lowerWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    private static boolean verbLike(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.length() > 4 && (l.endsWith("ed") || l.endsWith("ing") || l.endsWith("ly"));
    }

    private static boolean isQuote(String w) {
        return w.length() <= 2 && w.chars().allMatch(c -> "\"'“”‘’«»`".indexOf(c) >= 0);
    }

    private record Tokens(String body, Segmentation seg, boolean[] person) {
        String text(int t) {
            return seg.tokens().get(t).word();
        }

        int start(int t) {
            return seg.tokens().get(t).span().start();
        }

        int end(int t) {
            return seg.tokens().get(t).span().end();
        }
    }
}
