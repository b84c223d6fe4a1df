package org.dossier.model;

import java.util.Objects;

/**
 * A temporal expression of one article, named by the article's id: for dates that a cross-article
 * stage settles, such as the relative dates of an undated article anchored on its dossier.
 *
 * @param article the article's id
 * @param date    the expression and its value
 */
public record ArticleDate(String article, DateMention date) {

    public ArticleDate {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(date, "date");
    }
}
