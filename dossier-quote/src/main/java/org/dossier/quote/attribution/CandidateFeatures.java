package org.dossier.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.dossier.quote.marks.MarkedQuote;

/**
 * The features the learned gate reads of a reported-speech attribution: the construction that made
 * it, its cue's lemma and tag, the kind of words naming the source (a pronoun, a name, a common
 * noun's head and its ending), the content's first word, length and whether it holds a finite verb,
 * where the sentence stands, and whether the attribution sits inside another one's content. Only
 * words of closed classes and lemmas of common words become feature names: no name, no number.
 */
final class CandidateFeatures {
    /** Words that open a content and say what kind of clause it is. */
    private static final Set<String> OPENERS = Set.of(
            "that", "to", "if", "whether", "how", "what", "why", "when", "where", "who", "which", "the", "a", "an",
            "this", "these", "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "you", "there", "for",
            "on", "about", "as", "in", "with", "of", "by", "no", "not", "because", "but", "and", "so");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    private CandidateFeatures() {
    }

    /** The features of {@code c}, one of the {@code reported} attributions of the text indexed by {@code all}. */
    static List<String> of(Candidate c, TextIndex all, List<Candidate> reported) {
        List<String> f = new ArrayList<>();
        String how = c.construction().name() + c.how().map(h -> "/" + h.name()).orElse("");
        f.add("c=" + how);
        f.add("c=" + c.construction().name());
        SentenceTokens s = all.get(c.sentence());
        List<Token> cue = c.cue().map(span -> tokens(s, span)).orElse(List.of());
        Token head = cue.stream().filter(Token::isVerb).findFirst().orElse(cue.isEmpty() ? null : cue.getFirst());
        String lemma = head == null ? "-" : lemmaOf(head);
        f.add("cue=" + lemma);
        f.add("cue=" + lemma + "|c=" + how);
        f.add("cuetag=" + (head == null ? "-" : head.tag()));
        if (head != null && head.isVerb() && !CueLexicon.isCueVerb(head)) {
            f.add("cue-outside-lexicon"); // a verb with a "that" clause the rules do not attribute by
            f.add("cue-outside-lexicon|c=" + how);
        }
        String source = sourceKind(c, s);
        f.add("src=" + source);
        f.add("src=" + source + "|cue=" + lemma);
        f.add("src=" + source + "|c=" + c.construction().name());
        List<Token> content = tokens(s, c.content());
        if (!content.isEmpty()) {
            Token first = content.getFirst();
            String opener = OPENERS.contains(first.lemma()) ? first.lemma() : "tag:" + first.tag();
            f.add("first=" + opener);
            f.add("first=" + opener + "|cue=" + lemma);
            f.add("first=" + opener + "|c=" + c.construction().name());
            f.add("len=" + bucket(content.size()));
            f.add("len=" + bucket(content.size()) + "|c=" + c.construction().name());
            boolean finite = content.stream().anyMatch(t -> FINITE.contains(t.tag()));
            f.add("finite=" + finite);
            f.add("finite=" + finite + "|cue=" + lemma);
            if (content.getLast().is("?")) {
                f.add("content?");
            }
            // where the content ends: the sentence's end, a comma, or before more of the sentence
            int lastIndex = s.tokens().indexOf(content.getLast());
            String ends = lastIndex >= s.size() - 2 ? "sentence" : s.get(lastIndex + 1).is(",") ? "comma" : "inside";
            f.add("ends=" + ends);
            f.add("ends=" + ends + "|c=" + c.construction().name());
            String last = content.getLast().tag();
            f.add("lasttag=" + last);
            int gap = c.cue().isEmpty() ? -1 : Math.abs(s.tokenAtOrAfter(c.content().start()) - s.tokenAtOrAfter(c.cue().get().end()));
            f.add("gap=" + (gap < 0 ? "-" : bucket(gap)) + "|c=" + c.construction().name());
            long verbs = content.stream().filter(t -> FINITE.contains(t.tag())).count();
            f.add("finites=" + Math.min(verbs, 3));
        }
        if (s.get(s.size() - 1).is("?")) {
            f.add("sentence?");
        }
        f.add("place=" + (s.index() == 0 ? "first" : s.index() < 3 ? "lead" : "body"));
        SentenceTokens before = all.get(s.index() - 1);
        if (before == null || before.paragraph() != s.paragraph()) {
            f.add("opens-paragraph");
        }
        if (head != null) {
            int i = s.tokens().indexOf(head);
            for (int k = Math.max(0, i - 3); k < i; k++) {
                if (NEGATIONS.contains(s.get(k).lemma())) {
                    f.add("negated");
                }
                if (s.get(k).tag().equals("MD")) {
                    f.add("modal");
                }
            }
        }
        MarkedQuote q = all.quoteAt(c.content().start());
        if (q != null && !q.single()) {
            f.add("in-quote");
        }
        if (quoted(c.content(), all)) {
            f.add("holds-quote");
        }
        for (Candidate o : reported) {
            if (o != c && o.source().isPresent() && o.content().contains(c.content())
                    && c.source().map(o.content()::contains).orElse(true)) {
                f.add("nested");
                f.add("nested|cue=" + lemma);
                break;
            }
        }
        return f;
    }

    /** What names the source: none, a pronoun by lemma, a name, or a common noun by lemma and ending. */
    private static String sourceKind(Candidate c, SentenceTokens s) {
        if (c.source().isEmpty()) {
            return "none";
        }
        List<Token> src = tokens(s, c.source().get());
        if (src.isEmpty()) {
            return "elsewhere";
        }
        Token last = src.getLast();
        if (last.isPronoun() || last.tag().equals("WP")) {
            return "pron:" + last.lemma();
        }
        if (last.isProperNoun() || last.isCapitalised() && !last.isNoun()) {
            return src.size() == 1 ? "name1" : "name";
        }
        if (last.isNoun()) {
            return "noun:" + last.lemma();
        }
        return "tag:" + last.tag();
    }

    private static boolean quoted(Span content, TextIndex all) {
        for (MarkedQuote q : all.quotes()) {
            if (!q.single() && content.contains(q.content())) {
                return true;
            }
            if (q.content().start() >= content.end()) {
                break;
            }
        }
        return false;
    }

    private static String lemmaOf(Token t) {
        return t.lemma().toLowerCase(java.util.Locale.ROOT);
    }

    private static String bucket(int n) {
        return n <= 1 ? "1" : n <= 2 ? "2" : n <= 3 ? "3" : n <= 5 ? "4-5" : n <= 9 ? "6-9" : n <= 19 ? "10-19" : "20+";
    }

    /** The tokens of {@code s} inside {@code span}; a span in another sentence yields none. */
    static List<Token> tokens(SentenceTokens s, Span span) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.start() >= span.start() && t.end() <= span.end()) {
                out.add(t);
            } else if (t.start() >= span.end()) {
                break;
            }
        }
        return out;
    }
}
