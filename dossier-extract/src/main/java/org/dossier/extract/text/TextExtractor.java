package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.decode.DecodedPage;
import org.dossier.extract.Draft;
import org.dossier.extract.FormatExtractor;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;

/**
 * Extracts the article from a plain-text scrape: a page flattened to text with its menus, link
 * lists and footers, one paragraph a line. Scores each line by its shape, takes the stretch of
 * lines with the most text ({@link Region#maxSum}), finds the headline above it (or takes the
 * text's first line, {@link Opening}), moves past the header, drops furniture and off-topic snippets ({@link BodyFinder}) and reads the metadata from
 * the header ({@link HeaderReader}). Linear in the page's length; stateless and thread-safe.
 */
public final class TextExtractor implements FormatExtractor {

    @Override
    public Optional<Draft> extract(DecodedPage page) {
        List<Line> lines = Lines.split(page.text());
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Kind[] kinds = LineScorer.kinds(lines);
        double[] scores = LineScorer.scores(lines, kinds);
        Region region = Region.maxSum(scores);
        if (region == null) {
            return Optional.empty();
        }
        int masthead = Masthead.find(lines);
        int titleAt = Headlines.find(lines, kinds, region.start(), masthead);
        Vocabulary vocabulary = Vocabulary.of(lines);
        Opening.Role opening = titleAt >= 0 ? Opening.Role.NONE : Opening.of(lines, kinds, region.start(), masthead, vocabulary);
        if (opening == Opening.Role.TITLE) {
            titleAt = 0;
        }
        int start = region.start();
        if (titleAt == start) {
            start++;
        }
        if (start > region.end()) {
            return Optional.empty();
        }
        String title = titleAt >= 0 ? lines.get(titleAt).text() : "";
        start = HeaderCut.cut(lines, kinds, scores, new Region(start, region.end()), title, vocabulary);
        if (start > region.end()) {
            return Optional.empty();
        }
        List<Integer> body = BodyFinder.body(lines, kinds, scores, new Region(start, region.end()), title);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Paragraph> paragraphs = new ArrayList<>(body.size() + 1);
        if (opening == Opening.Role.PARAGRAPH) {
            paragraphs.add(new Paragraph(lines.getFirst().text()));
        }
        for (int i : body) {
            paragraphs.add(new Paragraph(lines.get(i).text()));
        }
        ArticleMetadata meta = HeaderReader.read(lines, kinds, titleAt, start, masthead, vocabulary);
        return Optional.of(new Draft(meta, paragraphs, List.of()));
    }
}
