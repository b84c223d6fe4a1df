package org.dossier.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The words a page writes in lower case somewhere. A capitalised line made of such words ("New
 * Update", "Latest News") is a label, not a person's name: names are rarely written in lower case.
 * Not thread-safe: one instance serves one extraction.
 */
final class Vocabulary implements Predicate<String> {
    private final List<Line> lines;
    // built on first use: most pages need it for a handful of byline candidates, some not at all
    private Set<String> lowerCase;

    private Vocabulary(List<Line> lines) {
        this.lines = lines;
    }

    static Vocabulary of(List<Line> lines) {
        return new Vocabulary(lines);
    }

    private Set<String> lowerCase() {
        if (lowerCase != null) {
            return lowerCase;
        }
        lowerCase = new HashSet<>();
        for (Line l : lines) {
            String t = l.text();
            int n = t.length();
            int i = 0;
            while (i < n) {
                if (!Character.isLetter(t.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && Character.isLetter(t.charAt(i))) {
                    i++;
                }
                if (Character.isLowerCase(t.charAt(start))) {
                    lowerCase.add(t.substring(start, i));
                }
            }
        }
        return lowerCase;
    }

    /** Whether the page uses this word in lower case, or it is a function word. */
    @Override
    public boolean test(String lowerCaseWord) {
        String w = lowerCaseWord.toLowerCase(Locale.ROOT);
        return Stopwords.contains(w) || lowerCase().contains(w);
    }
}
