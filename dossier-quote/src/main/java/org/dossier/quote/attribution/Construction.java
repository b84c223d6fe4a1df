package org.dossier.quote.attribution;

/** The construction that made an attribution: which side of its cue the content lies on, or which phrase cues it. */
enum Construction {
    /** A marked quote attributed by the words around its marks. */
    QUOTE,
    /** A cue verb with its content after it: "Smith said that ...". */
    VERB_AFTER,
    /** A cue verb with its content before it: "..., Smith said." */
    VERB_BEFORE,
    /** A cue verb inside its content: "To understand it, he said, one should visit". */
    VERB_AROUND,
    /** "As Smith said, ...". */
    VERB_AS,
    /** "According to X, ..." and "..., according to X". */
    ACCORDING_TO,
    /** "In the opinion / view / words of X, ...". */
    IN_THE_WORDS_OF,
    /** "In a poll released Monday, ...". */
    IN_DOCUMENT,
    /** "PENCE: ..." and "Q: ...". */
    LABEL,
    /** A stance noun with a possessor: "Trump's criticism of ...". */
    NOUN_CUE,
    /** "Asked whether ..., Smith said": the question. */
    ASKED,
    /** A participle opening the sentence: "Noting that ..., Smith said". */
    LEADING_PARTICIPLE
}
