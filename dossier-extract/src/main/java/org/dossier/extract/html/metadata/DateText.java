package org.dossier.extract.html.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Timestamp;

/**
 * Reads publication dates as pages write them: ISO-8601 and its common deviations in meta tags and
 * JSON-LD ({@code 2019-11-19T12:32:00+0000}, {@code 2019-11-19 12:32}), RFC 1123, English datelines
 * ({@code Nov. 19, 2019 at 3:05 p.m. EST}, {@code 19 November 2019}) and dates in URL paths. Keeps
 * exactly the precision the text gives: an offset only when the text names one, a time only when it
 * has one. Numeric day/month orders that differ between countries ({@code 11/12/2019}) are not read.
 */
final class DateText {
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ZONE = "((?:(?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?|z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?"
            + "|[ecmp][sd]t|bst|cet|cest|eet|eest|wet|west|aest|aedt|jst|kst|hkt|sgt)(?![a-z]))?";
    private static final String TIME = "(?:(?:,|\\s+at|\\s*-|\\s*\\|)?\\s*(\\d{1,2})[:.](\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
            + "\\s*([ap]\\.?m\\.?)?\\s*" + ZONE + ")?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[t\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*" + ZONE + ")?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:[/-]|$)");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(Map.entry("est", -5), Map.entry("edt", -4),
            Map.entry("cst", -6), Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6),
            Map.entry("pst", -8), Map.entry("pdt", -7), Map.entry("bst", 1), Map.entry("cet", 1),
            Map.entry("cest", 2), Map.entry("eet", 2), Map.entry("eest", 3), Map.entry("wet", 0),
            Map.entry("west", 1), Map.entry("aest", 10), Map.entry("aedt", 11), Map.entry("jst", 9),
            Map.entry("kst", 9), Map.entry("hkt", 8), Map.entry("sgt", 8));

    private DateText() {
    }

    /** The date a machine-readable value gives (meta content, JSON-LD, a datetime attribute). */
    static Optional<Timestamp> parseValue(String s) {
        String t = s.strip();
        Matcher m = ISO.matcher(t);
        if (m.lookingAt()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null, m.group(7));
        }
        return find(t);
    }

    /** The first date written out in running text, such as a dateline. */
    static Optional<Timestamp> find(String text) {
        Matcher m = MONTH_FIRST.matcher(text);
        Matcher d = DAY_FIRST.matcher(text);
        Matcher iso = ISO.matcher(text);
        int best = Integer.MAX_VALUE;
        Optional<Timestamp> out = Optional.empty();
        if (m.find()) {
            best = m.start();
            out = build(m.group(3), month(m.group(1)), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
        }
        if (d.find() && d.start() < best) {
            best = d.start();
            out = build(d.group(3), month(d.group(2)), d.group(1), d.group(4), d.group(5), d.group(6), d.group(7), d.group(8));
        }
        if (iso.find() && iso.start() < best) {
            out = build(iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5), iso.group(6), null, iso.group(7));
        }
        return out;
    }

    /** The date in a URL path like {@code /2019/11/19/} or {@code /2019-11-19-}. */
    static Optional<Timestamp> fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? build(m.group(1), m.group(2), m.group(3), null, null, null, null, null) : Optional.empty();
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int k = 0; k < prefixes.length; k++) {
            if (n.startsWith(prefixes[k])) {
                return Integer.toString(k + 1);
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Optional<Timestamp> build(String y, String mo, String d, String h, String mi, String sec,
                                             String ampm, String zone) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
            if (h == null) {
                return Optional.of(Timestamp.of(date));
            }
            int hour = Integer.parseInt(h);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (hour < 1 || hour > 12) {
                    return Optional.of(Timestamp.of(date));
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalDateTime local = date.atTime(hour, Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
            Optional<ZoneOffset> offset = offset(zone);
            return Optional.of(offset.<Timestamp>map(o -> Timestamp.of(OffsetDateTime.of(local, o)))
                    .orElseGet(() -> Timestamp.of(local)));
        } catch (DateTimeException | NumberFormatException e) {
            // an impossible date (Feb 30, 25:00) is not a date
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> offset(String zone) {
        if (zone == null || zone.isEmpty()) {
            return Optional.empty();
        }
        String z = zone.toLowerCase(Locale.ROOT);
        if (z.equals("z") || z.equals("utc") || z.equals("gmt")) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (ZONE_HOURS.containsKey(z)) {
            return Optional.of(ZoneOffset.ofHours(ZONE_HOURS.get(z)));
        }
        String num = z.replaceFirst("^(utc|gmt)", "");
        Matcher m = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?").matcher(num);
        if (!m.matches()) {
            return Optional.empty();
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }
}
