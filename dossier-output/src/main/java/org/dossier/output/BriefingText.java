package org.dossier.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Article;
import org.dossier.model.Reuse;
import org.dossier.model.Timestamp;
import org.dossier.model.StoryBriefing;

/**
 * The wording both briefing views share (Markdown and HTML): citation numbers, how a source is
 * named, how a reuse pair reads. Plain text; each view escapes it its own way.
 */
final class BriefingText {
    /** A quote in the views is cut after this many words; the JSON keeps it whole. */
    static final int QUOTE_WORDS = 60;

    private BriefingText() {
    }

    /** The citation numbers of articles in a story, in order, the unknown left out. */
    static List<Integer> citations(StoryBriefing b, List<String> articleIds) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (String id : articleIds) {
            int n = b.citation(id);
            if (n > 0) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    static String cite(List<Integer> numbers) {
        return "[" + String.join(", ", numbers.stream().map(String::valueOf).toList()) + "]";
    }

    /** An article as the briefing names it: its outlet, else its title, else its source. */
    static String name(Article a) {
        return a.metadata().outlet().or(() -> a.metadata().title()).orElse(a.source());
    }

    /** "Coast Times says:": how one side of a disagreement is introduced, by its article's outlet. */
    static String says(StoryBriefing b, String articleId) {
        int n = b.citation(articleId);
        return (n > 0 ? name(b.sources().get(n - 1)) : "A source") + " says:";
    }

    static String title(Article a) {
        return a.metadata().title().orElse(a.source());
    }

    static String published(Article a) {
        return a.metadata().published().map(Timestamp::iso).orElse("—");
    }

    static String authors(Article a) {
        return a.metadata().authors().isEmpty() ? "—" : String.join(", ", a.metadata().authors());
    }

    static String language(Article a) {
        return a.metadata().language().orElse("—");
    }

    /** The verb for what the later article of a pair does with the earlier one. */
    static String verb(Reuse r) {
        return switch (r.kind()) {
            case COPY -> "copies";
            case NEAR_COPY -> "lightly rewrites";
            case PARAPHRASE -> "shares passages with";
        };
    }

    /** "92% of the shorter article, 3 passages; order from publication times". */
    static String detail(Reuse r) {
        String why = switch (r.direction()) {
            case PUBLISHED -> "earlier by publication time";
            case CONTENT -> "earlier judged from the text";
            case UNKNOWN -> "order unknown";
        };
        return String.format(Locale.ROOT, "%d%% of the shorter article, %d %s; %s", Math.round(r.score() * 100),
                r.passages().size(), r.passages().size() == 1 ? "passage" : "passages", why);
    }

    /** A statement cut to {@link #QUOTE_WORDS} words. */
    static String shortened(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= QUOTE_WORDS) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, QUOTE_WORDS)) + " …";
    }

    static String seen(StoryBriefing b) {
        String first = b.story().firstSeen().map(Timestamp::iso).orElse("");
        String last = b.story().lastSeen().map(Timestamp::iso).orElse("");
        String span = first.equals(last) ? first : first + " – " + last;
        int n = b.sources().size();
        return n + (n == 1 ? " source" : " sources") + (span.isBlank() ? "" : " · " + span);
    }
}
