package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.meta.Bylines;
import org.dossier.extract.meta.DateMatch;
import org.dossier.extract.meta.Datelines;
import org.dossier.extract.meta.Outlets;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Timestamp;

/**
 * Reads the metadata from the article's header: the lines from just above the headline down to the
 * first paragraph of the body. Only there: a date in a "latest news" list or a name in a snippet
 * of another story says nothing about this article. The outlet may also come from the masthead at
 * the top of the page or from the whole page (a domain-shaped brand it repeats, a copyright line),
 * since pages name themselves in furniture.
 */
final class HeaderReader {
    /** Lines above the headline that may hold a rubric or a dateline. */
    private static final int ABOVE_TITLE = 2;
    /** Lines before the body searched when no headline was found. */
    private static final int NO_TITLE_WINDOW = 6;
    /** How far below the headline, or above the body, a dateline may sit. */
    private static final int NEAR_TITLE = 12;
    private static final int NEAR_BODY = 6;
    // a dateline that says what it is ("Published: ...") counts wherever the header puts it
    private static final java.util.regex.Pattern PUBLISHED = java.util.regex.Pattern.compile(
            "\\W*(?:published|posted|updated|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|опубликовано|обновлено)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /** Lines at the end of the page searched for a copyright line. */
    private static final int FOOTER = 40;
    /** Words of the body's opening that a standfirst must share its topic with. */
    private static final int LEAD_WORDS = 300;
    private static final double MIN_SUBTITLE_OVERLAP = 0.2;

    private HeaderReader() {
    }

    /** The header's metadata; {@code masthead} is the line naming the site at the top of the page, or -1. */
    static ArticleMetadata read(List<Line> lines, Kind[] kinds, int titleAt, int bodyStart, int masthead,
                                Vocabulary vocabulary) {
        int from = titleAt >= 0 ? Math.max(0, titleAt - ABOVE_TITLE) : Math.max(0, bodyStart - NO_TITLE_WINDOW);
        Optional<String> title = titleAt >= 0 ? Optional.of(lines.get(titleAt).text()) : Optional.empty();
        String normalisedTitle = title.map(Headlines::normalise).orElse("");
        Optional<String> subtitle = Optional.empty();
        Optional<String> section = Optional.empty();
        Optional<String> outlet = Optional.empty();
        Optional<Timestamp> published = Optional.empty();
        Set<String> authors = new LinkedHashSet<>();
        boolean pendingBy = false;
        boolean bareNames = true;
        for (int i = from; i < bodyStart; i++) {
            Line l = lines.get(i);
            String t = l.text();
            if (i == titleAt || i == masthead || Headlines.normalise(t).equals(normalisedTitle) || inList(kinds, i)) {
                continue;
            }
            boolean afterTitle = i > titleAt;
            // a dateline sits under the headline or just above the text, not in whatever lies between
            // (a byline carries its own date, wherever it is)
            boolean nearEdge = titleAt < 0 || i - titleAt <= NEAR_TITLE || bodyStart - i <= NEAR_BODY
                    || PUBLISHED.matcher(t).lookingAt() || !Bylines.parse(t, vocabulary, false).isEmpty();
            Optional<DateMatch> date = nearEdge && l.words() <= 20 ? Datelines.find(t) : Optional.empty();
            if (date.isPresent()) {
                if (published.isEmpty()) {
                    published = Optional.of(date.get().value());
                }
                String rest = (t.substring(0, date.get().start()) + " " + t.substring(date.get().end())).strip();
                if (section.isEmpty()) {
                    section = rubric(rest);
                }
            }
            // a name standing alone is a byline only right under the headline or beside a dateline
            boolean bare = bareNames && afterTitle && kinds[i] == Kind.SHORT
                    && (i - titleAt <= 3 || date.isPresent() || dated(lines, i - 1) || dated(lines, i + 1));
            List<String> names = Bylines.parse(pendingBy ? "By " + t : t, vocabulary, bare);
            pendingBy = t.toLowerCase(Locale.ROOT).matches("by|von|par|por|di|door|av|af|oleh");
            if (!names.isEmpty()) {
                authors.addAll(names);
                continue;
            }
            Optional<String> brand = Outlets.standalone(t);
            if (brand.isPresent()) {
                outlet = outlet.or(() -> brand);
                continue;
            }
            // names standing alone form one run of byline lines; a label after it ends the run
            bareNames &= authors.isEmpty() || date.isPresent();
            if (!afterTitle && i == titleAt - 1 && section.isEmpty() && date.isEmpty()) {
                section = rubric(t);
            }
            if (titleAt >= 0 && i == titleAt + 1 && date.isEmpty() && subtitleShaped(l, kinds[i], lead(lines, kinds, bodyStart))) {
                subtitle = Optional.of(t);
            }
        }
        if (outlet.isEmpty() && masthead >= 0) {
            outlet = Optional.of(Masthead.name(lines, masthead));
        }
        if (outlet.isEmpty()) {
            outlet = pageOutlet(lines);
        }
        return new ArticleMetadata(Optional.empty(), outlet, title, subtitle, section, new ArrayList<>(authors),
                published, Optional.empty());
    }

    /** A line of a link list, or one of the list's dates: none of them is about this article. */
    private static boolean inList(Kind[] kinds, int i) {
        return kinds[i] == Kind.LIST || kinds[i] == Kind.DATE
                && (i > 0 && kinds[i - 1] == Kind.LIST || i + 1 < kinds.length && kinds[i + 1] == Kind.LIST);
    }

    private static boolean dated(List<Line> lines, int i) {
        return i >= 0 && i < lines.size() && lines.get(i).words() <= 14 && Datelines.find(lines.get(i).text()).isPresent();
    }

    /** A standfirst: a line or two of text on the article's topic, not a label or a button. */
    private static boolean subtitleShaped(Line l, Kind kind, Topic lead) {
        return (kind == Kind.SHORT || kind == Kind.PROSE) && l.words() >= 3 && !l.bullet() && l.furniture() == 0
                && lead.overlap(l.text(), 1) >= MIN_SUBTITLE_OVERLAP;
    }

    private static Topic lead(List<Line> lines, Kind[] kinds, int bodyStart) {
        Topic lead = new Topic();
        int words = 0;
        for (int i = bodyStart; i < lines.size() && words < LEAD_WORDS; i++) {
            if (kinds[i] == Kind.PROSE) {
                lead.add(lines.get(i).text());
                words += lines.get(i).words();
            }
        }
        return lead;
    }

    /** A rubric: one to three words in capitals, with no digits ("INTERVIEWS", "WORLD NEWS"). */
    static Optional<String> rubric(String text) {
        String s = text.strip().replaceAll("^[|•·/,–—-]+|[|•·/,–—-]+$", "").strip();
        if (s.length() < 3 || s.length() > 40 || s.matches(".*\\d.*")) {
            return Optional.empty();
        }
        int words = s.split("\\s+").length;
        // a script without case is not "in capitals": it needs at least one upper-case letter
        boolean capitals = s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isUpperCase);
        return words <= 3 && capitals ? Optional.of(s) : Optional.empty();
    }

    private static Optional<String> pageOutlet(List<Line> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        for (Line l : lines) {
            texts.add(l.text());
            if (!l.bullet()) {
                Optional<String> alone = Outlets.standalone(l.text());
                if (alone.isPresent()) {
                    return alone;
                }
            }
        }
        Optional<String> recurring = Outlets.recurring(texts);
        if (recurring.isPresent()) {
            return recurring;
        }
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - FOOTER); i--) {
            Optional<String> holder = Outlets.copyrightHolder(lines.get(i).text());
            if (holder.isPresent()) {
                return holder;
            }
        }
        return Optional.empty();
    }
}
