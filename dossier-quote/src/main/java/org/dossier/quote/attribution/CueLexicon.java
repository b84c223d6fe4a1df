package org.dossier.quote.attribution;

import java.util.Set;
import org.dossier.model.Token;

/**
 * The words that attribute a statement to a source: verbs of saying, writing, reporting and
 * holding a view, by lemma; verbs that take the listener as object ("told reporters that"); and
 * the words an attribution never starts its content with.
 */
final class CueLexicon {
    /** Verbs of saying and holding a view whose subject is the source and whose clause is the content. */
    private static final Set<String> VERBS = Set.copyOf(java.util.List.of(
            "say", "tell", "add", "note", "stress", "summarize", "summarise", "write", "ask", "report", "announce",
            "suggest", "argue", "explain", "declare", "acknowledge", "insist", "warn", "predict", "believe", "think",
            "contend", "posit", "emphasize", "emphasise", "echo", "confirm", "deny", "admit", "recall", "reply",
            "respond", "answer", "conclude", "state", "maintain", "assert", "reveal", "indicate", "mention",
            "complain", "urge", "claim", "tweet", "post", "testify", "estimate", "remark", "observe", "comment",
            "agree", "promise", "vow", "pledge", "hope", "fear", "worry", "expect", "know", "feel", "learn",
            "continue", "caution", "concede", "allege", "charge", "point", "announce", "boast", "brag", "quip",
            "joke", "lament", "muse", "speculate", "reiterate", "repeat", "affirm", "assure", "promise",
            "clarify", "specify", "underline", "underscore", "highlight", "opine", "retort", "counter", "protest",
            "object", "recount", "describe", "show", "find", "demand", "propose", "recommend", "guess", "assume",
            "doubt", "imply", "emphasize", "inform", "notify", "remind", "suspect", "understand", "hear", "read",
            "declare", "proclaim", "acknowledge", "accuse", "criticize", "criticise", "praise", "blame", "call",
            "mock", "slam", "blast", "question", "wonder", "told", "said", "says"));

    /**
     * Verbs of stance and intent: news attributes positions with them as much as with "said"
     * ("X endorsed Y", "X declined to comment", "X wants ..."); their object is the content.
     */
    private static final Set<String> STANCE = Set.copyOf(java.util.List.of(
            "endorse", "support", "defend", "decline", "want", "plan", "seek", "oppose", "refuse", "offer", "reject",
            "dismiss", "back", "cite", "attack", "decide", "view", "discuss", "name", "see", "consider", "favor",
            "favour", "prefer", "condemn", "denounce", "challenge", "welcome", "applaud", "push", "tout", "refer",
            "liken", "compare", "dispute", "hail", "embrace", "intend", "threaten", "accept", "apologize",
            "apologise", "thank", "fault", "credit", "label", "brand", "dub", "characterize", "characterise",
            "portray", "depict", "frame", "encourage", "invite", "vote", "advocate", "champion", "decry", "lambaste",
            "rebuke", "scold", "chide", "ridicule", "deride", "insult", "recognize", "recognise", "regard",
            "acknowledge", "talk", "speak", "tweet", "retweet", "release", "disclose", "publish", "unveil",
            "outline", "detail", "raise", "address", "emphasize", "focus", "stress"));

    /** Verbs whose first object is the listener, not the content: "told reporters that ...". */
    private static final Set<String> LISTENER_FIRST = Set.of(
            "tell", "ask", "assure", "warn", "remind", "inform", "notify", "urge", "caution", "promise", "told");

    /** Verbs that need a following clause or quote to attribute anything ("called" alone is no attribution). */
    private static final Set<String> CLAUSE_ONLY = Set.of(
            "call", "show", "find", "read", "hear", "feel", "know", "understand", "continue", "point", "describe",
            "question", "demand", "propose", "recommend", "praise", "blame", "accuse", "criticize", "criticise",
            "mock", "slam", "blast", "expect", "hope", "fear", "worry", "agree", "post", "learn", "object", "counter");

    private CueLexicon() {
    }

    /**
     * Whether token {@code i} is a cue verb. A plural noun right after a name and before its object
     * ("Mammadyarov echoes these sentiments") is the verb the tagger missed.
     */
    static boolean isCueVerb(SentenceTokens s, int i) {
        Token t = s.get(i);
        if (t.tag().equals("NNS") && i > 0 && s.get(i - 1).isProperNoun() && i + 1 < s.size()
                && Set.of("DT", "PRP", "PRP$", "IN", "NNP").contains(s.get(i + 1).tag())
                && (VERBS.contains(t.lemma()) || STANCE.contains(t.lemma()))) {
            return true;
        }
        return isCueVerb(t);
    }

    static boolean isCueVerb(Token t) {
        return (t.isVerb() || t.tag().equals("X") || t.tag().equals("NNS") && t.is("says"))
                && (VERBS.contains(t.lemma()) || STANCE.contains(t.lemma())) && !t.tag().equals("MD");
    }

    /** Verbs that may follow their subject: "…, said Smith", "…, added the minister" (never "…, endorsed Smith"). */
    static boolean invertible(Token t) {
        return VERBS.contains(t.lemma()) && !t.tag().equals("VBG") && !t.tag().equals("VBN") && !CLAUSE_ONLY.contains(t.lemma());
    }

    /** A verb of saying or holding a view, whose content is a clause (not a verb of stance with an object). */
    static boolean isSayVerb(Token t) {
        return VERBS.contains(t.lemma()) && !STANCE.contains(t.lemma());
    }

    static boolean takesListener(Token t) {
        return LISTENER_FIRST.contains(t.lemma());
    }

    static boolean needsClause(Token t) {
        return CLAUSE_ONLY.contains(t.lemma()) || STANCE.contains(t.lemma());
    }
}
