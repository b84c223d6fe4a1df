package org.dossier.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the name a page gives its publication: a domain-shaped brand ("WSJ.com") standing
 * alone on a line or recurring on the page, else the single-brand holder of a copyright line ("© 2019
 * SlashGear. All rights reserved."). Empty when the page names none of these ways.
 */
public final class Outlets {
    // common top-level domains in lower case; a mixed-case ending like ".Az" is taken as a domain anyway
    private static final String TLDS = "com|net|org|info|news|io|co|tv|fm|me|biz|online|media|press|az|ru|ua|uk|de|fr|it|es|pt|br|nl|be|ch|at|pl|tr|in|us|ca|au|nz|ie|ge|am|kz|uz|by|jp|kr|cn|hk|sg|my|id|ph|pk|za|ng|ke|eg|il|ir|ae|sa|qa|mx|ar|cl|se|no|dk|fi|cz|sk|hu|ro|bg|gr|rs|hr|si|lt|lv|ee";
    // Brand.tld with a capital letter somewhere in the brand, so that "e.g" or "realtor.com" in a menu is not taken
    private static final String NAME_DOT_TLD = "[\\p{L}\\d][\\p{L}\\d-]{1,30}(?:\\.[\\p{L}\\d-]{2,30})?\\.(?:[A-Z][a-z]|" + TLDS
            + "|[A-Z]{2,4})(?![\\p{L}\\d@]|\\.[\\p{L}\\d])";
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\p{L}\\d@./])(?=[\\p{L}\\d-]*\\p{Lu})" + NAME_DOT_TLD);
    // a line that is only a domain names the outlet even in lower case ("oxu.az"); a link in a menu is a bullet
    private static final Pattern LINE_DOMAIN = Pattern.compile("(?:www\\.)?(?=[\\p{L}\\d-]{3})" + NAME_DOT_TLD);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©\\s*(?:(?:19|20)\\d\\d\\s*(?:[-–]\\s*(?:19|20)\\d\\d)?)?|(?:\\(c\\)|copyright)\\s*©?\\s*(?:19|20)\\d\\d\\s*(?:[-–]\\s*(?:19|20)\\d\\d)?)\\s*,?\\s*(?<holder>[\\p{L}\\d][\\p{L}\\d.&'’ -]{1,40}?)\\s*(?:[,.|]|\\ball rights\\b|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CORPORATE = Pattern.compile(
            "\\b(?:inc|llc|ltd|limited|gmbh|corp|corporation|group|holdings?|communications|company|plc|s\\.?a)\\b",
            Pattern.CASE_INSENSITIVE);

    private Outlets() {
    }

    /** The whole text when it is a domain-shaped brand standing alone, e.g. a line that says only "Northwind.Ex" or "oxu.az". */
    public static Optional<String> standalone(String text) {
        String s = text.strip();
        if (s.length() > 64 || s.indexOf('.') < 0 || s.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        if (!LINE_DOMAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(s.regionMatches(true, 0, "www.", 0, 4) ? s.substring(4) : s);
    }

    /** Domain-shaped brands in the text, in order. */
    public static List<String> domains(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DOMAIN.matcher(text);
        int n = text.length();
        int done = 0;
        // the pattern is costly to try at every position: try it only on the words that hold a dot between letters
        for (int i = 1; i + 1 < n; i++) {
            if (text.charAt(i) != '.' || i < done || !Character.isLetterOrDigit(text.charAt(i - 1))
                    || !Character.isLetter(text.charAt(i + 1))) {
                continue;
            }
            int from = i;
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            int to = i;
            while (to < n && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            m.region(from, to).useTransparentBounds(true);
            while (m.find()) {
                out.add(m.group());
            }
            done = to;
        }
        return out;
    }

    /** The domain-shaped brand that occurs most often in {@code lines}, when it occurs at least twice. */
    public static Optional<String> recurring(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String line : lines) {
            if (line.indexOf('.') < 0) {
                continue;
            }
            for (String d : domains(line)) {
                int n = counts.merge(d, 1, Integer::sum);
                if (n >= 2 && (best == null || n > counts.get(best))) {
                    best = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The holder of a copyright line when it is one brand of one or two words ("© 2005-2019 SlashGear, All Rights Reserved."). */
    public static Optional<String> copyrightHolder(String line) {
        if (line.length() > 200) {
            return Optional.empty();
        }
        Matcher m = COPYRIGHT.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String holder = m.group("holder").replaceAll("[\\s\\p{Pd}.&]+$", "").strip();
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        String[] words = holder.split("\\s+");
        String after = line.substring(m.end("holder")).toLowerCase(java.util.Locale.ROOT);
        // "© 2019 Hearst Communications, Inc." names the owning company, not the publication
        boolean company = CORPORATE.matcher(holder + " " + after.substring(0, Math.min(after.length(), 12))).find();
        if (words.length > 2 || company || !Character.isUpperCase(holder.codePointAt(0)) || holder.matches(".*\\d.*")) {
            return Optional.empty();
        }
        return Optional.of(holder);
    }
}
