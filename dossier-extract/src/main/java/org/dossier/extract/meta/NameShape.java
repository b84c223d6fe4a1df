package org.dossier.extract.meta;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a short text has the shape of a person's name: two to five capitalised tokens ("Sarah E.
 * Needleman", "Ana de la Cruz", "Jean-Luc O'Neill"), no digits, no sentence punctuation. Shape only:
 * the caller says which words are ordinary words on its page, since a name's words are rarely
 * written in lower case elsewhere.
 */
public final class NameShape {
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
            "la", "le", "van", "von", "der", "den", "ten", "ter", "bin", "ibn", "al", "el", "y", "e", "af", "zu");
    // a label beside a date ("Published Monday") is not a name; weekdays are rarely names
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag",
            "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*");

    // capitals inside a name: McDonald, MacLeod, DeSantis, LeBron, O'Neill, Jean-Luc
    private static final Pattern INNER_CAPITAL = Pattern.compile("(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)\\p{Lu}.*|.*['’\\-]\\p{Lu}.*");

    private NameShape() {
    }

    /** Two words run together by a flattened page ("SongBy"): a capital inside, where names do not have one. */
    private static boolean glued(String token) {
        for (int i = 1; i < token.length(); i++) {
            if (Character.isUpperCase(token.charAt(i)) && Character.isLowerCase(token.charAt(i - 1))) {
                return !INNER_CAPITAL.matcher(token).matches();
            }
        }
        return false;
    }

    /**
     * True when {@code text} looks like a name.
     *
     * @param text         the candidate, trimmed
     * @param ordinaryWord true for a lower-cased token that the page uses as an ordinary word
     */
    public static boolean isNameShaped(String text, Predicate<String> ordinaryWord) {
        return isNameShaped(text, ordinaryWord, false);
    }

    /**
     * True when {@code text} looks like a name; with {@code capitals}, also when written all in
     * capitals, as bylines after "BY" sometimes are.
     */
    public static boolean isNameShaped(String text, Predicate<String> ordinaryWord, boolean capitals) {
        String s = text.strip();
        if (s.length() < 4 || s.length() > 50) {
            return false;
        }
        String[] tokens = s.split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        int capitalised = 0;
        int upperOnly = 0;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            String lower = t.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(lower) && t.equals(lower) && i > 0 && i < tokens.length - 1) {
                continue;
            }
            if (!CAPITALISED.matcher(t).matches() || glued(t)) {
                return false;
            }
            String bare = lower.replaceAll("[.'’\\-]", "");
            if (bare.length() > 1 && (ordinaryWord.test(bare) || WEEKDAYS.contains(bare))) {
                return false;
            }
            if (t.length() > 2 && t.equals(t.toUpperCase(Locale.ROOT))) {
                upperOnly++;
            }
            capitalised++;
        }
        // "NISSAN SENTRA" is a heading, not a byline; a name needs at least two capitalised words
        return capitalised >= 2 && (capitals || upperOnly < capitalised);
    }
}
