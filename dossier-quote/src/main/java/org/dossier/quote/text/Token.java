package org.dossier.quote.text;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of the body: its offsets, its Penn Treebank part-of-speech tag and its lemma.
 *
 * @param start first character in the body
 * @param end   one past the last character
 * @param word  the token as written
 * @param tag   Penn Treebank tag, {@code "X"} when the sentence was too long to tag
 * @param lemma the lower-case lemma
 */
public record Token(int start, int end, String word, String tag, String lemma) {

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token must have 0 <= start < end, got [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(tag, "tag");
        lemma = Objects.requireNonNull(lemma, "lemma").toLowerCase(Locale.ROOT);
    }

    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isPronoun() {
        return tag.equals("PRP");
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(word.charAt(0));
    }

    public boolean is(String lowerWord) {
        return word.equalsIgnoreCase(lowerWord);
    }

    /** True for punctuation tags, quotation marks and brackets included. */
    public boolean isPunctuation() {
        return !Character.isLetterOrDigit(word.charAt(0)) && !tag.startsWith("NN") && !tag.startsWith("VB");
    }
}
