package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void aPageReachingPastTheWindowIsRefusedNamingOffsetAndLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.fullText("harbour", 20).withPage(SearchQuery.MAX_WINDOW - 19, 20));
        assertTrue(e.getMessage().contains("offset 9981 and limit 20"), e.getMessage());
        assertDoesNotThrow(() -> SearchQuery.fullText("harbour", 20).withPage(SearchQuery.MAX_WINDOW - 20, 20));
    }

    @Test
    void anOffsetNearTheLargestIntDoesNotOverflowIntoAValidPage() {
        assertThrows(IllegalArgumentException.class,
                () -> new QuoteQuery(Optional.empty(), Optional.empty(), SearchFilters.NONE, Integer.MAX_VALUE, 1000));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.requirePage(Integer.MAX_VALUE, 1));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.requirePage(-1, 1));
    }
}
