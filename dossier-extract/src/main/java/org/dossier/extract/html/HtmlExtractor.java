package org.dossier.extract.html;

import java.util.List;
import java.util.Optional;
import org.dossier.decode.DecodedPage;
import org.dossier.extract.Draft;
import org.dossier.extract.FormatExtractor;
import org.dossier.extract.html.content.ContentExtractor;
import org.dossier.extract.html.metadata.MetadataExtractor;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** HTML article extractor. */
public final class HtmlExtractor implements FormatExtractor {
    private final ContentExtractor content = new ContentExtractor();
    private final MetadataExtractor metadata = new MetadataExtractor();

    @Override
    public Optional<Draft> extract(DecodedPage page) {
        Document doc = Jsoup.parse(page.text(), page.page().url().orElse(""));
        ArticleMetadata meta = metadata.extract(doc, page.page().url());
        List<Paragraph> out = content.extract(doc, meta.title());
        return out.isEmpty() ? Optional.empty() : Optional.of(new Draft(meta, out, List.of()));
    }
}
