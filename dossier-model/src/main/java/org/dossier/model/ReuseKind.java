package org.dossier.model;

/**
 * How much of one article another reuses, as {@code reuse.jsonl} names it.
 * <ul>
 *   <li>{@link #COPY}: the shorter article is (nearly) all verbatim text of the other;</li>
 *   <li>{@link #NEAR_COPY}: most of the shorter article is the other's text, lightly edited;</li>
 *   <li>{@link #PARAPHRASE}: the pair shares passages or says the same sentences in other words, but
 *       most of the text is its own.</li>
 * </ul>
 */
public enum ReuseKind {
    COPY("copy"), NEAR_COPY("near-copy"), PARAPHRASE("paraphrase");

    private final String code;

    ReuseKind(String code) {
        this.code = code;
    }

    /** The contract's name: {@code copy}, {@code near-copy} or {@code paraphrase}. */
    public String code() {
        return code;
    }
}
