package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.model.Story;
import org.dossier.server.ui.ListPages;
import org.dossier.store.Page;
import org.dossier.store.SearchQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The story list's pager, from records made here. */
class ListPagesTest {
    private static final Story STORY = new Story("00000000000000b1", "Harbour dues rise", List.of("00000000000000a1"),
            Optional.empty(), Optional.empty());

    @Test
    void thePagerLinksNoPagePastTheDeepestOneAListServes() {
        Document deep = Jsoup.parse(ListPages.stories(new Page<>(50_000, List.of(STORY)), SearchQuery.MAX_WINDOW - 50, 50));
        assertTrue(deep.select("nav.pager a:contains(Older)").isEmpty(), deep.select("nav.pager").outerHtml());
        assertEquals(1, deep.select("nav.pager a:contains(Newer)").size());
        Document shallow = Jsoup.parse(ListPages.stories(new Page<>(50_000, List.of(STORY)), 0, 50));
        assertEquals("/?offset=50&limit=50", shallow.select("nav.pager a:contains(Older)").attr("href"));
    }
}
