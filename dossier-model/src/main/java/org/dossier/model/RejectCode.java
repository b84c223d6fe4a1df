package org.dossier.model;

/** Why an input gave no article. The {@link #code()} strings are part of the output contract. */
public enum RejectCode {
    /** The input has no bytes, or only white space. */
    EMPTY("empty"),
    /** The bytes are an image, archive, PDF or other binary format, not a page. */
    NOT_TEXT("not-text"),
    /** The bytes are text in no encoding that could be told apart. */
    UNREADABLE_ENCODING("unreadable-encoding"),
    /** The input could not be read at all (missing, no permission, an I/O error). */
    UNREADABLE("unreadable"),
    /** The input is over a size cap (or inflates past one). */
    TOO_LARGE("too-large"),
    /** The input is text or HTML, but nothing in it reads as an article. */
    NO_ARTICLE("no-article"),
    /** The input is a container (archive, feed) that is malformed where the record was. */
    MALFORMED("malformed"),
    /** The input's format is known but not one Dossier reads. */
    UNSUPPORTED("unsupported");

    private final String code;

    RejectCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
