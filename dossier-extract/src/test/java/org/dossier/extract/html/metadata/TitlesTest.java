package org.dossier.extract.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void theSitesNameIsCutFromEitherEnd() {
        assertEquals("Bridge to close", Titles.withoutSiteName("Bridge to close | The Courier", Optional.of("The Courier"), Optional.empty()));
        assertEquals("Bridge to close", Titles.withoutSiteName("The Courier - Bridge to close", Optional.of("The Courier"), Optional.empty()));
        assertEquals("Bridge to close", Titles.withoutSiteName("Bridge to close – courier.example", Optional.empty(),
                Optional.of("https://www.courier.example/x")));
    }

    @Test
    void aDashInsideTheHeadlineIsKept() {
        assertEquals("Wild beat Sabres 4-1 - a night to remember", Titles.withoutSiteName(
                "Wild beat Sabres 4-1 - a night to remember", Optional.of("The Courier"), Optional.empty()));
    }

    @Test
    void aLeadingSectionIsCut() {
        assertEquals("Republicans Are Following Trump", Titles.withoutSection("Opinion | Republicans Are Following Trump",
                Optional.of("Opinion")));
    }

    @Test
    void homePagesAndDomainsAreNotSections() {
        assertFalse(Titles.isSectionName("Homepage"));
        assertFalse(Titles.isSectionName("gizmodo.com"));
    }
}
