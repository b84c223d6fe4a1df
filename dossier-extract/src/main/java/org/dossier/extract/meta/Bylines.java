package org.dossier.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the people credited in a byline: "By Jane Doe and John Roe", "Author: Jane Doe", "Jane Doe -
 * Nov 19, 2019, 10:31 pm CST", or a name standing alone. A dateline beside the names is ignored
 * (use {@link Datelines} for it); a role after a comma ("Jane Doe, Reuters") ends the names.
 */
public final class Bylines {
    // "by" in the languages of Months, and label forms ("Author:", "Written by")
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:written|reported|posted|text|story|words|photos?)\\s+)?(?:by|von|par|por|di|door|av|af|oleh|от|autor(?:es)?|auteur|author(?:s)?|written by|reporter|text)\\s*[:\\-–—]?\\s+(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b|\\bdan\\b)\\s*");
    private static final Pattern TAIL = Pattern.compile("\\s+(?:[|•·/–—-]|\\bon\\b|\\bin\\b|\\bat\\b)(?:\\s+.*)?$");

    private Bylines() {
    }

    private static String withoutCapitalsAfterName(String s) {
        String[] tokens = s.split("\\s+");
        for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            boolean mixed = !t.equals(t.toUpperCase(java.util.Locale.ROOT));
            boolean capitals = t.length() >= 3 && t.chars().allMatch(Character::isUpperCase);
            if (capitals && k >= 2) {
                return String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, k));
            }
            if (!mixed) {
                // a byline written in capitals from its start: nothing to cut
                return s;
            }
        }
        return s;
    }

    /**
     * The names a byline line credits, in order without duplicates; empty when the line is no byline.
     *
     * @param line         one line of text
     * @param ordinaryWord see {@link NameShape#isNameShaped}
     * @param bare         whether a name standing alone (with no "By") counts; true only where the
     *                     caller knows the line sits in an article's header
     */
    public static List<String> parse(String line, Predicate<String> ordinaryWord, boolean bare) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 160) {
            return List.of();
        }
        Optional<DateMatch> date = Datelines.find(s);
        if (date.isPresent()) {
            s = (s.substring(0, date.get().start()) + " " + s.substring(date.get().end())).strip();
            s = s.replaceAll("^[\\s|•·/,–—-]+|[\\s|•·/,–—-]+$", "");
        }
        Matcher lead = LEAD.matcher(s);
        boolean labelled = lead.matches();
        if (labelled) {
            s = lead.group("rest");
        } else if (!bare) {
            return List.of();
        }
        s = TAIL.matcher(s).replaceFirst("");
        // a wide gap separates the name from a label beside it ("Mike Wall   Science")
        s = s.split("\\s{3,}|\\t")[0];
        // "Kevin Roe USA TODAY": an outlet in capitals after a name in mixed case ends it
        s = withoutCapitalsAfterName(s);
        // "Jane Doe Jane Doe": the name as a link and as text
        String[] halves = s.split("\\s+");
        if (halves.length % 2 == 0 && halves.length >= 4) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(halves, 0, halves.length / 2));
            if (s.equals(first + " " + first)) {
                s = first;
            }
        }
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(s)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (NameShape.isNameShaped(p, ordinaryWord, labelled)) {
                names.add(p);
            } else if (names.isEmpty()) {
                return List.of();
            } else {
                // the first piece that is not a name is a role or an outlet: the names have ended
                break;
            }
        }
        return List.copyOf(new LinkedHashSet<>(names));
    }
}
