package org.dossier.quote.attribution;

import java.util.Set;
import org.dossier.model.Token;

/**
 * Finds the noun phrase that names a source next to a cue, from part-of-speech tags alone: a run
 * of determiners, adjectives, nouns, names, initials and possessives ("Harbour Authority spokeswoman Dmitry
 * Elvstrand", "J. Roe", "the New York Post's editors", "he").
 */
final class NounPhrases {
    /** Phrases longer than this are clauses mis-tagged as nouns; a source name is never this long. */
    static final int MAX_LENGTH = 12;

    private static final Set<String> TAGS = Set.of(
            "DT", "PDT", "PRP$", "POS", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "HYPH", "VBN", "FW");
    private static final Set<String> INNER_WORDS = Set.of("of", "&", "for", "and", "-", "de", "von", "van", "al");
    private static final Set<String> NOT_SOURCES = Set.of(
            "it", "this", "that", "which", "there", "what", "here", "time", "times", "year", "years", "day", "week",
            "month", "one", "all", "some", "many", "most", "such", "more", "less");
    /** Heads of phrases that tell when or how, never who: "said Thursday morning", "said in a statement". */
    static final Set<String> NOT_WHO = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
            "evening", "night", "today", "yesterday", "tonight", "weekend", "statement", "interview", "percent",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "recording", "response", "call", "video");

    private NounPhrases() {
    }

    static boolean isNpToken(Token t) {
        return TAGS.contains(t.tag()) || t.tag().equals("X") && (t.isCapitalised() || t.word().endsWith("."));
    }

    /** The noun phrase ending at token {@code end} (inclusive), as [start, end+1), or null. */
    static int[] endingAt(SentenceTokens s, int end) {
        if (end < 0 || end >= s.size()) {
            return null;
        }
        Token last = s.get(end);
        if (initialName(s, end)) {
            return new int[] {end - 1, end + 1};
        }
        if (last.isPronoun() || last.tag().equals("WP")) {
            return NOT_SOURCES.contains(last.lemma()) ? null : new int[] {end, end + 1};
        }
        boolean share = last.tag().equals("CD") && end + 1 < s.size() && s.get(end + 1).tag().startsWith("VB");
        if (!isHead(last) && !share) {
            return null; // a share of those polled speaks for them: "One in five say", "Six in 10 said"
        }
        int i = end;
        while (i - 1 >= 0 && end - i < MAX_LENGTH) {
            Token t = s.get(i - 1);
            boolean inner = INNER_WORDS.contains(t.lemma()) && i - 2 >= 0 && isNpToken(s.get(i - 2))
                    && s.get(i).isProperNoun() && s.get(i - 2).isNoun();
            if (!isNpToken(t) && !inner && !possessiveMark(s, i - 1)) {
                break;
            }
            i--;
        }
        return new int[] {i, end + 1};
    }

    /** The noun phrase starting at token {@code start}, as [start, end), or null. */
    static int[] startingAt(SentenceTokens s, int start) {
        if (start >= s.size()) {
            return null;
        }
        Token first = s.get(start);
        if (first.isPronoun()) {
            return NOT_SOURCES.contains(first.lemma()) ? null : new int[] {start, start + 1};
        }
        int i = start;
        int lastHead = -1;
        while (i < s.size() && i - start < MAX_LENGTH) {
            Token t = s.get(i);
            boolean inner = INNER_WORDS.contains(t.lemma()) && lastHead == i - 1 && i + 1 < s.size()
                    && s.get(i + 1).isProperNoun();
            boolean participle = t.tag().equals("VBN") && !(i + 1 < s.size() && (s.get(i + 1).isNoun() || s.get(i + 1).tag().startsWith("JJ")));
            if (!isNpToken(t) && !inner && !initialName(s, i) || participle || i > start && CueLexicon.isCueVerb(s, i)) {
                break;
            }
            if (isHead(t) || initialName(s, i)) {
                lastHead = i;
            }
            i++;
        }
        return lastHead < 0 ? null : new int[] {start, lastHead + 1};
    }

    /**
     * A capitalised word the tagger took for a verb but that ends a name: after an initial ("K. Has
     * stressed"), or after a first name and before a comma ("Jane Roe, ...").
     */
    static boolean initialName(SentenceTokens s, int i) {
        if (i <= 0 || i >= s.size() || !s.get(i).isCapitalised() || s.get(i).isProperNoun()) {
            return false;
        }
        if (isInitial(s.get(i - 1))) {
            return true;
        }
        return s.get(i - 1).isProperNoun() && i + 1 < s.size() && (s.get(i + 1).is(",") || s.get(i + 1).is(")"));
    }

    /** The apostrophe of a plural possessive the tagger took for a closing quote: "Smiths’ aides". */
    static boolean possessiveMark(SentenceTokens s, int i) {
        if (i < 1 || i + 1 >= s.size() || !s.get(i).tag().equals("''") || !(s.get(i).is("’") || s.get(i).is("'"))) {
            return false;
        }
        Token before = s.get(i - 1);
        char last = before.word().charAt(before.word().length() - 1);
        return (last == 's' || last == 'S') && before.end() == s.get(i).start() && s.get(i + 1).isNoun();
    }

    static boolean isInitial(Token t) {
        String w = t.word();
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /** A noun that can end a source's name; "Times" and "Day" are names, "times" and "day" are not. */
    private static boolean isHead(Token t) {
        return (t.isNoun() || t.tag().equals("X") && t.isCapitalised())
                && (!NOT_SOURCES.contains(t.lemma()) || t.isProperNoun() && t.isCapitalised());
    }
}
