package org.dossier.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A quote search: who said it and/or what was said, within the same filters as article search.
 *
 * @param speaker the speaker's entity id, or a name matched against the speaker's name (all its words,
 *                case-insensitive: "Jane Roe" and "roe" both find quotes by Jane Roe)
 * @param text    words the quote must contain (BM25-ranked)
 * @param filters restrictions on the quoting article
 * @param offset  quotes to skip
 * @param limit   quotes to return, 1 to {@link SearchQuery#MAX_LIMIT}; {@code offset + limit} at most
 *                {@link SearchQuery#MAX_WINDOW}
 */
public record QuoteQuery(Optional<String> speaker, Optional<String> text, SearchFilters filters, int offset,
                         int limit) {

    public QuoteQuery {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filters, "filters");
        SearchQuery.requirePage(offset, limit);
    }

    /** Quotes by a speaker, first {@code limit}. */
    public static QuoteQuery bySpeaker(String speaker, int limit) {
        return new QuoteQuery(Optional.of(speaker), Optional.empty(), SearchFilters.NONE, 0, limit);
    }
}
