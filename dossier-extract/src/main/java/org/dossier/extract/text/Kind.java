package org.dossier.extract.text;

/** What one line of a text scrape looks like on its own and in its neighbourhood. */
enum Kind {
    /** A paragraph of running text. */
    PROSE,
    /** A short line: a heading, a caption, a label or a menu entry; its neighbours decide. */
    SHORT,
    /** A list item with a sentence in it, as in an article's key points. */
    POINT,
    /** A short list item, as in a menu. */
    ITEM,
    /** A date or time standing alone. */
    DATE,
    /** Part of a run of headlines and dates: a "latest news" or "read also" list. */
    LIST,
    /** Site furniture: a subscribe, share or advert line, an image placeholder. */
    CHROME
}
