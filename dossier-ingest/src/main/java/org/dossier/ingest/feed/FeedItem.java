package org.dossier.ingest.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed item as the feed gives it.
 *
 * @param title     the item's title, when it has one
 * @param link      the article's URL, when the item names one
 * @param authors   the names the item credits, in order
 * @param published when it was published (or, failing that, last updated), when the feed says
 * @param content   the richest body the item carries, as HTML: full content, else the description
 * @param words     how many words of text {@code content} holds, to tell an article from a summary
 */
public record FeedItem(Optional<String> title, Optional<String> link, List<String> authors, Optional<Instant> published,
                       String content, int words) {
    public FeedItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(content, "content");
        if (words < 0) {
            throw new IllegalArgumentException("words must not be negative, got " + words);
        }
    }
}
