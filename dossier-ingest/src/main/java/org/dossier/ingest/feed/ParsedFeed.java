package org.dossier.ingest.feed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed's channel-level facts and its items in feed order.
 *
 * @param title    the feed's title, usually the outlet's name
 * @param language the feed's declared language, e.g. {@code en-gb}
 * @param items    the items, possibly none
 */
public record ParsedFeed(Optional<String> title, Optional<String> language, List<FeedItem> items) {
    public ParsedFeed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        items = List.copyOf(items);
    }
}
