package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoresTest {

    @Test
    void aPlainPathIsALuceneStore() {
        assertEquals("lucene", Stores.scheme("/var/dossier/store"));
        assertEquals("lucene", Stores.scheme("store"));
        assertEquals("lucene", Stores.scheme("C:\\dossier\\store"));
    }

    @Test
    void aUriNamesItsBackendInLowerCase() {
        assertEquals("opensearch", Stores.scheme("OpenSearch://localhost:9200/news"));
        assertEquals("localhost:9200/news", Stores.withoutScheme("opensearch://localhost:9200/news"));
        assertEquals("/data/store", Stores.withoutScheme("lucene:///data/store"));
    }

    @Test
    void anUnknownSchemeIsNamedInTheError() {
        StoreException e = assertThrows(StoreException.class, () -> Stores.open("nosuch://x/y", Store.Access.READ_ONLY));
        assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
    }

    @Test
    void semanticSearchWithoutAVectorIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SearchQuery.fullText("flood", 10).withMode(SearchMode.SEMANTIC, Optional.empty()));
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SearchFilters.NONE.withDates(
                Optional.of(LocalDate.of(2024, 5, 2)), Optional.of(LocalDate.of(2024, 5, 1))));
    }
}
