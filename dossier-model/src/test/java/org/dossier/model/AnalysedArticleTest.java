package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysedArticleTest {
    private static final Article ARTICLE = Article.of("0123456789abcdef", "test", ArticleMetadata.EMPTY,
            List.of(new Paragraph("Anna Berg spoke.")), List.of());

    @Test
    void aMentionWhoseTextDoesNotFitItsSpanIsRejectedWithTheText() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Mention(new Span(0, 4), "Anna Berg", EntityType.PERSON, List.of()));
        assertTrue(e.getMessage().contains("'Anna Berg'"), e.getMessage());
    }

    @Test
    void aMentionPastTheBodyIsRejectedWithTheArticleId() {
        Mention m = new Mention(new Span(10, 30), "x".repeat(20), EntityType.PERSON, List.of());
        var e = assertThrows(IllegalArgumentException.class,
                () -> new AnalysedArticle(ARTICLE, List.of(), List.of(), List.of(m), List.of()));
        assertTrue(e.getMessage().contains("0123456789abcdef"), e.getMessage());
    }

    @Test
    void aRoleMayNotOverlapItsMention() {
        assertThrows(IllegalArgumentException.class,
                () -> Mention.of(ARTICLE.body(), new Span(0, 9), EntityType.PERSON).withRole(new Span(5, 12)));
    }

    @Test
    void aBylineMentionHasNoSpan() {
        EntityMention m = new EntityMention("0123456789abcdef", Optional.empty(), "Anna Berg", "authors");
        assertEquals(Optional.empty(), m.span());
        assertThrows(IllegalArgumentException.class,
                () -> EntityMention.inBody("0123456789abcdef", new Span(0, 3), "Anna Berg"));
        assertThrows(IllegalArgumentException.class,
                () -> new EntityMention("0123456789abcdef", Optional.empty(), "Anna Berg", EntityMention.BODY));
    }
}
