package org.dossier.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The words a page writes in lower case somewhere. A capitalised line made of such words ("New
 * Update", "Latest News") is a label, not a person's name: names are rarely written in lower case.
 */
final class Vocabulary implements Predicate<String> {
    private final Set<String> lowerCase = new HashSet<>();

    static Vocabulary of(List<Line> lines) {
        Vocabulary v = new Vocabulary();
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
                    v.lowerCase.add(t.substring(start, i));
                }
            }
        }
        return v;
    }

    /** Whether the page uses this word in lower case, or it is a function word. */
    @Override
    public boolean test(String lowerCaseWord) {
        String w = lowerCaseWord.toLowerCase(Locale.ROOT);
        return lowerCase.contains(w) || Stopwords.contains(w);
    }
}
