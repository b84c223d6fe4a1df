package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaggedArticleTest {
    private static final Article ARTICLE = Article.of("0123456789abcdef", "test", ArticleMetadata.EMPTY,
            List.of(new Paragraph("Anna spoke."), new Paragraph("Ben left.")), List.of());
    private static final List<Sentence> SENTENCES = List.of(new Sentence(new Span(0, 11), 0, 3),
            new Sentence(new Span(13, 22), 3, 6));

    private static List<Token> tokens(boolean tagged) {
        List<Token> untagged = List.of(Token.untagged(new Span(0, 4), "Anna"), Token.untagged(new Span(5, 10), "spoke"),
                Token.untagged(new Span(10, 11), "."), Token.untagged(new Span(13, 16), "Ben"),
                Token.untagged(new Span(17, 21), "left"), Token.untagged(new Span(21, 22), "."));
        List<String> tags = List.of("NNP", "VBD", ".", "NNP", "VBD", ".");
        return !tagged ? untagged : java.util.stream.IntStream.range(0, untagged.size())
                .mapToObj(i -> untagged.get(i).tagged(tags.get(i), untagged.get(i).word())).toList();
    }

    @Test
    void aTaggedArticleGivesItsBodyParagraphsAndTokensAsATaggedText() {
        TaggedArticle a = new TaggedArticle(new AnalysedArticle(ARTICLE, tokens(true), SENTENCES, List.of(), List.of()));
        TaggedText text = a.text().orElseThrow();
        assertEquals(ARTICLE.body(), text.text());
        assertEquals(List.of(new Span(0, 11), new Span(13, 22)), text.paragraphs());
        assertEquals(tokens(true), text.tokens());
    }

    @Test
    void anArticleTheTaggerDidNotReadGivesNoTaggedText() {
        TaggedArticle a = new TaggedArticle(new AnalysedArticle(ARTICLE, tokens(false), SENTENCES, List.of(), List.of()));
        assertFalse(a.tagged());
        assertEquals(Optional.empty(), a.text());
        assertEquals(Optional.empty(), new TaggedArticle(AnalysedArticle.bare(ARTICLE)).text());
    }

    @Test
    void anArticleMixingTaggedAndUntaggedTokensIsRejectedWithItsIdAndTheToken() {
        List<Token> mixed = new java.util.ArrayList<>(tokens(true));
        mixed.set(4, Token.untagged(new Span(17, 21), "left"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new TaggedArticle(new AnalysedArticle(ARTICLE, mixed, SENTENCES, List.of(), List.of())));
        assertTrue(e.getMessage().contains("0123456789abcdef") && e.getMessage().contains("'left'"), e.getMessage());
    }

    @Test
    void aTaggedTextRejectsAnUntaggedTokenAndATokenThatIsNotTheTextThere() {
        String body = ARTICLE.body();
        List<Span> paragraphs = ARTICLE.paragraphSpans();
        var untagged = assertThrows(IllegalArgumentException.class,
                () -> new TaggedText(body, paragraphs, tokens(false), SENTENCES));
        assertTrue(untagged.getMessage().contains("'Anna'"), untagged.getMessage());
        List<Token> moved = new java.util.ArrayList<>(tokens(true));
        moved.set(0, new Token(new Span(1, 5), "Anna", "NNP", "anna"));
        var misplaced = assertThrows(IllegalArgumentException.class, () -> new TaggedText(body, paragraphs, moved, SENTENCES));
        assertTrue(misplaced.getMessage().contains("[1, 5)"), misplaced.getMessage());
    }
}
