package org.dossier.story.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.fingerprint.StopWords;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.DateMention;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Timestamp;
import org.dossier.story.StoryMaterial;

/**
 * Cuts a story's articles into statements: their sentences of at least a few words that are not
 * questions, each with its entities (a quoted sentence also carries its speaker), dates, numbers,
 * negation and contrast poles.
 */
final class Statements {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*|\\d+(?:[.,]\\d+)*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(million|billion|thousand))?\\s*(%|percent|per cent)?");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "neither", "nor", "none",
            "nobody", "nothing", "deny", "denied", "denies", "denying", "cannot");

    /** Articles of a story taken, in the story's order: bounds a story's cost (and its pairs' memory). */
    static final int MAX_ARTICLES = 30;

    private final ClaimConfig config;

    Statements(ClaimConfig config) {
        this.config = config;
    }

    List<Statement> of(StoryMaterial story) {
        List<Statement> out = new ArrayList<>();
        int articleNo = 0;
        for (AnalysedArticle a : story.articles()) {
            if (articleNo >= MAX_ARTICLES) {
                break;
            }
            String id = a.article().id();
            String outlet = StoryMaterial.outlet(a);
            String body = a.body();
            List<Span> spans = a.sentenceSpans();
            List<StoryMaterial.EntitySpan> entities = story.entities().getOrDefault(id, List.of());
            List<DateMention> dates = story.dates().getOrDefault(id, List.of());
            List<Quote> quotes = story.quotes().getOrDefault(id, List.of());
            int taken = 0;
            for (Span s : spans) {
                if (taken >= config.maxStatementsPerArticle()) {
                    break;
                }
                String text = s.of(body).replaceAll("\\s+", " ").strip();
                List<String> words = words(text);
                if (words.size() < config.minWords() || text.endsWith("?")) {
                    continue;
                }
                Set<String> ents = new LinkedHashSet<>();
                for (StoryMaterial.EntitySpan e : entities) {
                    if (s.contains(e.span())) {
                        ents.add(e.entity());
                    }
                }
                for (Quote q : quotes) {
                    if (q.content().overlaps(s)) {
                        q.speaker().flatMap(sp -> sp.entity()).ifPresent(ents::add);
                    }
                }
                List<Timestamp> ds = new ArrayList<>();
                List<Span> dateSpans = new ArrayList<>();
                for (DateMention d : dates) {
                    if (s.contains(d.span())) {
                        ds.add(d.value());
                        dateSpans.add(new Span(d.span().start() - s.start(), d.span().end() - s.start()));
                    }
                }
                String raw = s.of(body);
                out.add(statement(out.size(), id, articleNo, outlet, s, text, ents, ds, quantities(raw, dateSpans)));
                taken++;
            }
            articleNo++;
        }
        return out;
    }

    /** A statement of {@code text} with what the text alone shows, its dates and counts as given. */
    static Statement statement(int index, String article, int articleNo, String outlet, Span span, String text,
                               Set<String> entities, List<Timestamp> dates, List<Statement.Quantity> numbers) {
        List<String> words = words(text);
        return new Statement(index, article, articleNo, outlet, span, text, words, stems(words), entities, names(text),
                dates, numbers, words.stream().anyMatch(NEGATIONS::contains) || text.contains("n't") || text.contains("n’t"),
                Contrasts.poles(text));
    }

    /**
     * A statement of a sentence alone, where no stage ran (the claims benchmark's pairs): no resolved
     * entities, years as its dates, its counts from the text.
     */
    static Statement ofText(int index, String article, String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        List<Timestamp> years = new ArrayList<>();
        List<Span> yearSpans = new ArrayList<>();
        Matcher y = YEAR.matcher(t);
        while (y.find()) {
            years.add(Timestamp.parse(y.group()));
            yearSpans.add(new Span(y.start(), y.end()));
        }
        return statement(index, article, index, article, new Span(0, t.length()), t, Set.of(), years, quantities(t, yearSpans));
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(?:1[89]|20)\\d\\d(?![\\d,])");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}’'.-]*\\p{L}|\\p{Lu}");
    /** Capitalised words that are no names: sentence openers, titles, months and days. */
    private static final Set<String> NOT_NAMES = Set.of("however", "so", "but", "and", "yet", "still", "meanwhile",
            "also", "instead", "now", "then", "thus", "moreover", "furthermore", "indeed", "yes", "no", "in", "on", "at",
            "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "former", "why", "while", "despite", "according",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** The capitalised words of {@code text} that may name someone or something, lower case, no possessive. */
    static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "").replaceAll("\\.$", "");
            if (w.length() >= 2 && !StopWords.contains(w) && !NOT_NAMES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static Set<String> stems(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (w.length() >= 3 && !StopWords.contains(w) && !Character.isDigit(w.charAt(0))) {
                out.add(Stemmer.stem(w.replace("’", "'").replaceAll("'s$", "")));
            }
        }
        return out;
    }

    /** Numbers outside the sentence's dates, each with the word it counts; bare years are dates, not counts. */
    static List<Statement.Quantity> quantities(String raw, List<Span> dateSpans) {
        List<Statement.Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(raw);
        while (m.find()) {
            Span at = new Span(m.start(1), m.end(1));
            if (dateSpans.stream().anyMatch(d -> d.overlaps(at))) {
                continue;
            }
            String digits = m.group(1).replace(",", "");
            double v;
            try {
                v = Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                continue;
            }
            if (m.group(1).matches("(1[89]|20)\\d\\d") && m.group(2) == null && m.group(3) == null) {
                continue;
            }
            if (m.group(2) != null) {
                v *= switch (m.group(2)) {
                    case "thousand" -> 1e3;
                    case "million" -> 1e6;
                    default -> 1e9;
                };
            }
            String unit = m.group(3) != null ? "%" : unitAfter(raw, m.end());
            out.add(new Statement.Quantity(v, m.group().strip(), unit));
        }
        return out;
    }

    /** The first content word after a number ("some 120,000 ethnic Armenians" counts "armenian"). */
    private static String unitAfter(String raw, int from) {
        Matcher w = WORD.matcher(raw);
        int seen = 0;
        w.region(from, raw.length());
        while (w.find() && seen < 3) {
            String word = w.group().toLowerCase(Locale.ROOT);
            seen++;
            if (StopWords.contains(word) || Character.isDigit(word.charAt(0)) || ADJECTIVES.contains(word)) {
                continue;
            }
            return Stemmer.stem(word);
        }
        return "";
    }

    /** Words between a number and what it counts that say nothing of the thing counted. */
    private static final Set<String> ADJECTIVES = Set.of("ethnic", "more", "additional", "other", "local",
            "foreign", "armed");
}
