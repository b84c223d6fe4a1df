package org.dossier.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of an article body: a word, number or punctuation mark, with its part-of-speech tag and
 * lemma when the NLP stage's tagger read it. The tokens of an article in a language the tagger does
 * not know are {@linkplain #untagged untagged}: their tag is {@link #UNTAGGED} and their lemma is the
 * word in lower case.
 *
 * @param span  where the token is in the body, not empty
 * @param word  the token as written, the body's text at {@code span}
 * @param tag   its Penn Treebank tag ({@code NNP}, {@code VBD}, {@code ``}, {@code -LRB-}, ...), or
 *              {@link #UNTAGGED}
 * @param lemma its lemma in lower case ({@code "say"} for "said"), not empty
 */
public record Token(Span span, String word, String tag, String lemma) {
    /** The tag of a token no tagger read, as CoreNLP writes it for a sentence it skipped. */
    public static final String UNTAGGED = "X";

    public Token {
        Objects.requireNonNull(span, "span");
        if (span.length() == 0) {
            throw new IllegalArgumentException("a token must not be empty, got " + span);
        }
        if (word == null || word.length() != span.length()) {
            throw new IllegalArgumentException("the word of the token at " + span + " must be its "
                    + span.length() + " characters, got " + Codes.quote(word));
        }
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("the token " + Codes.quote(word) + " at " + span
                    + " needs a tag (" + UNTAGGED + " when untagged), got " + Codes.quote(tag));
        }
        if (lemma == null || lemma.isEmpty() || !lemma.equals(lemma.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the lemma of the token " + Codes.quote(word) + " at " + span
                    + " must be lower case and not empty, got " + Codes.quote(lemma));
        }
    }

    /** A token no tagger read: tagged {@link #UNTAGGED}, its lemma the word in lower case. */
    public static Token untagged(Span span, String word) {
        return new Token(span, word, UNTAGGED, word == null ? null : word.toLowerCase(Locale.ROOT));
    }

    /** This token with a tag and a lemma (lower-cased here). */
    public Token tagged(String newTag, String newLemma) {
        return new Token(span, word, newTag, newLemma == null ? null : newLemma.toLowerCase(Locale.ROOT));
    }

    public boolean isTagged() {
        return !tag.equals(UNTAGGED);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Whether the word is {@code other}, ignoring case. */
    public boolean is(String other) {
        return word.equalsIgnoreCase(other);
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(word.charAt(0));
    }

    /** A verb or a modal: {@code VB*}, {@code MD}. */
    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    /** A common or proper noun: {@code NN*}. */
    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    /** A proper noun: {@code NNP}, {@code NNPS}. */
    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    /** A personal pronoun: {@code PRP} (not the possessive {@code PRP$}). */
    public boolean isPronoun() {
        return tag.equals("PRP");
    }
}
