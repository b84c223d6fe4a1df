package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Paragraph;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    @Test
    void aNewArticleLooksForItsHeadlineWordsAndTheNamesItMentionsAsAlternatives() {
        String body = "Ada Quill told the Harbour Board (HB) the bridge would reopen in Port Vell.";
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.of("Bridge to reopen in May"),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        Article a = Article.of("0123456789abcdef", "s", meta, List.of(new Paragraph(body)), List.of());
        int board = body.indexOf("Harbour Board");
        int place = body.indexOf("Port Vell");
        AnalysedArticle analysed = new AnalysedArticle(a, List.of(), List.of(), List.of(
                Mention.of(body, new Span(0, 9), EntityType.PERSON),
                Mention.of(body, new Span(board, board + 13), EntityType.ORGANIZATION),
                Mention.of(body, new Span(place, place + 9), EntityType.PLACE)), List.of());
        // short words go, places are too broad to propose a story, names stay phrases
        assertEquals("bridge | reopen | may | \"Ada Quill\" | \"Harbour Board\"", Candidates.anyOf(analysed));
    }

    @Test
    void theLeadAfterTheHeadlineIsWhatAnArticleVectorReads() {
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.of("Ferries stop"),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        String para = "x".repeat(ArticleVectors.LEAD_CHARS);
        Article a = Article.of("0123456789abcdef", "s", meta, List.of(new Paragraph("First."), new Paragraph(para),
                new Paragraph("Never read.")), List.of());
        assertEquals("Ferries stop. First. " + para, ArticleVectors.text(a));
    }
}
