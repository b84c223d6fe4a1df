package org.dossier.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.decode.DecodedPage;
import org.dossier.extract.Draft;
import org.dossier.extract.FormatExtractor;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;

/** Baseline plain-text extractor: keeps lines of 20 words or more. To be replaced. */
public final class TextExtractor implements FormatExtractor {

    @Override
    public Optional<Draft> extract(DecodedPage page) {
        List<Paragraph> out = new ArrayList<>();
        for (String line : page.text().split("\\R")) {
            String s = line.strip();
            if (s.split("\\s+").length >= 20) {
                out.add(new Paragraph(s));
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new Draft(ArticleMetadata.EMPTY, out, List.of()));
    }
}
