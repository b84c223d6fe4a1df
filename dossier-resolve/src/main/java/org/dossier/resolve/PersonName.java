package org.dossier.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person mention's text taken apart: leading titles ("President"), given names or initials, and
 * the surname (the last word).
 *
 * @param titles the titles before the name, as written
 * @param given  given names and initials, as written ("K." is an initial)
 * @param surname the last word
 */
record PersonName(List<String> titles, List<String> given, String surname) {
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    /** Titles and honorifics written before a name; general English, the same words the tagger extends mentions with. */
    static final Set<String> TITLES = Set.of(
            "President", "Premier", "Chancellor", "Minister", "Prime", "Vice", "Deputy", "Foreign", "Defence", "Defense",
            "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "General",
            "Gen.", "Senator", "Sen.", "Rep.", "Governor", "Gov.", "Mayor", "King", "Queen", "Prince", "Princess",
            "Pope", "Sheikh", "Emir", "Sultan", "Ambassador", "Judge", "Justice", "Colonel", "Col.", "Captain",
            "Capt.", "Lieutenant", "Lt.", "Major", "Maj.", "Sergeant", "Sgt.", "Sir", "Dame", "Lord", "Lady", "Rev.",
            "Reverend", "Father", "Bishop", "Archbishop", "Cardinal", "Chairman", "Chairwoman", "Speaker",
            "Commissioner", "Secretary", "Marshal", "Admiral", "Patriarch");

    private static final Set<String> FEMALE = Set.of("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Lady", "Queen", "Princess", "Dame", "Madam");
    private static final Set<String> MALE = Set.of("Mr", "Mr.", "Sir", "Lord", "King", "Prince");

    /** 'F' or 'M' when a title says so ("Mrs. Clinton", "Mr. Obama"), else '?'. */
    char gender() {
        for (String t : titles) {
            if (FEMALE.contains(t)) {
                return 'F';
            }
            if (MALE.contains(t)) {
                return 'M';
            }
        }
        return '?';
    }

    /** Titles that say what someone is ("President"), not only how to address them ("Mr."). */
    List<String> rankTitles() {
        return titles.stream().filter(t -> !FEMALE.contains(t) && !MALE.contains(t)).toList();
    }

    static PersonName parse(String text) {
        List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        List<String> titles = new ArrayList<>();
        while (words.size() > 1 && TITLES.contains(words.getFirst())) {
            titles.add(words.removeFirst());
        }
        String surname = words.removeLast().replaceAll("['’]s$", "");
        return new PersonName(titles, words, surname);
    }

    boolean full() {
        return given.stream().anyMatch(g -> !isInitial(g));
    }

    static boolean isInitial(String word) {
        return INITIAL.matcher(word).matches();
    }

    /** The name without titles, as written: "Ilham Aliyev", "K. Has", "Aliyev". */
    String bare() {
        List<String> all = new ArrayList<>(given);
        all.add(surname);
        return String.join(" ", all);
    }

    /** Whether the given names can belong to one person: equal or spelling variants, or an initial that fits. */
    boolean givenCompatible(PersonName other) {
        if (given.isEmpty() || other.given.isEmpty()) {
            return true;
        }
        String a = given.getFirst();
        String b = other.given.getFirst();
        if (isInitial(a) || isInitial(b)) {
            return Character.toUpperCase(a.charAt(0)) == Character.toUpperCase(b.charAt(0));
        }
        if (NameFolding.similar(a, b)) {
            return true;
        }
        // "Democrat Hillary Clinton" (a word the tagger took in) and "Hillary Clinton": the given name
        // next to the surname agrees
        String lastA = given.getLast();
        String lastB = other.given.getLast();
        return (given.size() != other.given.size()) && !isInitial(lastA) && !isInitial(lastB) && NameFolding.similar(lastA, lastB);
    }

    boolean sameSurname(PersonName other) {
        return NameFolding.similar(surname, other.surname);
    }
}
