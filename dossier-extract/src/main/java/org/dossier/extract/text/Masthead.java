package org.dossier.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the masthead: the site's name standing alone at the very top of the page, above its menu
 * ("THE EVENING STAR" over "News  Sport  Weather"). It names the outlet, and it is never the
 * headline, however many of its words the story repeats. A name in capitals or in title case, of
 * one to five words, with nothing of a sentence or a date in it; the menu under it is a row of
 * short entries, a bulleted entry, or the menu's button ("Menu", "Sections").
 */
final class Masthead {
    /** Lines without letters ("*", rules) that may precede the masthead. */
    private static final int LEAD_IN = 2;
    private static final int MAX_WORDS = 5;
    private static final int MAX_CHARS = 48;
    /** A menu row: entries set apart by runs of spaces or by bars and dots. */
    private static final Pattern MENU_GAP = Pattern.compile("\\s{2,}|\\s*[|•·]\\s*");
    private static final int MIN_MENU_ENTRIES = 3;
    private static final int MAX_ENTRY_WORDS = 3;
    /** The menu's own button or label, which may stand for the whole menu in a scrape. */
    private static final Pattern MENU_BUTTON = Pattern.compile(
            "(?:menu|main menu|search|sections?|navigation|toggle(?: navigation)?|home|topics|more)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Controls and labels that also stand alone at the top of a scrape. */
    private static final Pattern CONTROL = Pattern.compile(
            "(?:close|open|skip\\b.*|advertisement|advert|ad|iklan|anzeige|werbung|publicidad|publicité|реклама)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Short words a title-case name leaves in lower case ("Voice of the North"). */
    private static final int MAX_LOWER_WORD = 3;

    private Masthead() {
    }

    /** The masthead's line, or -1 when the page does not open with one. */
    static int find(List<Line> lines) {
        int i = 0;
        while (i < lines.size() && i <= LEAD_IN && lines.get(i).text().codePoints().noneMatch(Character::isLetter)) {
            i++;
        }
        if (i + 1 >= lines.size() || i > LEAD_IN) {
            return -1;
        }
        return nameShaped(lines.get(i)) && menuShaped(lines.get(i + 1)) ? i : -1;
    }

    /**
     * The outlet's name as the masthead at {@code at} gives it; a masthead set in capitals takes the
     * spelling the page uses for the same words elsewhere ("© The Evening Lantern 2024"), when it
     * does.
     */
    static String name(List<Line> lines, int at) {
        String t = lines.get(at).text();
        if (!t.equals(t.toUpperCase(Locale.ROOT))) {
            return t;
        }
        Pattern same = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (int i = 0; i < lines.size(); i++) {
            if (i == at) {
                continue;
            }
            Matcher m = same.matcher(lines.get(i).text());
            while (m.find()) {
                String spelt = m.group();
                if (!spelt.equals(spelt.toUpperCase(Locale.ROOT)) && titleCased(spelt)) {
                    return spelt;
                }
            }
        }
        return t;
    }

    private static boolean nameShaped(Line l) {
        String t = l.text();
        if (l.bullet() || l.dateLine() || Furniture.isShortFurniture(l) || CONTROL.matcher(t).matches()
                || MENU_BUTTON.matcher(t).matches()
                || l.words() < 1 || l.words() > MAX_WORDS || t.length() > MAX_CHARS
                || !t.matches("[\\p{L}][\\p{L}\\p{M}&'’\\- ]*")) {
            return false;
        }
        if (t.equals(t.toUpperCase(Locale.ROOT))) {
            return t.codePoints().filter(Character::isUpperCase).count() >= 2;
        }
        return titleCased(t);
    }

    /** Every word capitalised but for short ones inside the name ("Voice of the Valley"). */
    private static boolean titleCased(String t) {
        if (!Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        for (String w : t.split("[\\s-]+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && w.length() > MAX_LOWER_WORD) {
                return false;
            }
        }
        return true;
    }

    private static boolean menuShaped(Line l) {
        String t = l.text();
        if (l.bullet()) {
            return true;
        }
        if (l.sentenceEnd() || l.dateLine()) {
            return false;
        }
        if (l.words() <= 2) {
            return MENU_BUTTON.matcher(t).matches();
        }
        String[] entries = MENU_GAP.split(t);
        if (entries.length < MIN_MENU_ENTRIES) {
            return false;
        }
        for (String e : entries) {
            if (e.isBlank() || e.strip().split("\\s+").length > MAX_ENTRY_WORDS) {
                return false;
            }
        }
        return true;
    }
}
