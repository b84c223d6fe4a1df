package org.dossier.extract.html.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns byline text into people's names: strips "By", roles and dates, splits "A, B and C", and
 * refuses what is not a person — reading-time labels ("5 Minute Read"), prompts ("Email the author"),
 * collective credits ("Staff", "News Desk") and organisations posing as authors.
 */
final class AuthorNames {
    /** "By", "Written by", "Analysis by": up to two words, then "by". */
    private static final Pattern BY = Pattern.compile("^(?i)(?:[\\p{L}]+\\s+){0,2}?by[:\\s]+");
    /**
     * Separators between names, and between a name and the date or role a byline runs on into
     * ("By Jane Doe · 27 February"); the conjunctions in lower case only, so the initial "E." survives.
     */
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||&|·|•|\\b(?:and|AND|And|und|et|y|e)\\b|/|\\n)\\s*");
    /** Words that never occur in a person's name but do in credits for desks, wires and outlets. */
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "(?i)\\b(minutes?|min|read|reading|email|e-mail|author|authors|staff|desk|team|editors?|editorial|newsroom"
                    + "|news|press|associated|agency|agencies|wire|wires|reuters|afp|bloomberg|media|publishing"
                    + "|inc|ltd|llc|corp|corporation|company|group|network|business|magazine|times|post|daily|journal|tribune"
                    + "|herald|gazette|online|digital|contributors?|correspondents?|reporter|reporters|writer|writers"
                    + "|updated|published|posted|share|follow|twitter|facebook|subscribe|view|profile|more|all"
                    + "|articles|stories|photos?|video|admin|administrator|guest|anonymous|unknown|sponsored|partner"
                    + "|www|http|https|com|international|ministry|ministries|department|government|office|council"
                    + "|committee|university|institute|foundation|association|police|service|services|agencies)\\b");
    /** A date or weekday after the name ends the name: "Malcolm Owen Monday, Nov 18". */
    private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)\\s+(monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|january|february|march|april|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b.*$");
    /** A short label before the name: "Text: Jane Doe", "Words: Jane Doe". */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}]+(\\s[\\p{L}]+)?:\\s*");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

    private AuthorNames() {
    }

    /** The people a byline names, in order, without duplicates; empty when it names none. */
    static List<String> fromByline(String byline, Optional<String> outlet) {
        String b = byline.replace('\u00a0', ' ').strip();
        b = BY.matcher(b).replaceFirst("");
        b = LABEL.matcher(b).replaceFirst("");
        b = BY.matcher(b).replaceFirst("");
        b = CALENDAR_WORD.matcher(b).replaceFirst("");
        // "Jane Doe. Outlet Name": a full stop after a word longer than an initial ends the name
        b = b.replaceFirst("(?<=\\p{L}{2})\\.\\s+\\p{Lu}.*$", "");
        // "Name - Organisation", "Name — Role": what follows a spaced dash is not the name
        b = b.replaceFirst("\\s+[-–—]\\s+.*$", "");
        // a byline often runs on into the date or the role: "Jane Doe, Reuters | Nov 19, 2019"
        b = b.replaceFirst("(?i)\\s+(on|at|updated|published|posted)\\s+.*$", "");
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(b)) {
            clean(part, outlet).ifPresent(out::add);
        }
        return dedupe(out);
    }

    /** One name as given by structured data, checked the same way. */
    static Optional<String> single(String name, Optional<String> outlet) {
        String n = BY.matcher(name.replace('\u00a0', ' ').strip()).replaceFirst("");
        return clean(n, outlet);
    }

    static List<String> dedupe(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (seen.add(n.toLowerCase(Locale.ROOT))) {
                out.add(n);
            }
        }
        return out;
    }

    private static Optional<String> clean(String raw, Optional<String> outlet) {
        String n = raw.strip().replaceAll("\\s+", " ").replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^.]]+$", "").strip();
        if (n.isEmpty() || n.length() > 60 || HAS_DIGIT.matcher(n).find() || n.contains("@")) {
            return Optional.empty();
        }
        String[] words = n.split(" ");
        if (words.length < 1 || words.length > 5) {
            return Optional.empty();
        }
        if (!Character.isUpperCase(n.codePointAt(0)) && Character.isLetter(n.codePointAt(0))
                && Character.isLowerCase(n.codePointAt(0))) {
            return Optional.empty();
        }
        if (NOT_A_PERSON.matcher(n).find()) {
            return Optional.empty();
        }
        if (outlet.isPresent() && squash(outlet.get()).contains(squash(n))) {
            return Optional.empty();
        }
        if (words.length == 1 && n.equals(n.toUpperCase(Locale.ROOT))) {
            // "CNN", "PTI", "MS, RDN": agencies and credentials, not people
            return Optional.empty();
        }
        if (n.equals(n.toUpperCase(Locale.ROOT)) && n.length() > 1) {
            // A BYLINE IN CAPITALS is still a name: give it the usual case
            n = titleCase(n);
        }
        return Optional.of(n);
    }

    private static String titleCase(String n) {
        StringBuilder b = new StringBuilder(n.length());
        boolean start = true;
        for (int k = 0; k < n.length(); k++) {
            char c = n.charAt(k);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
