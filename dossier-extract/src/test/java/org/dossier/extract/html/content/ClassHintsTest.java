package org.dossier.extract.html.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassHintsTest {

    private static Element div(String attrs) {
        return Jsoup.parse("<div " + attrs + "></div>").selectFirst("div");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class=\"share-bar\"", "class=\"related-stories\"", "id=\"comments\"", "class=\"top-ad\"",
        "class=\"site-nav main\"", "role=\"navigation\"", "class=\"relatedArticles\"", "class=\"newsletter-signup\""})
    void boilerplateIsRecognisedByItsName(String attrs) {
        assertTrue(ClassHints.negative(div(attrs)), attrs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"class=\"article-body\"", "class=\"card has-image\"", "class=\"loaded\"",
        "class=\"headline\"", "id=\"main\"", "class=\"with-header\"", "class=\"commentary-body\""})
    void containersAreNotBoilerplateBecauseOfAWordInsideAnotherWord(String attrs) {
        assertFalse(ClassHints.negative(div(attrs)), attrs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"class=\"article-body\"", "class=\"entry-content\"", "itemprop=\"articleBody\"",
        "class=\"story-text\""})
    void theArticleBodyIsRecognisedByItsName(String attrs) {
        assertTrue(ClassHints.positive(div(attrs)), attrs);
    }
}
