package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;

/** Articles made from test sentences. */
public final class Texts {
    private Texts() {
    }

    /** An article whose paragraphs are the given texts. */
    public static Article article(String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(new Paragraph(p));
        }
        return Article.of("0123456789abcdef", "test", ArticleMetadata.EMPTY, ps, List.of());
    }
}
