package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.decode.DecodedPage;
import org.dossier.extract.Draft;
import org.dossier.extract.FormatExtractor;
import org.dossier.extract.html.content.ContentExtractor;
import org.dossier.extract.html.metadata.MetadataExtractor;
import org.dossier.extract.html.metadata.PageMetadata;
import org.dossier.model.Paragraph;
import org.dossier.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The HTML article extractor: parses the page with jsoup, reads its metadata (JSON-LD, meta tags,
 * byline, dateline, URL) and then its main content. Falls back on the body the page's JSON-LD
 * declares when the page's markup yields much less text than that, as it does for pages that
 * render their text with scripts. Thread-safe; never throws on malformed or deeply nested markup.
 */
public final class HtmlExtractor implements FormatExtractor {
    /** Below this share of the declared body's words, the markup is taken to have lost the text. */
    private static final double STRUCTURED_BODY_SHARE = 0.4;
    private static final int MIN_STRUCTURED_WORDS = 50;

    private final ContentExtractor content = new ContentExtractor();
    private final MetadataExtractor metadata = new MetadataExtractor();

    @Override
    public Optional<Draft> extract(DecodedPage page) {
        Document doc = Jsoup.parse(page.text(), page.page().url().orElse(""));
        PageMetadata meta = metadata.extract(doc, page.page().url());
        List<Paragraph> out = content.extract(doc, meta.article());
        List<Problem> problems = new ArrayList<>();
        Optional<List<Paragraph>> declared = meta.articleBody().map(StructuredBody::paragraphs);
        if (declared.isPresent() && StructuredBody.words(declared.get()) >= MIN_STRUCTURED_WORDS
                && StructuredBody.words(out) < STRUCTURED_BODY_SHARE * StructuredBody.words(declared.get())) {
            out = declared.get();
            problems.add(new Problem("extract", "body-from-structured-data",
                    "the page's markup held little of its text; the body is the articleBody its JSON-LD declares"));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new Draft(meta.article(), out, problems));
    }
}
