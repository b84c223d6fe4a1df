package org.dossier.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Reuse;
import org.dossier.model.SourceSpan;
import org.dossier.model.TimelineEntry;
import org.dossier.model.BriefingSentence;
import org.dossier.model.Said;
import org.dossier.model.StoryBriefing;
import org.dossier.model.Voice;

/**
 * Writes {@code briefing.md}: per story its cited summary, timeline, who said what, provenance,
 * disagreements and sources side by side. Citations {@code [n]} number the story's sources table.
 * Every piece of article text is Markdown-escaped ({@link #escape}), so it cannot form links or HTML.
 */
public final class BriefingWriter {

    public void write(Path file, List<StoryBriefing> stories, List<Article> unstoried, long rejected) throws IOException {
        write(file, stories, unstoried, Overview.of(rejected));
    }

    /** Writes the briefing, atomically, with the run's overview at its head. */
    public void write(Path file, List<StoryBriefing> stories, List<Article> unstoried, Overview overview) throws IOException {
        StringBuilder md = new StringBuilder();
        int articles = unstoried.size() + stories.stream().mapToInt(s -> s.sources().size()).sum();
        md.append("# Dossier briefing\n\n");
        overview.unfinished().ifPresent(u -> md.append("> **This run did not finish:** ").append(escape(u)).append(".\n\n"));
        md.append(articles).append(articles == 1 ? " article" : " articles").append(" in ").append(stories.size())
                .append(stories.size() == 1 ? " story" : " stories");
        md.append(overview.counts());
        if (overview.rejected() > 0 || overview.duplicates() > 0) {
            md.append(" (see ").append(overview.rejected() > 0 ? "`rejected.jsonl`" : "")
                    .append(overview.rejected() > 0 && overview.duplicates() > 0 ? " and " : "")
                    .append(overview.duplicates() > 0 ? "`duplicates.jsonl`" : "").append(")");
        }
        md.append(".\n");
        int n = 1;
        for (StoryBriefing b : stories) {
            story(md, n++, b);
        }
        if (!unstoried.isEmpty()) {
            md.append("\n## Articles in no story\n\n");
            for (Article a : unstoried) {
                md.append("- ").append(escape(BriefingText.title(a))).append(" — ").append(escape(BriefingText.name(a)))
                        .append(" `").append(a.id()).append("`\n");
            }
        }
        AtomicFiles.writeString(file, md);
    }

    private static void story(StringBuilder md, int n, StoryBriefing b) {
        md.append("\n## ").append(n).append(". ").append(escape(b.story().title())).append("\n\n");
        md.append("*").append(escape(BriefingText.seen(b))).append("* `").append(b.story().id()).append("`\n\n");
        for (BriefingSentence s : b.summary()) {
            md.append(escape(s.text())).append(' ').append(BriefingText.cite(BriefingText.citations(b, s.sources()))).append(' ');
        }
        if (!b.summary().isEmpty()) {
            md.setLength(md.length() - 1);
            md.append("\n");
        }
        if (!b.timeline().isEmpty()) {
            md.append("\n### Timeline\n\n| date | what happened | sources |\n|---|---|---|\n");
            for (TimelineEntry t : b.timeline()) {
                md.append("| ").append(t.date().iso()).append(" | ").append(escape(t.text())).append(" | ")
                        .append(BriefingText.cite(BriefingText.citations(b, t.articles()))).append(" |\n");
            }
        }
        if (!b.voices().isEmpty()) {
            md.append("\n### Who said what\n");
            for (Voice v : b.voices()) {
                md.append("\n**").append(escape(v.name())).append("**");
                if (!v.roles().isEmpty()) {
                    md.append(" (").append(escape(String.join("; ", v.roles()))).append(")");
                }
                md.append("\n");
                for (Said s : v.said()) {
                    String text = escape(BriefingText.shortened(s.text()));
                    md.append("- ").append(s.kind() == org.dossier.model.QuoteKind.DIRECT ? "“" + text + "”" : "reported: " + text)
                            .append(' ').append(BriefingText.cite(BriefingText.citations(b, s.articles()))).append("\n");
                }
            }
        }
        List<Claim> disputed = b.claims().stream().filter(c -> !c.conflicts().isEmpty()).toList();
        if (!disputed.isEmpty()) {
            md.append("\n### Where sources disagree\n\n");
            for (Claim c : disputed) {
                md.append("- ").append(escape(c.text())).append(' ')
                        .append(BriefingText.cite(BriefingText.citations(b, c.sources().stream().map(SourceSpan::article).toList()))).append("\n");
                for (Conflict x : c.conflicts()) {
                    x.against().ifPresent(side -> md.append("  - ").append(escape(BriefingText.says(b, side.source().article())))
                            .append(" “").append(escape(side.text())).append("” ")
                            .append(BriefingText.cite(BriefingText.citations(b, List.of(side.source().article())))).append("\n"));
                    md.append("  - ").append(escape(BriefingText.says(b, x.source().article()))).append(" “").append(escape(x.text()))
                            .append("” ").append(BriefingText.cite(BriefingText.citations(b, List.of(x.source().article()))))
                            .append(" — ").append(escape(x.why())).append("\n");
                }
            }
        }
        if (!b.provenance().isEmpty()) {
            md.append("\n### Provenance\n\n");
            for (Reuse r : b.provenance()) {
                md.append("- ").append(source(b, r.b())).append(' ').append(BriefingText.verb(r)).append(' ')
                        .append(source(b, r.a())).append(" (").append(r.kind().code()).append(", ")
                        .append(escape(BriefingText.detail(r))).append(")\n");
            }
        }
        md.append("\n### Sources\n\n| # | outlet | title | published | author | language |\n|---|---|---|---|---|---|\n");
        for (Article a : b.sources()) {
            md.append("| ").append(b.citation(a.id())).append(" | ").append(escape(a.metadata().outlet().orElse("—")))
                    .append(" | ").append(escape(BriefingText.title(a))).append(" | ").append(escape(BriefingText.published(a)))
                    .append(" | ").append(escape(BriefingText.authors(a))).append(" | ").append(escape(BriefingText.language(a)))
                    .append(" |\n");
        }
    }

    private static String source(StoryBriefing b, String id) {
        int n = b.citation(id);
        return n > 0 ? "[" + n + "] " + escape(BriefingText.name(b.cited(n))) : "`" + id + "`";
    }

    /** Markdown-escapes text from articles so it cannot form links, HTML or emphasis. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
