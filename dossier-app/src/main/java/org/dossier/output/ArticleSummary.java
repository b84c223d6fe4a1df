package org.dossier.output;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Timestamp;

/**
 * The little of an article the briefing and the index need, so a large batch does not keep every
 * body in memory.
 */
public record ArticleSummary(String id, String source, Optional<String> title, Optional<String> outlet,
                             List<String> authors, Optional<Timestamp> published, Optional<String> url,
                             String lead, int paragraphs, int words) {

    private static final int LEAD_CHARS = 300;

    public static ArticleSummary of(Article a) {
        String first = a.paragraphs().getFirst().text();
        String lead = first.length() <= LEAD_CHARS ? first : first.substring(0, first.lastIndexOf(' ', LEAD_CHARS) + 1) + "…";
        int words = a.body().isBlank() ? 0 : a.body().strip().split("\\s+").length;
        var m = a.metadata();
        return new ArticleSummary(a.id(), a.source(), m.title(), m.outlet(), m.authors(), m.published(), m.url(), lead,
                a.paragraphs().size(), words);
    }

    /** The title, or the source when the page had none. */
    public String displayTitle() {
        return title.orElse(source);
    }
}
