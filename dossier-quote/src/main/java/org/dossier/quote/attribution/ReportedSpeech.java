package org.dossier.quote.attribution;

import static org.dossier.quote.attribution.SentenceTokens.isPunctuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * Reported speech in one sentence: for each cue ("said", "according to", "in the opinion of"),
 * the source noun phrase beside it and the clause it attributes, whether the clause follows the
 * cue ("X said that ..."), precedes it ("..., X said") or surrounds it ("..., X said, ...").
 */
final class ReportedSpeech {
    private static final Set<String> PLACE_TIME_PREPOSITIONS = Set.of(
            "in", "on", "at", "during", "to", "with", "after", "before", "from", "via", "through", "over", "by",
            "earlier", "last", "this", "late", "early", "yesterday", "today", "tonight");
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "that", "if", "whether", "how", "what", "why", "when", "where", "who", "which", "to");

    /** A speaker label before a colon ("PENCE:", "Sen. Graham:") has at most this many tokens. */
    private static final int MAX_LABEL = 5;
    /** A source read up to the next comma has at most this many tokens. */
    private static final int MAX_LOOSE_SOURCE = 12;
    private static final Set<String> NOUN_CUES = Set.of(
            "criticism", "support", "opposition", "call", "calls", "plan", "proposal", "promise", "pledge", "claim",
            "view", "views", "praise", "attack", "attacks", "defense", "defence", "endorsement", "rejection",
            "condemnation", "demand", "insistence", "argument", "assertion", "belief", "concern", "warning");
    private static final Set<String> DOCUMENTS = Set.of(
            "poll", "survey", "study", "report", "interview", "statement", "letter", "memo", "op-ed", "column",
            "editorial", "speech", "tweet", "post", "email", "e-mail", "book", "ad", "advertisement", "video",
            "filing", "lawsuit", "complaint", "release", "document", "article", "story", "essay", "analysis",
            "remarks", "testimony", "address", "message", "announcement", "ruling", "opinion", "briefing");

    private ReportedSpeech() {
    }

    /** Every attribution this sentence's cues make, in order. */
    static List<Candidate> find(SentenceTokens s, TextIndex all) {
        return find(s, all, false);
    }

    /**
     * Every attribution this sentence's cues make, in order; with {@code broad}, also those of any verb
     * outside the cue lexicon that takes a "that" clause ("X conceded privately that ..."), for the
     * learned gate to judge by the verb's lemma.
     */
    static List<Candidate> find(SentenceTokens s, TextIndex all, boolean broad) {
        List<Candidate> out = new ArrayList<>();
        Subjects.Found previous = null;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.get(i);
            if (all.insideQuote(t.start())) {
                continue;
            }
            if (t.is("according") && i + 1 < s.size() && s.get(i + 1).is("to")) {
                prepositional(s, i, i + 2, Construction.ACCORDING_TO, out);
            } else if (t.is("in") && i + 3 < s.size() && s.get(i + 3).is("of")
                    && Set.of("opinion", "view", "words", "estimation", "assessment").contains(s.get(i + 2).lemma())) {
                prepositional(s, i, i + 4, Construction.IN_THE_WORDS_OF, out);
            } else if (t.is("in") && leadsSentence(s, i)) {
                inDocument(s, i, out);
            } else if (t.is(":") && i >= 1 && i <= MAX_LABEL && i + 1 < s.size()) {
                label(s, i, all, out);
            } else if (t.isNoun() && NOUN_CUES.contains(t.lemma()) && i > 0) {
                nounCue(s, i, out);
            } else if (t.tag().equals("VBN") && t.lemma().equals("ask") && (i == 0 || i <= 2 && leadsSentence(s, i))) {
                askedAbout(s, i, out);
            } else if (s.get(i).tag().equals("VBG") && CueLexicon.isCueVerb(s, i)
                    && (i == 0 || i == 1 && s.get(0).tag().equals("IN"))) {
                leadingParticiple(s, i, out);
            } else if (CueLexicon.isCueVerb(s, i)) {
                Subjects.Found f = verb(s, i, previous, out);
                previous = f != null ? f : previous;
            } else if (broad && takesThatClause(s, i)) {
                verb(s, i, previous, out);
            }
        }
        return out;
    }

    /** A full verb (not "be", "have" or "do") right before "that" and a clause: "X conceded that ...". */
    private static boolean takesThatClause(SentenceTokens s, int i) {
        Token t = s.get(i);
        // a participle opening a clause before "that" subordinates it: "given that", "provided that", "assuming that"
        boolean subordinator = (t.tag().equals("VBN") || t.tag().equals("VBG")) && (i == 0 || isPunctuation(s.get(i - 1)));
        return t.tag().startsWith("VB") && !Set.of("be", "have", "do").contains(t.lemma()) && !subordinator && i + 2 < s.size()
                && s.get(i + 1).is("that") && s.get(i + 1).tag().equals("IN");
    }

    /** "according to X, content" and "content, according to X". */
    private static void prepositional(SentenceTokens s, int cueStart, int npStart, Construction how, List<Candidate> out) {
        int[] np = NounPhrases.startingAt(s, npStart);
        if (np == null) {
            np = upToComma(s, npStart); // "according to complete but unofficial returns"
        }
        if (np == null) {
            return;
        }
        int and = np[1] < s.size() && s.get(np[1]).is(",") ? np[1] + 1 : np[1];
        if (and < s.size() && s.get(and).is("and")) {
            int comma = nextComma(s, and + 1); // "according to an expert, and professor of law X Y, ..."
            int last = comma - 1;
            boolean named = comma > and + 1 && (s.get(last).isProperNoun() || NounPhrases.initialName(s, last));
            int[] more = named ? NounPhrases.endingAt(s, last) : null;
            if (more != null) {
                np = more;
            }
        }
        Span cue = new Span(s.get(cueStart).start(), s.get(npStart - 1).end());
        Span source = span(s, np[0], np[1]);
        int comma = nextComma(s, np[1]);
        Span content;
        boolean shortLead = cueStart >= 2 && cueStart <= 4 && s.get(cueStart - 1).is(",") && comma > 0;
        if (leadsSentence(s, cueStart) || shortLead) { // "In addition, according to X, content"
            int from = comma < 0 ? np[1] : comma + 1;
            content = span(s, from, contentEnd(s));
        } else {
            int to = cueStart;
            while (to > 0 && isPunctuation(s.get(to - 1))) {
                to--;
            }
            content = to > 0 ? span(s, 0, to) : null;
        }
        if (content != null && content.length() > 0 && !content.overlaps(cue)) {
            out.add(new Candidate(QuoteKind.INDIRECT, content, Optional.of(cue), Optional.of(source), s.index(), how));
        }
    }

    /** The words from {@code from} to the next comma or the sentence's end, when few: a source the noun-phrase rules miss. */
    private static int[] upToComma(SentenceTokens s, int from) {
        int comma = nextComma(s, from);
        int end = comma < 0 ? trimEnd(s, s.size()) : comma;
        return end > from && end - from <= MAX_LOOSE_SOURCE && s.get(end - 1).isNoun() ? new int[] {from, end} : null;
    }

    /**
     * "Noting that turnout fell, Smith said ..." and "Citing the poll, Smith urged ...": a participle
     * opening the sentence attributes its clause to the main clause's subject.
     */
    private static void leadingParticiple(SentenceTokens s, int v, List<Candidate> out) {
        int comma = nextComma(s, v + 1);
        if (comma <= v + 1 || comma + 1 >= s.size()) {
            return;
        }
        int[] np = NounPhrases.startingAt(s, comma + 1);
        if (np == null) {
            return;
        }
        int verb = np[1];
        while (verb < s.size() && Subjects.isAuxiliary(s.get(verb))) {
            verb++;
        }
        if (verb >= s.size() || !s.get(verb).tag().startsWith("VB")) {
            return;
        }
        out.add(new Candidate(QuoteKind.INDIRECT, span(s, v + 1, comma), Optional.of(span(s, v, v + 1)),
                Optional.of(span(s, np[0], np[1])), s.index(), Construction.LEADING_PARTICIPLE));
    }

    /** "Trump's criticism of the deal", "her support for the bill": the possessor holds the view. */
    private static void nounCue(SentenceTokens s, int n, List<Candidate> out) {
        int p = n - 1;
        while (p >= 0 && s.get(p).tag().startsWith("JJ")) {
            p--;
        }
        int[] source;
        if (p >= 0 && s.get(p).tag().equals("PRP$")) {
            source = new int[] {p, p + 1};
        } else if (p >= 1 && s.get(p).tag().equals("POS")) {
            source = NounPhrases.endingAt(s, p - 1);
        } else {
            return;
        }
        if (source == null || n + 1 >= s.size() || !Set.of("of", "for", "to", "that", "on").contains(s.get(n + 1).lemma())) {
            return;
        }
        int from = s.get(n + 1).is("that") ? n + 1 : n + 2;
        int comma = nextComma(s, from);
        int end = comma > from ? comma : contentEnd(s);
        if (end > from) {
            out.add(new Candidate(QuoteKind.INDIRECT, span(s, from, end), Optional.of(span(s, n, n + 2)),
                    Optional.of(span(s, source[0], source[1])), s.index(), Construction.NOUN_CUE));
        }
    }

    /** "Asked whether he would run, Smith said ...": the question is attributed to whoever asked, unnamed. */
    private static void askedAbout(SentenceTokens s, int v, List<Candidate> out) {
        int comma = nextComma(s, v + 1);
        if (comma <= v + 1) {
            return;
        }
        Span content = span(s, v + 1, comma);
        out.add(new Candidate(QuoteKind.INDIRECT, content, Optional.of(span(s, v, v + 1)), Optional.empty(), s.index(),
                Construction.ASKED));
    }

    /** "In a poll released Monday, content": a document or survey as the source. */
    private static void inDocument(SentenceTokens s, int in, List<Candidate> out) {
        int[] np = NounPhrases.startingAt(s, in + 1);
        if (np == null || !DOCUMENTS.contains(s.get(np[1] - 1).lemma())) {
            return;
        }
        int comma = nextComma(s, np[1]);
        if (comma < 0 || comma - np[1] > 8) {
            return;
        }
        Span content = span(s, comma + 1, contentEnd(s));
        if (content.length() > 0) {
            out.add(new Candidate(QuoteKind.INDIRECT, content, Optional.of(span(s, in, in + 1)),
                    Optional.of(span(s, np[0], np[1])), s.index(), Construction.IN_DOCUMENT));
        }
    }

    /** "Graham: content" (headlines) and "PENCE: content" (transcripts): the rest of the paragraph. */
    private static void label(SentenceTokens s, int colon, TextIndex all, List<Candidate> out) {
        int[] np = NounPhrases.startingAt(s, 0);
        if (np == null && colon == 1 && s.get(0).isCapitalised()) {
            np = new int[] {0, 1}; // "Q:", "A:" in interview transcripts
        }
        if (np == null || np[1] != colon || !(s.get(colon - 1).isCapitalised() || s.get(colon - 1).isPronoun())) {
            return;
        }
        int end = all.paragraphEnd(s);
        int from = s.get(colon + 1).start();
        if (end > from) {
            out.add(new Candidate(QuoteKind.INDIRECT, new Span(from, end), Optional.of(span(s, colon, colon + 1)),
                    Optional.of(span(s, np[0], np[1])), s.index(), Construction.LABEL));
        }
    }

    private static Subjects.Found verb(SentenceTokens s, int v, Subjects.Found previous, List<Candidate> out) {
        Token cueToken = s.get(v);
        Subjects.Found found = Subjects.find(s, v, previous);
        if (found == null) {
            return null;
        }
        int[] subject = {found.start(), found.end()};
        boolean inverted = found.inverted();
        Span cue = cueSpan(s, v);
        Span source = span(s, subject[0], subject[1]);
        int after = inverted ? subject[1] : v + 1;
        int from = skipModifiers(s, after, cueToken);
        int end = contentEnd(s, from);
        if (found.relative()) {
            int comma = nextComma(s, from); // "X, who opposes abortion, vetoed ...": the clause ends at its comma
            end = comma > from ? Math.min(end, comma) : end;
        }
        Span content = null;
        int before = inverted ? v : subject[0];
        boolean asClause = before >= 1 && s.get(before - 1).is("as") && before - 1 <= 1;
        if (asClause) {
            int comma = nextComma(s, after);
            content = comma < 0 ? null : span(s, comma + 1, end);
        } else if (from < end && !startsQuoteOnly(s, from) && !(from < s.size() && s.get(from).is(","))
                && !(inverted && after < s.size() && s.get(after).is(",")) && !modifierAfterQuote(s, before, from)) {
            content = span(s, from, end);
            int to = before;
            while (to > 0 && isPunctuation(s.get(to - 1))) {
                to--;
            }
            boolean parenthetical = from > 0 && s.get(from - 1).is(",") && before > 0 && s.get(before - 1).is(",")
                    && to > 1 && !isPunctuation(s.get(0)) && !found.relative() && !afterQuoteMark(s, before);
            if (parenthetical && content.length() > 1) {
                // "To understand it, he said, one should visit": both sides of the aside are the statement
                Span head = span(s, 0, to);
                out.add(new Candidate(QuoteKind.INDIRECT, new Span(head.start(), content.end()), List.of(head, content),
                        Optional.of(cue), Optional.of(source), s.index(), Construction.VERB_AROUND, Optional.of(found.how())));
                return found;
            }
        } else if (before > 0 && precededByComma(s, before)) {
            int to = before;
            while (to > 0 && isPunctuation(s.get(to - 1))) {
                to--;
            }
            content = to > 0 ? span(s, 0, to) : null;
        }
        if (content == null || content.length() < 2 || content.overlaps(cue) || content.overlaps(source)
                || CueLexicon.needsClause(cueToken) && from >= end) {
            return found;
        }
        Construction construction = asClause ? Construction.VERB_AS
                : content.start() >= cue.end() ? Construction.VERB_AFTER : Construction.VERB_BEFORE;
        out.add(new Candidate(QuoteKind.INDIRECT, content, List.of(content), Optional.of(cue), Optional.of(source), s.index(),
                construction, Optional.of(found.how())));
        return found;
    }

    /** Skips what stands between a cue and its clause: the listener, "in a statement", "on Monday", a comma. */
    private static int skipModifiers(SentenceTokens s, int from, Token cue) {
        int i = from;
        if (i < s.size() && (s.get(i).is("out") || s.get(i).tag().equals("RP"))) {
            i++;
        }
        if (CueLexicon.takesListener(cue)) {
            int[] np = NounPhrases.startingAt(s, i);
            if (np != null && !(i < s.size() && s.get(i).is("that"))) {
                i = np[1];
            }
        }
        for (int round = 0; round < 3 && i < s.size(); round++) {
            Token t = s.get(i);
            if (t.tag().equals("RB") && !CLAUSE_OPENERS.contains(t.lemma())) {
                i++;
            } else if (PLACE_TIME_PREPOSITIONS.contains(t.lemma())
                    && !(t.is("to") && i + 1 < s.size() && s.get(i + 1).tag().startsWith("VB"))) {
                int[] np = NounPhrases.startingAt(s, i + 1);
                if (np == null) {
                    if (t.tag().equals("NN") || t.tag().equals("JJ") || t.tag().equals("RB")) {
                        i++;
                        continue;
                    }
                    break;
                }
                i = np[1];
            } else if (t.isProperNoun() && isWeekday(t)) {
                i++;
            } else {
                break;
            }
        }
        if (i < s.size() && (s.get(i).is(",") || s.get(i).is(":")) && i + 1 < s.size() && !isPunctuation(s.get(i + 1))) {
            i++;
        }
        return i;
    }

    private static boolean isWeekday(Token t) {
        return Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                .contains(t.lemma());
    }

    private static boolean startsQuoteOnly(SentenceTokens s, int i) {
        return i < s.size() && (s.get(i).word().equals("\"") || s.get(i).tag().equals("``"));
    }

    /** `"…," Obama said after meeting Putin` / `"…," she said, clapping`: what follows the cue is no statement. */
    private static boolean modifierAfterQuote(SentenceTokens s, int before, int from) {
        if (!afterQuoteMark(s, before) || from >= s.size()) {
            return false;
        }
        Token t = s.get(from);
        boolean clause = CLAUSE_OPENERS.contains(t.lemma()) && !t.is("to") || t.tag().equals("DT") || t.isPronoun()
                || t.isProperNoun() || t.tag().equals("EX");
        return !clause;
    }

    private static boolean afterQuoteMark(SentenceTokens s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if ((s.get(k).tag().equals("''") || s.get(k).tag().equals("``")) && !NounPhrases.possessiveMark(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededByComma(SentenceTokens s, int i) {
        Token t = s.get(i - 1);
        boolean closer = t.tag().equals("''") && i >= 2 && isPunctuation(s.get(i - 2)); // `,"` — not the `’` of "Smiths’ aides"
        return t.is(",") || closer || t.is("—") || t.is("--");
    }

    private static boolean leadsSentence(SentenceTokens s, int i) {
        for (int k = 0; k < i; k++) {
            Token t = s.get(k);
            if (!(t.tag().equals("CC") || t.tag().equals("RB") || isPunctuation(t) || t.tag().equals("IN"))) {
                return false;
            }
        }
        return true;
    }

    private static int nextComma(SentenceTokens s, int from) {
        for (int k = from; k < s.size(); k++) {
            if (s.get(k).is(",")) {
                boolean more = k + 1 < s.size() && (s.get(k + 1).is("and") || s.get(k + 1).is("or"));
                if (!more) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * Where a content starting at token {@code from} ends: before a second cue joined by "and" or
     * "but" ("said A, but said B"), else at the sentence's end; final punctuation is left out.
     */
    private static int contentEnd(SentenceTokens s, int from) {
        int e = s.size();
        for (int k = Math.max(from, 0) + 1; k + 1 < s.size(); k++) {
            if (s.get(k).is(",") && startsAttribution(s, k + 1)) {
                e = k; // "asked X about Y, the manager said Z": the next attribution starts a new content
                break;
            }
            if (s.get(k).is(",") && s.get(k + 1).tag().equals("VBG") && CueLexicon.isCueVerb(s, k + 1)) {
                e = k; // "released a statement, insisting that ...": the participle attributes a content of its own
                break;
            }
            if (s.get(k).tag().equals("CC")) {
                int v = k + 1;
                if (v < s.size() && s.get(v).tag().equals("PRP")) {
                    v++; // "said A, and he reiterated B"
                }
                while (v < s.size() && Subjects.isAuxiliary(s.get(v))) {
                    v++;
                }
                if (v < s.size() && CueLexicon.isCueVerb(s, v)) {
                    e = k;
                    break;
                }
            }
        }
        return trimEnd(s, e);
    }

    /** Whether a noun phrase naming someone, then a cue verb, starts at token {@code i}. */
    private static boolean startsAttribution(SentenceTokens s, int i) {
        int[] np = NounPhrases.startingAt(s, i);
        if (np == null || np[1] - np[0] > 6) {
            return false;
        }
        int v = np[1];
        while (v < s.size() && Subjects.isAuxiliary(s.get(v))) {
            v++;
        }
        return v < s.size() && CueLexicon.isCueVerb(s, v) && VERBS_OF_SAYING.test(s.get(v));
    }

    private static final java.util.function.Predicate<Token> VERBS_OF_SAYING = CueLexicon::invertible;

    private static int contentEnd(SentenceTokens s) {
        return trimEnd(s, s.size());
    }

    private static int trimEnd(SentenceTokens s, int e) {
        while (e > 0 && isPunctuation(s.get(e - 1)) && !s.get(e - 1).is("?")) {
            e--;
        }
        return e;
    }

    private static Span cueSpan(SentenceTokens s, int v) {
        int end = v;
        if (v + 1 < s.size() && (s.get(v + 1).tag().equals("RP") || s.get(v + 1).is("out"))) {
            end = v + 1;
        }
        return span(s, v, end + 1);
    }

    static Span span(SentenceTokens s, int from, int to) {
        if (to <= from) {
            return new Span(s.get(Math.min(from, s.size() - 1)).start(), s.get(Math.min(from, s.size() - 1)).start());
        }
        return new Span(s.get(from).start(), s.get(to - 1).end());
    }
}
