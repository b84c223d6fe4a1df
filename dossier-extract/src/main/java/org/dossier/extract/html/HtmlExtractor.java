package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.decode.DecodedPage;
import org.dossier.extract.Draft;
import org.dossier.extract.FormatExtractor;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Baseline HTML extractor: the text of {@code <p>} elements with some words. To be replaced. */
public final class HtmlExtractor implements FormatExtractor {

    @Override
    public Optional<Draft> extract(DecodedPage page) {
        Document doc = Jsoup.parse(page.text(), page.page().url().orElse(""));
        List<Paragraph> out = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String s = p.text().strip();
            if (s.split("\\s+").length >= 8) {
                out.add(new Paragraph(s));
            }
        }
        Optional<String> title = Optional.of(doc.title().strip()).filter(t -> !t.isEmpty());
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), title, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        return out.isEmpty() ? Optional.empty() : Optional.of(new Draft(meta, out, List.of()));
    }
}
