package org.dossier.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Timestamp;

/** Writes {@code briefing.md}: for now, the articles of the dossier with their metadata and lead. */
public final class BriefingWriter {

    public void write(Path file, List<ArticleSummary> articles, long rejected) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Dossier briefing\n\n");
        md.append(articles.size()).append(articles.size() == 1 ? " article" : " articles");
        if (rejected > 0) {
            md.append(", ").append(rejected).append(" inputs rejected (see `rejected.jsonl`)");
        }
        md.append(".\n\n## Sources\n\n");
        int n = 1;
        for (ArticleSummary a : articles) {
            md.append(n++).append(". **").append(escape(a.displayTitle())).append("**");
            String meta = String.join(", ", List.of(
                    a.outlet().orElse(""),
                    String.join(" and ", a.authors()),
                    a.published().map(Timestamp::iso).orElse("")).stream().filter(s -> !s.isEmpty()).toList());
            if (!meta.isEmpty()) {
                md.append(" — ").append(escape(meta));
            }
            md.append(" `").append(a.id()).append("`\n");
            md.append("   ").append(escape(a.lead())).append("\n");
            md.append("   <sub>").append(escape(a.url().orElse(a.source()))).append(", ")
                    .append(a.paragraphs()).append(" paragraphs, ").append(a.words()).append(" words</sub>\n\n");
        }
        Files.writeString(file, md, StandardCharsets.UTF_8);
    }

    /** Markdown-escapes text from articles so it cannot form links, HTML or emphasis. */
    static String escape(String s) {
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
