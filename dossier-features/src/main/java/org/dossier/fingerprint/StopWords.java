package org.dossier.fingerprint;

import java.util.Set;

/**
 * English function words. A run of them ("one of the most important of all the") is how any two
 * texts can agree for eight words; a shared passage must hold some words that are not in this list.
 */
public final class StopWords {
    /** The words, lower case. */
    public static final Set<String> ENGLISH = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
            "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
            "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
            "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
            "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
            "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "s", "t", "mr",
            "mrs", "ms", "one", "two", "new", "like", "may", "might", "must", "since", "still", "yet", "year",
            "years", "last", "first", "according", "told", "many", "much", "well", "even", "however", "already",
            "among", "around", "within", "without", "made", "make", "per", "including", "whether", "another", "way");

    private StopWords() {
    }

    public static boolean contains(String lowerCaseWord) {
        return ENGLISH.contains(lowerCaseWord);
    }
}
