package org.dossier.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.dossier.quote.marks.MarkedQuote;

/**
 * Attributes each marked quote from the words right after its closing mark (", Elvstrand said",
 * "said Smith", "? summarized A. Zelmanov"), or right before its opening mark ("Smith told
 * reporters: "). A quote whose closing mark is missing ends before such a trailing attribution.
 */
final class DirectQuotes {
    /** A trailing attribution "NP cue" or "cue NP" has at most this many tokens. */
    private static final int MAX_TAIL = 14;
    /** A sentence after a quote attributes it only when it is no more than this: "Smith said on Monday." */
    private static final int SHORT_SENTENCE = 10;
    /** An apposition after a speaker's name ("Jane Doe, a spokeswoman for the ministry,") is at most this long. */
    private static final int MAX_APPOSITION = 25;
    private static final Set<String> SKIPPABLE = Set.of(",", ":", "''", "``", "-LRB-", "-RRB-");

    private DirectQuotes() {
    }

    static List<Candidate> find(TextIndex all, String body) {
        List<Candidate> out = new ArrayList<>();
        for (MarkedQuote q : all.quotes()) {
            Span content = q.content();
            Candidate c = null;
            if (!q.closed()) {
                c = trailingInside(all, q);
                if (c != null) {
                    content = c.content();
                }
            }
            if (c == null) {
                c = after(all, q, body);
            }
            if (c == null) {
                c = before(all, q);
            }
            if (c == null) {
                SentenceTokens s = all.at(content.start());
                c = new Candidate(QuoteKind.DIRECT, content, Optional.empty(), Optional.empty(), s == null ? 0 : s.index(),
                        Construction.QUOTE);
            }
            out.add(c);
        }
        return out;
    }

    /** `…," Smith said.`, `…," said Smith.`, `…? summarized A. Zelmanov`. */
    private static Candidate after(TextIndex all, MarkedQuote q, String body) {
        int close = q.closed() ? q.outer(body).end() : q.content().end();
        SentenceTokens s = all.at(close);
        if (s == null) {
            return null;
        }
        int i = s.tokenAtOrAfter(close);
        SentenceTokens next = all.get(s.index() + 1);
        if (i >= s.size() && next != null && next.paragraph() == s.paragraph()
                && (next.size() <= SHORT_SENTENCE || isDash(next.get(0)))) {
            s = next; // `…." Smith said.` or `…” ― Name` split after the closing mark
            i = 0;
        }
        if (i >= s.size() || s.get(i).start() - close > 3) {
            return null;
        }
        if (i < s.size() && isDash(s.get(i))) {
            int[] np = NounPhrases.startingAt(s, i + 1);
            if (np != null && s.get(np[1] - 1).isProperNoun()) { // `…” ― Krystal Correa`: a byline for the quote
                return new Candidate(QuoteKind.DIRECT, q.content(), Optional.of(ReportedSpeech.span(s, i, i + 1)),
                        Optional.of(ReportedSpeech.span(s, np[0], np[1])), s.index(), Construction.QUOTE);
            }
        }
        while (i < s.size() && SKIPPABLE.contains(s.get(i).tag()) && i < s.size() - 1) {
            i++;
        }
        return tail(s, i, q.content(), QuoteKind.DIRECT);
    }

    /** The attribution "NP [aux] cue" or "cue NP" starting at token {@code i}. */
    static Candidate tail(SentenceTokens s, int i, Span content, QuoteKind kind) {
        int limit = Math.min(s.size(), i + MAX_TAIL);
        if (i < limit && s.get(i).is("according") && i + 1 < limit && s.get(i + 1).is("to")) {
            int[] np = NounPhrases.startingAt(s, i + 2);
            return np == null ? null : new Candidate(kind, content, Optional.of(ReportedSpeech.span(s, i, i + 2)),
                    Optional.of(ReportedSpeech.span(s, np[0], np[1])), s.index(), Construction.QUOTE);
        }
        if (i < limit && CueLexicon.isCueVerb(s, i)) {
            int[] np = NounPhrases.startingAt(s, i + 1);
            return np == null ? null : candidate(s, i, np, content, kind);
        }
        int[] np = NounPhrases.startingAt(s, i);
        if (np == null) {
            return null;
        }
        int from = skipBracket(s, np[1]);
        if (from < s.size() && s.get(from).is(",")) {
            from = afterApposition(s, from); // `…," Scott Pruitt, the attorney general of Oklahoma, said`
            limit = Math.min(s.size(), from + 4);
        }
        for (int v = from; v < limit; v++) {
            Token t = s.get(v);
            if (CueLexicon.isCueVerb(s, v)) {
                return candidate(s, v, np, content, kind);
            }
            if (!(t.tag().equals("RB") || t.tag().equals("MD") || Set.of("have", "be", "do").contains(t.lemma()))) {
                return null;
            }
        }
        return null;
    }

    /** `Smith said: "…"`, `Smith told reporters, "…"`. */
    private static Candidate before(TextIndex all, MarkedQuote q) {
        SentenceTokens s = all.at(q.open());
        if (s == null) {
            return null;
        }
        int i = s.tokenAtOrAfter(q.open());
        if (i == 0 && s.index() > 0) {
            SentenceTokens prev = all.get(s.index() - 1);
            if (prev != null && prev.get(prev.size() - 1).is(":")) {
                s = prev; // "Smith said:" closing the previous paragraph
                i = prev.size();
            }
        }
        int j = i - 1;
        while (j >= 0 && (s.get(j).is(",") || s.get(j).is(":") || s.get(j).is("that") || s.get(j).is("—")
                || s.get(j).tag().equals("``"))) {
            j--;
        }
        for (int v = j; v >= 0 && j - v <= 6; v--) {
            Token t = s.get(v);
            if (all.insideQuote(t.start())) {
                return null;
            }
            if (CueLexicon.isCueVerb(s, v)) {
                int k = v - 1;
                while (k >= 0 && (s.get(k).tag().equals("RB") || s.get(k).tag().equals("MD")
                        || Set.of("have", "be", "do").contains(s.get(k).lemma())) && !NounPhrases.initialName(s, k)) {
                    k--;
                }
                int[] np = NounPhrases.endingAt(s, k);
                if (np == null) {
                    Subjects.Found f = Subjects.find(s, v, null); // "…, saying, "…"": the clause's subject
                    np = f == null ? null : new int[] {f.start(), f.end()};
                }
                return np == null ? null : candidate(s, v, np, q.content(), QuoteKind.DIRECT);
            }
        }
        return null;
    }

    /** An unclosed quote ending in its own attribution: `… personally? summarized A. Zelmanov.` */
    private static Candidate trailingInside(TextIndex all, MarkedQuote q) {
        SentenceTokens s = all.at(q.content().end() - 1);
        if (s == null || s.start() <= q.content().start()) {
            return null;
        }
        for (int i = Math.max(0, s.size() - MAX_TAIL); i < s.size(); i++) {
            boolean boundary = i == 0 || s.get(i - 1).is(",") || s.get(i - 1).is("?") || s.get(i - 1).is("!");
            if (!boundary) {
                continue;
            }
            int cut = i == 0 ? all.get(s.index() - 1).end() : s.get(i - 1).end();
            Span content = new Span(q.content().start(), cut);
            Candidate c = tail(s, i, content, QuoteKind.DIRECT);
            if (c != null && c.source().isPresent() && c.source().get().end() >= s.get(s.size() - 1).start() - 1) {
                return c;
            }
        }
        return null;
    }

    /** The index after the comma that closes an apposition opening at {@code comma}, or {@code comma}. */
    private static int afterApposition(SentenceTokens s, int comma) {
        for (int k = comma + 1; k < s.size() && k - comma <= MAX_APPOSITION; k++) {
            if (s.get(k).is(",")) {
                return k + 1;
            }
            if (s.get(k).tag().equals("''") || s.get(k).tag().equals("``")) {
                break;
            }
        }
        return comma;
    }

    /** The index after a bracketed aside starting at {@code i} ("(D-Mo.)"), or {@code i}. */
    static int skipBracket(SentenceTokens s, int i) {
        if (i < s.size() && s.get(i).tag().equals("-LRB-")) {
            for (int k = i + 1; k < s.size() && k - i < 8; k++) {
                if (s.get(k).tag().equals("-RRB-")) {
                    return k + 1;
                }
            }
        }
        return i;
    }

    static boolean isDash(Token t) {
        return "―—–-".indexOf(t.word().charAt(0)) >= 0 || t.word().equals("--");
    }

    private static Candidate candidate(SentenceTokens s, int v, int[] np, Span content, QuoteKind kind) {
        Span cue = ReportedSpeech.span(s, v, v + 1);
        Span source = ReportedSpeech.span(s, np[0], np[1]);
        if (cue.overlaps(content) || source.overlaps(content)) {
            return null;
        }
        return new Candidate(kind, content, Optional.of(cue), Optional.of(source), s.index(), Construction.QUOTE);
    }
}
