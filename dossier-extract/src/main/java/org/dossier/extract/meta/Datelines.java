package org.dossier.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Timestamp;

/**
 * Finds publication datelines in short texts: "19 April 2024 - 12:32", "April 19, 2024 at 12:32 PM",
 * "Nov. 19, 2019 8:03 am ET", "2024-04-19T12:32:00+04:00", "19.04.2024 12:32", "19 de abril de 2024".
 * The result is as precise as the text: an offset only when the text states one (a numeric offset,
 * UTC/GMT or an unambiguous zone abbreviation), a time only when one is written next to the date.
 * Numeric dates with slashes are read only when day and month cannot be confused. Thread-safe.
 */
public final class Datelines {
    private static final String MONTH = "(?<month>" + Months.ALTERNATION + ")\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th|er|\\.)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)" + YEAR + "-(?<mnum>[01]\\d)-(?<day>[0-3]\\d)(?:[T ](?<h>[0-2]?\\d):(?<min>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?"
                    + "\\s*(?<zone>Z|[+-][01]\\d:?[0-5]\\d)?)?(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + DAY + "\\s*(?:de\\s+)?" + MONTH + ",?\\s*(?:de\\s+)?" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.:/])(?<a>[0-3]?\\d)(?<sep>[./])(?<b>[01]?\\d)\\k<sep>" + YEAR + "(?![\\d.:/]\\d)");
    // a time right after the date: "- 12:32", ", 10:31 pm CST", "at 12:32 PM", "um 12.32 Uhr"
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^\\s*(?:[-–—,|•·/@]\\s*)?(?:(?:at|um|à|a las|alle|às|в|saat)\\s+)?(?<h>[0-2]?\\d)[:h.](?<min>[0-5]\\d)(?::[0-5]\\d)?"
                    + "\\s*(?<ampm>[ap]\\.?\\s?m\\.?(?![\\p{L}]))?\\s*(?:Uhr\\s*)?(?<zone>(?:UTC|GMT)\\s*[+-]\\s*\\d{1,2}(?::?\\d\\d)?|[A-Z]{1,5}\\b|[+-][01]\\d:?[0-5]\\d)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a time right before the date: "12:32, 19 April 2024", "10:31 pm | Nov 19, 2019"
    private static final Pattern TIME_BEFORE = Pattern.compile(
            "(?<![\\d:])(?<h>[0-2]?\\d):(?<min>[0-5]\\d)\\s*(?<ampm>[ap]\\.?\\s?m\\.?)?\\s*(?<zone>UTC|GMT|[+-][01]\\d:?[0-5]\\d)?\\s*[-–—,|•·/]?\\s*(?:on\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5 * 60), Map.entry("EDT", -4 * 60), Map.entry("CST", -6 * 60), Map.entry("CDT", -5 * 60),
            Map.entry("MST", -7 * 60), Map.entry("MDT", -6 * 60), Map.entry("PST", -8 * 60), Map.entry("PDT", -7 * 60),
            Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("EET", 120),
            Map.entry("EEST", 180), Map.entry("MSK", 180), Map.entry("JST", 9 * 60), Map.entry("KST", 9 * 60),
            Map.entry("AEST", 10 * 60), Map.entry("AEDT", 11 * 60));
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?:updated|published|posted)?\\s*:?\\s*\\d{1,3}\\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?)\\s+ago\\.?$",
            Pattern.CASE_INSENSITIVE);

    private Datelines() {
    }

    /** The first date expression in {@code text} that parses to a valid date, with its time when written beside it. */
    public static Optional<DateMatch> find(CharSequence text) {
        // every pattern needs a four-digit year: most lines have none, and the month patterns are costly
        if (!hasYear(text)) {
            return Optional.empty();
        }
        DateMatch best = null;
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) {
                    break;
                }
                Optional<DateMatch> found = p == ISO ? iso(m) : withTime(text, m, date(p, m));
                if (found.isPresent()) {
                    best = found.get();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean hasYear(CharSequence text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                if (run == 4) {
                    char a = text.charAt(i - 3);
                    char b = text.charAt(i - 2);
                    if (a == '1' && b == '9' || a == '2' && b == '0') {
                        return true;
                    }
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /**
     * Whether the text is essentially a date: a dateline with at most a couple of words besides it
     * ("Updated 19 April 2024", "- 18 April 2024 14:54") or a relative time ("3 hours ago").
     */
    public static boolean isDateLine(String text) {
        String s = text.strip();
        if (s.length() > 80) {
            return false;
        }
        if (s.endsWith("ago") || s.endsWith("ago.")) {
            return RELATIVE.matcher(s).matches();
        }
        Optional<DateMatch> m = find(s);
        if (m.isEmpty()) {
            return false;
        }
        String rest = s.substring(0, m.get().start()) + " " + s.substring(m.get().end());
        return rest.codePoints().filter(Character::isLetter).count() <= 12 && rest.strip().split("\\s+").length <= 2;
    }

    private static Optional<LocalDate> date(Pattern p, Matcher m) {
        try {
            int year = Integer.parseInt(m.group("year"));
            if (p == NUMERIC) {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                if (m.group("sep").equals(".") || a > 12) {
                    return Optional.of(LocalDate.of(year, b, a));
                }
                // "04/05/2024" could be April or May: say nothing rather than guess
                return b > 12 ? Optional.of(LocalDate.of(year, a, b)) : Optional.empty();
            }
            int month = Months.number(m.group("month")).orElseThrow();
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group("day"))));
        } catch (DateTimeException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private static Optional<DateMatch> iso(Matcher m) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("mnum")),
                    Integer.parseInt(m.group("day")));
            if (m.group("h") == null) {
                return Optional.of(new DateMatch(Timestamp.of(d), m.start(), m.end()));
            }
            LocalDateTime t = d.atTime(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")));
            String zone = m.group("zone");
            Timestamp ts = zone == null ? Timestamp.of(t)
                    : Timestamp.of(t.atOffset(zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(colon(zone))));
            return Optional.of(new DateMatch(ts, m.start(), m.end()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<DateMatch> withTime(CharSequence text, Matcher m, Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Matcher after = TIME_AFTER.matcher(text).region(m.end(), text.length());
        after.useTransparentBounds(true).useAnchoringBounds(true);
        if (after.find()) {
            Optional<Timestamp> ts = at(date.get(), after);
            if (ts.isPresent()) {
                String zone = after.group("zone");
                // a zone the text names ("ET") belongs to the dateline even when it fixes no offset
                boolean zoneWritten = zone != null && (offset(zone).isPresent() || zone.matches("[A-Z]{1,3}T"));
                int end = zoneWritten ? after.end() : after.end("min");
                if (after.group("ampm") != null) {
                    end = Math.max(end, after.end("ampm"));
                }
                return Optional.of(new DateMatch(ts.get(), m.start(), end));
            }
        }
        Matcher before = TIME_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start());
        if (before.find()) {
            Optional<Timestamp> ts = at(date.get(), before);
            if (ts.isPresent()) {
                return Optional.of(new DateMatch(ts.get(), before.start(), m.end()));
            }
        }
        return Optional.of(new DateMatch(Timestamp.of(date.get()), m.start(), m.end()));
    }

    private static Optional<Timestamp> at(LocalDate date, Matcher m) {
        int h = Integer.parseInt(m.group("h"));
        int min = Integer.parseInt(m.group("min"));
        String ampm = m.group("ampm");
        if (ampm != null) {
            if (h < 1 || h > 12) {
                return Optional.empty();
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }
        if (h > 23) {
            return Optional.empty();
        }
        LocalDateTime t = date.atTime(LocalTime.of(h, min));
        String zone = m.group("zone");
        Optional<ZoneOffset> off = zone == null ? Optional.empty() : offset(zone);
        return Optional.of(off.map(o -> Timestamp.of(t.atOffset(o))).orElse(Timestamp.of(t)));
    }

    /** The offset a zone text states: numeric, UTC/GMT with an offset, or an unambiguous abbreviation. */
    static Optional<ZoneOffset> offset(String zone) {
        String z = zone.replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            if (z.startsWith("UTC") || z.startsWith("GMT")) {
                String rest = z.substring(3);
                if (rest.isEmpty()) {
                    return Optional.of(ZoneOffset.UTC);
                }
                return Optional.of(ZoneOffset.of(rest.length() <= 3 ? rest.charAt(0) + pad(rest.substring(1)) : colon(rest)));
            }
            if (z.startsWith("+") || z.startsWith("-")) {
                return Optional.of(ZoneOffset.of(colon(z)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        // "ET", "PT", "IST" name more than one offset: they give no offset
        return Optional.ofNullable(ZONES.get(z)).map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    private static String pad(String hours) {
        return hours.length() == 1 ? "0" + hours : hours;
    }

    private static String colon(String z) {
        String digits = z.substring(1).replace(":", "");
        return digits.length() == 4 ? z.charAt(0) + digits.substring(0, 2) + ":" + digits.substring(2) : z;
    }
}
