package org.dossier.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.dossier.quote.marks.MarkedQuote;

/**
 * What makes a reported statement a statement: a proposition someone put forward, not a question the
 * writer asks ("What does the expert community think about it?"), a request ("asked X to respond to the
 * question", "declined to comment") or a verbless fragment ("replied by the time of publication"); and
 * its words, not the dateline that opens a wire story ("HARBOURTON, May 4 (Wire) – ..."), whose place
 * names nobody who spoke.
 */
final class Propositions {
    /** Verbs that open a question: "What does X think ...?", "Will X agree ...?". */
    private static final Set<String> QUESTION_OPENERS = Set.of("do", "does", "did", "will", "would", "can", "could", "should",
            "is", "are", "was", "were", "has", "have", "had", "shall", "may", "might");
    /** Verbs whose complement is a question or a request put to someone, not a view of the asker's. */
    private static final Set<String> ASKING = Set.of("ask", "inquire", "enquire", "query", "invite", "request");
    /** Verbs of speaking that, after "to", make a request to speak rather than a statement ("to comment"). */
    private static final Set<String> SPEAKING = Set.of("comment", "respond", "answer", "reply", "elaborate", "speak", "say",
            "discuss", "confirm", "talk", "address", "explain");
    /** A dateline at a sentence's start: place in capitals, optionally a date and an agency in brackets, a dash ("WASHINGTON — "). */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\p{M} .'-]*\\p{Lu}(?:, [\\p{L} .'-]{1,30})?(?:, [\\p{L}]{3,9}\\.? \\d{1,2}(?:, \\d{4})?)?"
                    + "(?: \\([^()\\n]{1,40}\\))? ?[-–—]+ ");

    private Propositions() {
    }

    /**
     * Whether {@code c} is a reported statement (not a question, request or fragment) whose source is
     * not in a dateline; a marked quote always is.
     */
    static boolean isStatement(Candidate c, TextIndex all, String body) {
        if (c.kind() == QuoteKind.DIRECT) {
            return true;
        }
        SentenceTokens s = all.get(c.sentence());
        if (s == null) {
            return true;
        }
        if (isQuestion(s, all)) {
            return false;
        }
        Optional<Token> cue = c.cue().flatMap(span -> CandidateFeatures.tokens(s, span).stream().filter(Token::isVerb).findFirst());
        List<Token> content = CandidateFeatures.tokens(s, c.content());
        if (content.isEmpty()) {
            return true;
        }
        boolean asking = cue.isPresent() && ASKING.contains(cue.get().lemma().toLowerCase(java.util.Locale.ROOT));
        if (asking && (content.getFirst().is("to") || listenerAfter(s, cue.get()))) {
            // "asked X to respond to the question", "asked the company how much oil had leaked": a request or an
            // interview question put to someone, not a view of the asker's
            return false;
        }
        if (isFragment(content, cue.map(CueLexicon::isSayVerb).orElse(false))) {
            return false;
        }
        Span dateline = dateline(s, body);
        return dateline == null || c.source().map(src -> !dateline.overlaps(src)).orElse(true);
    }

    /** Whether a noun phrase (the one asked) follows the cue: "asked the company how ...", not "asked whether ...". */
    private static boolean listenerAfter(SentenceTokens s, Token cue) {
        int i = s.tokens().indexOf(cue) + 1;
        return i < s.size() && NounPhrases.startingAt(s, i) != null && !s.get(i).tag().startsWith("W");
    }

    /**
     * {@code c} without a source when its cue is a passive with an infinitive ("He is expected to start",
     * "She was said to favour the plan"): the subject is who the statement is about, its author unnamed.
     */
    static Candidate withoutPassiveSource(Candidate c, TextIndex all) {
        if (c.kind() == QuoteKind.DIRECT || c.cue().isEmpty() || c.source().isEmpty()
                || c.source().get().start() > c.cue().get().start()) {
            return c;
        }
        SentenceTokens s = all.get(c.sentence());
        if (s == null) {
            return c;
        }
        int v = s.tokenAtOrAfter(c.cue().get().start());
        int first = s.tokenAtOrAfter(c.content().start());
        if (v >= s.size() || !s.get(v).tag().equals("VBN") || first >= s.size() || !s.get(first).is("to")) {
            return c;
        }
        int j = v - 1;
        while (j >= 0 && s.get(j).tag().equals("RB")) {
            j--;
        }
        return j >= 0 && s.get(j).lemma().equals("be") ? c.withoutSource() : c;
    }

    /** A sentence outside quotes that asks: it ends with a question mark and opens with a question word or an auxiliary. */
    static boolean isQuestion(SentenceTokens s, TextIndex all) {
        Token last = s.get(s.size() - 1);
        int i = last.is("?") ? s.size() - 1 : s.size() - 2;
        if (i < 1 || !s.get(i).is("?")) {
            return false;
        }
        MarkedQuote q = all.quoteAt(s.get(i).start());
        if (q != null) {
            return false;
        }
        Token first = s.get(0);
        String tag = first.tag();
        return tag.equals("WP") || tag.equals("WRB") || tag.equals("WDT") || tag.equals("WP$")
                || QUESTION_OPENERS.contains(first.word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Content that says nothing on its own: "to" with a verb of speaking and its object ("to comment",
     * "to respond to the question"), or, for a verb of saying ({@code saying}), whose content is a
     * clause, a phrase opening with a preposition that holds no verb ("asked these questions to Turkish
     * and Armenian experts", "had not replied by the time of publication").
     */
    static boolean isFragment(List<Token> content, boolean saying) {
        Token first = content.getFirst();
        boolean verb = content.stream().anyMatch(Token::isVerb);
        if (first.is("to") && content.size() >= 2 && content.get(1).isVerb()) {
            String lemma = content.get(1).lemma().toLowerCase(java.util.Locale.ROOT);
            return SPEAKING.contains(lemma) && content.stream().skip(2).noneMatch(Token::isVerb);
        }
        return saying && !verb && (first.tag().equals("IN") || first.tag().equals("TO")) && !first.is("that");
    }

    /** The dateline opening {@code s}, when {@code s} opens a paragraph with one; else null. */
    static Span dateline(SentenceTokens s, String body) {
        Matcher m = DATELINE.matcher(body).region(s.start(), Math.min(body.length(), s.start() + 120));
        return m.lookingAt() ? new Span(s.start(), m.end()) : null;
    }

    /** {@code c} without a dateline at the start of its content (the wire's, not the speaker's words). */
    static Candidate withoutDateline(Candidate c, TextIndex all, String body) {
        if (c.kind() == QuoteKind.DIRECT || c.parts().size() != 1) {
            return c;
        }
        SentenceTokens s = all.at(c.content().start());
        if (s == null || s.start() != c.content().start()) {
            return c;
        }
        Span d = dateline(s, body);
        if (d == null || d.end() >= c.content().end()) {
            return c;
        }
        return c.withContent(new Span(d.end(), c.content().end()));
    }

    /**
     * One statement listed once per speaker: of two statements with the same speaker where one's content
     * holds the other's but for a few words (a participle glued on: "emphasizing the lack of X" and "the
     * lack of X"), the shorter is kept.
     */
    static <T> List<T> distinct(List<T> statements, java.util.function.Function<T, Span> content,
                                java.util.function.Function<T, Optional<String>> speaker, String body) {
        List<T> out = new ArrayList<>();
        for (T a : statements) {
            boolean repeated = false;
            for (T b : statements) {
                if (a == b || speaker.apply(a).isEmpty() || !speaker.apply(a).equals(speaker.apply(b))) {
                    continue;
                }
                Span x = content.apply(a);
                Span y = content.apply(b);
                if (x.contains(y) && !x.equals(y) && extraWords(body, x, y) <= 3
                        || x.equals(y) && statements.indexOf(b) < statements.indexOf(a)) {
                    repeated = true;
                    break;
                }
            }
            if (!repeated) {
                out.add(a);
            }
        }
        return out;
    }

    private static int extraWords(String body, Span outer, Span inner) {
        String rest = body.substring(outer.start(), inner.start()) + " " + body.substring(inner.end(), outer.end());
        String t = rest.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return t.isEmpty() ? 0 : t.split(" ").length;
    }
}
