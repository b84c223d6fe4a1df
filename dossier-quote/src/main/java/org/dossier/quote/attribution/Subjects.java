package org.dossier.quote.attribution;

import static org.dossier.quote.attribution.SentenceTokens.isPunctuation;

import java.util.Set;
import org.dossier.model.Token;

/**
 * Finds the source of a cue verb in its sentence: the noun phrase just before it ("Smith said"),
 * the one after it ("..., said Smith."), the head of an apposition ("Smith, the mayor, said"), the
 * antecedent of a relative pronoun ("Smith, who said"), or, for a second verb joined by "and" or
 * "but", the first verb's subject.
 */
final class Subjects {
    private static final Set<String> AUXILIARIES = Set.of(
            "have", "be", "do", "will", "would", "could", "should", "can", "may", "might", "must", "also", "not",
            "n't", "never", "later", "previously", "again", "repeatedly", "often", "once", "recently", "then",
            "first", "further", "reportedly", "publicly", "privately", "just", "still", "already", "even",
            "explicitly", "simply", "only");
    /** Participles that make the people polled a source: "those surveyed say". */
    private static final Set<String> POLLED = Set.of("survey", "poll", "ask", "interview", "question", "sample");
    /** An apposition between a subject and its verb is at most this long. */
    private static final int MAX_APPOSITION = 40;

    /**
     * A source found for a cue: its tokens [start, end), whether it follows the verb, and whether
     * it is a relative pronoun's antecedent (then the content ends with the relative clause).
     */
    record Found(int start, int end, boolean inverted, boolean relative, How how) {
        Found(int start, int end, boolean inverted, boolean relative) {
            this(start, end, inverted, relative, How.BEFORE);
        }

        Found(int start, int end, boolean inverted) {
            this(start, end, inverted, false);
        }

        Found as(How h) {
            return new Found(start, end, inverted, relative, h);
        }
    }

    /** Which construction named the source: a feature of the attribution for the learned gate. */
    enum How {
        /** The noun phrase right before the verb. */
        BEFORE,
        /** After a say-verb: "..., said Smith". */
        INVERTED,
        /** The antecedent of "who" or "which". */
        RELATIVE,
        /** The first verb's subject, for a second verb joined by "and" or "but". */
        COORDINATED,
        /** Those polled: "those surveyed say". */
        POLLED,
        /** The head of an apposition: "Smith, the mayor, said". */
        APPOSITION,
        /** The source of the attribution just before, for a participle: "..., adding that". */
        PREVIOUS,
        /** The noun phrase opening the clause, for a participle after a comma. */
        CLAUSE_SUBJECT,
        /** The subject of the main clause's first finite verb. */
        MAIN_SUBJECT,
        /** A long subject with asides opening the sentence. */
        OPENING,
        /** Capitalised words the tagger read as something else: "Tad Devine said". */
        CAPITALISED
    }

    private Subjects() {
    }

    static Found find(SentenceTokens s, int v, Found previous) {
        Found f = candidate(s, v, previous);
        if (f == null) {
            return null;
        }
        f = headOfAttachment(s, f);
        String head = s.get(f.end() - 1).lemma();
        // before its verb a document or a share speaks ("The statement added", "Only 24 percent said"); after it,
        // never ("said 24 percent", "said in a statement")
        boolean speaks = Set.of("percent", "statement", "interview", "video", "recording").contains(head) && !f.inverted();
        return NounPhrases.NOT_WHO.contains(head) && !speaks ? null : f;
    }

    /**
     * The noun phrase a prepositional phrase before the verb hangs on: "Rear Admiral X of the Coast Guard
     * told" is X's, "records seen by the Courier show" the records'; the phrase right before the verb names
     * only where the speaker works or who saw the records.
     */
    private static Found headOfAttachment(SentenceTokens s, Found f) {
        if (f.inverted() || f.relative() || f.start() < 2) {
            return f;
        }
        Token prep = s.get(f.start() - 1);
        int k = f.start() - 2;
        boolean of = prep.is("of") && s.get(k).isProperNoun();
        boolean by = prep.is("by") && s.get(k).tag().equals("VBN") && k >= 1;
        if (!of && !by) {
            return f;
        }
        int[] np = NounPhrases.endingAt(s, by ? k - 1 : k);
        if (np == null || of && !(np[1] - np[0] >= 2 && Names.looksLikePerson(s, np[0], np[1]))) {
            return f; // "head of the Foreign Policy Department of the Administration Jane Roe": the name is last
        }
        return new Found(np[0], np[1], false, false, f.how());
    }

    private static Found candidate(SentenceTokens s, int v, Found previous) {
        int j = v - 1;
        while (j >= 0 && (AUXILIARIES.contains(s.get(j).lemma()) || s.get(j).tag().equals("RB"))
                && !NounPhrases.initialName(s, j) && capitalisedRun(s, j) == null) {
            j--;
        }
        j = skipBracketBack(s, j);
        if (j < 0 || isPunctuation(s.get(j))) {
            boolean comma = j >= 0 && s.get(j).is(",");
            if (comma && s.get(v).tag().equals("VBG") && previous != null) {
                return previous.as(How.PREVIOUS); // "X said ..., adding that ...": the same source goes on
            }
            Found f = CueLexicon.invertible(s.get(v)) ? as(inverted(s, v), How.INVERTED) : null;
            if (f == null && comma) {
                f = as(apposition(s, j), How.APPOSITION);
            }
            if (f == null && comma && s.get(v).tag().equals("VBG")) {
                // "X echoes ..., emphasizing that ...": the clause's subject
                f = as(of(NounPhrases.startingAt(s, 0)), How.CLAUSE_SUBJECT);
            }
            if (f == null && comma && s.get(v).tag().equals("VBG")) {
                f = as(mainSubject(s, j), How.MAIN_SUBJECT); // "But the other candidate, Jane Roe, drew a contrast, saying that ..."
            }
            if (f == null && comma && !s.get(v).tag().equals("VBN")) {
                f = as(opening(s, j), How.OPENING); // "Many voters polled this week, including X, said ...": a long subject
            }
            return f;
        }
        Token t = s.get(j);
        if ((t.tag().equals("WP") || t.tag().equals("WDT")) && j >= 1) {
            int k = s.get(j - 1).is(",") ? j - 2 : j - 1;
            int[] np = NounPhrases.endingAt(s, k);
            return np == null ? null : new Found(np[0], np[1], false, s.get(j - 1).is(","), How.RELATIVE);
        }
        if (t.tag().equals("CC")) {
            return as(previous != null ? previous : of(NounPhrases.startingAt(s, 0)), How.COORDINATED);
        }
        if (t.tag().equals("VBN") && POLLED.contains(t.lemma()) && j >= 1) {
            int k = j - 1; // "those surveyed say", "voters polled said"
            int[] np = s.get(k).is("those") ? new int[] {k, k + 1} : NounPhrases.endingAt(s, k);
            return np == null ? null : new Found(np[0], j + 1, false, false, How.POLLED);
        }
        if (NounPhrases.isNpToken(t) || t.isPronoun() || NounPhrases.initialName(s, j)) {
            Found f = of(NounPhrases.endingAt(s, j));
            return f != null ? f : as(of(capitalisedRun(s, j)), How.CAPITALISED);
        }
        return as(of(capitalisedRun(s, j)), How.CAPITALISED);
    }

    private static Found as(Found f, How how) {
        return f == null ? null : f.as(how);
    }

    /**
     * A name the tagger read as other words ("Tad Devine said", "a tad" and an adjective): two or
     * more capitalised words ending at {@code end}, not opening the sentence alone, as [start, end+1).
     */
    private static int[] capitalisedRun(SentenceTokens s, int end) {
        int i = end;
        while (i >= 0 && s.get(i).isCapitalised() && !isPunctuation(s.get(i)) && end - i < 4) {
            i--;
        }
        int start = i + 1;
        return end - start >= 1 && !s.get(end).isPronoun() ? new int[] {start, end + 1} : null;
    }

    /** "..., said Smith." / "said Smith in a statement" — not "says her concern is ...". */
    private static Found inverted(SentenceTokens s, int v) {
        int[] np = NounPhrases.startingAt(s, v + 1);
        if (np == null || NounPhrases.NOT_WHO.contains(s.get(np[1] - 1).lemma())) {
            return null;
        }
        if (np[1] < s.size()) {
            Token next = s.get(np[1]);
            boolean named = s.get(np[1] - 1).isProperNoun();
            boolean ends = isPunctuation(next) || named && (next.tag().equals("IN") && !next.is("that") || next.tag().equals("TO")
                    || next.tag().equals("WP"));
            if (!ends) {
                return null; // "said the nation's problems of ..." is the content, not a speaker
            }
        }
        return new Found(np[0], np[1], true);
    }

    /** "Smith, the mayor of X, said": the leftmost noun phrase that opens the clause and is followed by a comma. */
    private static Found apposition(SentenceTokens s, int comma) {
        int from = Math.max(0, comma - MAX_APPOSITION);
        for (int c = from; c < comma; c++) {
            if (!s.get(c + 1).is(",") && c + 1 != comma) {
                continue;
            }
            int[] np = NounPhrases.endingAt(s, c);
            if (np == null) {
                continue;
            }
            boolean opens = np[0] == 0 || np[0] <= 2 && Set.of("CC", "WRB", "IN", "RB").contains(s.get(np[0] - 1).tag());
            if (opens && (s.get(c).isProperNoun() || s.get(c).isPronoun() || s.get(c).isNoun())) {
                return new Found(np[0], np[1], false);
            }
        }
        return null;
    }

    /** The subject of the first finite verb before token {@code before}: the main clause's subject. */
    private static Found mainSubject(SentenceTokens s, int before) {
        for (int m = 1; m < before; m++) {
            String tag = s.get(m).tag();
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
                int j = m - 1;
                while (j >= 0 && isAuxiliary(s.get(j))) {
                    j--;
                }
                if (j >= 0 && s.get(j).is(",")) {
                    return apposition(s, j);
                }
                return j < 0 ? null : of(NounPhrases.endingAt(s, j));
            }
        }
        return null;
    }

    /** The noun phrase opening the sentence, when a comma follows somewhere before {@code comma}. */
    private static Found opening(SentenceTokens s, int comma) {
        int[] np = NounPhrases.startingAt(s, 0);
        if (np == null || np[1] > comma || !(s.get(np[1] - 1).isNoun() || s.get(np[1] - 1).isPronoun())) {
            return null;
        }
        for (int k = np[1]; k < comma; k++) {
            if (Set.of(";", ":").contains(s.get(k).word()) || s.get(k).tag().startsWith("VB") && !s.get(k).tag().equals("VBN")
                    && !s.get(k).tag().equals("VBG")) {
                return null; // a clause of its own stands between: not one long subject
            }
        }
        return new Found(np[0], np[1], false);
    }

    private static int skipBracketBack(SentenceTokens s, int j) {
        if (j >= 0 && s.get(j).tag().equals("-RRB-")) {
            int k = j - 1;
            while (k >= 0 && j - k < 8 && !s.get(k).tag().equals("-LRB-")) {
                k--;
            }
            return k >= 0 && s.get(k).tag().equals("-LRB-") ? k - 1 : j; // "Sen. Claire McCaskill (D-Mo.) said"
        }
        return j;
    }

    private static Found of(int[] np) {
        return np == null ? null : new Found(np[0], np[1], false);
    }

    static boolean isAuxiliary(Token t) {
        return AUXILIARIES.contains(t.lemma()) || t.tag().equals("RB");
    }
}
