package org.dossier.extract.text;

import java.util.List;
import org.dossier.extract.meta.Bylines;
import org.dossier.extract.meta.Outlets;

/**
 * The first line of a text that opens with its article: plain-text files commonly start with the
 * headline, then perhaps a byline or a dateline, then the body. When {@link Headlines} finds no
 * headline (the story need not repeat its words), that first line is the title if it is shaped
 * like one (a few words, not all lower case, no final full stop), and otherwise, when it holds a
 * sentence's worth of words, the body's first paragraph: text is never dropped only because it is
 * short. A byline, an outlet's name, a rubric or a date stays metadata, and a first line with
 * anything else between it and the body (a menu, a list) is the page's furniture, not its opening.
 */
final class Opening {
    /** Fewer words than this, and a line that is not a headline is a label ("Politics", "Share"). */
    private static final int MIN_PARAGRAPH_WORDS = 3;

    /** What the first line is. */
    enum Role {
        TITLE,
        PARAGRAPH,
        NONE
    }

    private Opening() {
    }

    static Role of(List<Line> lines, Kind[] kinds, int bodyStart, int masthead, Vocabulary vocabulary) {
        if (bodyStart < 1 || masthead == 0 || kinds[0] != Kind.SHORT && kinds[0] != Kind.PROSE) {
            return Role.NONE;
        }
        for (int i = 1; i < bodyStart; i++) {
            if (kinds[i] != Kind.DATE && !byline(lines.get(i), kinds[i], vocabulary)) {
                return Role.NONE;
            }
        }
        Line first = lines.get(0);
        if (byline(first, kinds[0], vocabulary) || Outlets.standalone(first.text()).isPresent()
                || HeaderReader.rubric(first.text()).isPresent()) {
            return Role.NONE;
        }
        if (Headlines.shaped(first, kinds[0])) {
            return Role.TITLE;
        }
        return first.words() >= MIN_PARAGRAPH_WORDS ? Role.PARAGRAPH : Role.NONE;
    }

    private static boolean byline(Line l, Kind kind, Vocabulary vocabulary) {
        return !Bylines.parse(l.text(), vocabulary, kind == Kind.SHORT).isEmpty();
    }
}
