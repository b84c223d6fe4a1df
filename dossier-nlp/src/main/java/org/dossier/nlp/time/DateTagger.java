package org.dossier.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DateMention;
import org.dossier.model.Span;
import org.dossier.model.Timestamp;
import org.dossier.nlp.token.Segmentation;

/**
 * A rule-based English temporal tagger on {@code java.time}. Rules run from the most specific
 * ("November 10, 2020") to the least ("2025"); a later rule never overlaps an earlier match. Values
 * are as precise as the text: a day, a month or a year. Relative expressions need an {@link Anchor}
 * at least as precise as what they say ("yesterday" needs a day, "next year" a year). Past tense is
 * assumed for a bare weekday or month ("on Wednesday" is the last Wednesday up to the publication
 * day) unless the sentence speaks of the future ("will", "next", "plans"). Pure and thread-safe.
 */
public final class DateTagger {
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String FULL_MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December)";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>1[89]\\d\\d|20\\d\\d|21\\d\\d)";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
    private static final String SEASON = "(?<season>spring|summer|autumn|fall|winter)";
    private static final String B = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("a", 1), Map.entry("an", 1));
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|'ll|shall|going to|plans?|planned|expected|scheduled|upcoming|next|intends?|is to|are to"
            + "|hopes? to|aims? to|due to|set to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_YEAR_BEFORE = Pattern.compile(
            "(?i)(?:in|since|until|till|by|from|to|of|before|after|during|through|throughout|around|circa|year|early"
            + "|late|mid|the|and|or|between|spring|summer|autumn|fall|winter|end|beginning|start|middle)[\\s-]*$");

    private final List<Rule> rules = List.of(
            new Rule(B + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + E, (m, c) -> day(m)),
            new Rule(B + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + E, (m, c) -> day(m)),
            new Rule(B + "(?<iso>\\d{4}-[01]\\d-[0-3]\\d)" + E, (m, c) -> parseIso(m.group("iso"))),
            new Rule(B + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + E, (m, c) -> month(m)),
            new Rule(B + "(?i:(?<rel>last|next|this|past|coming)\\s+)" + FULL_MONTH + E, DateTagger::relativeMonth),
            new Rule(B + MONTH + "\\s+" + DAY + E, DateTagger::dayWithoutYear),
            new Rule(B + DAY + "\\s+(?:of\\s+)?" + MONTH + E, DateTagger::dayWithoutYear),
            new Rule(B + "(?i:(?<rel>last|next|this|on|past|coming)\\s+)?" + WEEKDAY + PART_OF_DAY + E, DateTagger::weekday),
            new Rule(B + "(?i:(?<word>yesterday|today|tomorrow|tonight|last night))" + PART_OF_DAY + E, DateTagger::deictic),
            new Rule(B + "(?i:(?<rel>last|next|this|past)\\s+)" + "(?i:" + SEASON + ")" + E, DateTagger::season),
            new Rule(B + "(?i:(?:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?(?<rel>last|next|this|past)\\s+"
                    + "(?<unit>year|month))" + E, DateTagger::relativeUnit),
            new Rule(B + "(?i:(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\\s+"
                    + "(?<unit>years?|months?|days?)\\s+ago)" + E, DateTagger::ago),
            new Rule(B + "(?i:in|since|until|till|by|from|during|before|after|early|late|of)\\s+" + FULL_MONTH + E,
                    DateTagger::bareMonth).only("month"),
            new Rule("(?<![\\p{L}\\d.,$€£-])" + YEAR + "(?![\\p{L}\\d%]|[.,]\\d|-\\d)", DateTagger::bareYear));

    /** Dates in {@code body}, in order; the sentences of {@code seg} give the tense of relative ones. */
    public List<DateMention> tag(String body, Segmentation seg, Anchor anchor) {
        List<DateMention> found = new ArrayList<>();
        boolean[] taken = new boolean[body.length() + 1];
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(body);
            while (m.find()) {
                int start = rule.group == null ? m.start() : m.start(rule.group);
                int end = rule.group == null ? m.end() : m.end(rule.group);
                if (end == start || overlaps(taken, start, end)) {
                    continue;
                }
                Context c = new Context(body, sentenceAround(seg, body, start), anchor, start, end);
                Optional<Temporal> value;
                try {
                    value = rule.resolve.apply(m, c);
                } catch (DateTimeException e) {
                    value = Optional.empty();
                }
                if (value.isPresent()) {
                    Span span = new Span(start, end);
                    found.add(new DateMention(span, span.of(body), Timestamp.of(value.get())));
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        found.sort(Comparator.comparing(DateMention::span));
        return found;
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static Span sentenceAround(Segmentation seg, String body, int offset) {
        int t = seg.tokenAt(offset);
        int s = t < seg.tokens().size() ? seg.sentenceOf(t) : -1;
        if (s >= 0) {
            return seg.sentences().get(s).span();
        }
        return new Span(Math.max(0, offset - 200), Math.min(body.length(), offset + 200));
    }

    static int monthNumber(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: '" + name + "'");
        };
    }

    private static Optional<Temporal> day(Matcher m) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), monthNumber(m.group("month")),
                Integer.parseInt(m.group("day"))));
    }

    private static Optional<Temporal> month(Matcher m) {
        return Optional.of(YearMonth.of(Integer.parseInt(m.group("year")), monthNumber(m.group("month"))));
    }

    private static Optional<Temporal> parseIso(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    private static Optional<Temporal> relativeMonth(Matcher m, Context c) {
        if (c.anchor.month().isEmpty()) {
            return Optional.empty();
        }
        YearMonth now = c.anchor.month().get();
        int month = monthNumber(m.group("month"));
        YearMonth thisYear = YearMonth.of(now.getYear(), month);
        return Optional.of(switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "last", "past" -> thisYear.isBefore(now) ? thisYear : thisYear.minusYears(1);
            case "next", "coming" -> thisYear.isAfter(now) ? thisYear : thisYear.plusYears(1);
            default -> thisYear;
        });
    }

    /** "April 19" without a year: the year that puts it nearest the publication date. */
    private static Optional<Temporal> dayWithoutYear(Matcher m, Context c) {
        if (c.anchor.day().isEmpty()) {
            return Optional.empty();
        }
        LocalDate now = c.anchor.day().get();
        int month = monthNumber(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        LocalDate best = null;
        for (int y = now.getYear() - 1; y <= now.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null || Math.abs(d.toEpochDay() - now.toEpochDay()) < Math.abs(best.toEpochDay() - now.toEpochDay())) {
                best = d;
            }
        }
        return Optional.of(best);
    }

    private static Optional<Temporal> weekday(Matcher m, Context c) {
        if (c.anchor.day().isEmpty()) {
            return Optional.empty();
        }
        LocalDate now = c.anchor.day().get();
        DayOfWeek dow = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        return Optional.of(switch (rel) {
            case "last", "past" -> now.with(TemporalAdjusters.previous(dow));
            case "next", "coming" -> now.with(TemporalAdjusters.next(dow));
            case "this" -> now.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
            default -> c.future() ? now.with(TemporalAdjusters.nextOrSame(dow)) : now.with(TemporalAdjusters.previousOrSame(dow));
        });
    }

    private static Optional<Temporal> deictic(Matcher m, Context c) {
        if (c.anchor.day().isEmpty()) {
            return Optional.empty();
        }
        LocalDate now = c.anchor.day().get();
        return Optional.of(switch (m.group("word").toLowerCase(Locale.ROOT)) {
            case "yesterday", "last night" -> now.minusDays(1);
            case "tomorrow" -> now.plusDays(1);
            default -> now;
        });
    }

    /** "last autumn": the year of the last such season that had ended by the publication month; a year, as the text says no more. */
    private static Optional<Temporal> season(Matcher m, Context c) {
        if (c.anchor.month().isEmpty()) {
            return Optional.empty();
        }
        YearMonth now = c.anchor.month().get();
        int start = switch (m.group("season").toLowerCase(Locale.ROOT)) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            default -> 12;
        };
        int month = now.getMonthValue();
        int year = now.getYear();
        return Optional.of(Year.of(switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "last", "past" -> month >= start + 3 ? year : year - 1;
            case "next" -> month < start ? year : year + 1;
            default -> year;
        }));
    }

    private static Optional<Temporal> relativeUnit(Matcher m, Context c) {
        int delta = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        if (m.group("unit").equalsIgnoreCase("year")) {
            return c.anchor.year().map(y -> (Temporal) y.plusYears(delta));
        }
        return c.anchor.month().map(ym -> (Temporal) ym.plusMonths(delta));
    }

    private static Optional<Temporal> ago(Matcher m, Context c) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (unit.startsWith("year")) {
            return c.anchor.year().map(y -> (Temporal) y.minusYears(count));
        }
        if (unit.startsWith("month")) {
            return c.anchor.month().map(ym -> (Temporal) ym.minusMonths(count));
        }
        return c.anchor.day().map(d -> (Temporal) d.minusDays(count));
    }

    /** "in September": the last September up to the publication month, or the next one when the sentence looks ahead. */
    private static Optional<Temporal> bareMonth(Matcher m, Context c) {
        if (c.anchor.month().isEmpty()) {
            return Optional.empty();
        }
        YearMonth now = c.anchor.month().get();
        YearMonth thisYear = YearMonth.of(now.getYear(), monthNumber(m.group("month")));
        if (c.future()) {
            return Optional.of(thisYear.isBefore(now) ? thisYear.plusYears(1) : thisYear);
        }
        return Optional.of(thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear);
    }

    /** A four-digit number is a year after a word that introduces one ("in 2025", "the 2020 war"). */
    private static Optional<Temporal> bareYear(Matcher m, Context c) {
        String before = c.body.substring(Math.max(0, m.start() - 24), m.start());
        if (!BARE_YEAR_BEFORE.matcher(before).find()) {
            return Optional.empty();
        }
        return Optional.of(Year.of(Integer.parseInt(m.group("year"))));
    }

    /** A pattern, what its match means, and (when not the whole match) the group that is the date's text. */
    private record Rule(Pattern pattern, BiFunction<Matcher, Context, Optional<Temporal>> resolve, String group) {
        Rule(String regex, BiFunction<Matcher, Context, Optional<Temporal>> resolve) {
            this(Pattern.compile(regex), resolve, null);
        }

        Rule only(String g) {
            return new Rule(pattern, resolve, g);
        }
    }

    /** Where a match stands: its sentence, for the tense of the clause around it. */
    private record Context(String body, Span sentence, Anchor anchor, int at, int end) {
        private static final Pattern BOUNDARY = Pattern.compile("[,;:]|\\band\\b|\\bbut\\b|\\bwhile\\b");

        /** Whether the clause holding the match speaks of the future: the words before it, or after it when it opens the clause. */
        boolean future() {
            int from = Math.min(sentence.start(), at);
            String before = body.substring(from, at);
            Matcher b = BOUNDARY.matcher(before);
            int cut = 0;
            while (b.find()) {
                cut = b.end();
            }
            String clause = before.substring(cut);
            if (clause.strip().split("\\s+").length < 3) {
                String after = body.substring(end, Math.max(end, Math.min(body.length(), sentence.end())));
                Matcher a = BOUNDARY.matcher(after);
                int skip = a.lookingAt() ? a.end() : 0;
                a = BOUNDARY.matcher(after).region(skip, after.length());
                clause = clause + " " + after.substring(skip, a.find() ? a.start() : after.length());
            }
            return FUTURE.matcher(clause).find();
        }
    }
}
