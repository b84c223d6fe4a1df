package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutletsTest {

    @Test
    void aDomainShapedBrandStandingAloneIsTheOutlet() {
        assertEquals(Optional.of("Northwind.Ex"), Outlets.standalone("    Northwind.Ex"));
        assertEquals(Optional.empty(), Outlets.standalone("Northwind.Ex asked three experts"));
    }

    @Test
    void aRecurringDomainShapedBrandIsTheOutlet() {
        assertEquals(Optional.of("HarbourNews.com"), Outlets.recurring(List.of(
                "HarbourNews.com asked the mayor about the ferry.", "Other voices on HarbourNews.com", "e.g. nothing")));
        assertEquals(Optional.empty(), Outlets.recurring(List.of("HarbourNews.com once", "and nothing else")));
    }

    @Test
    void aCopyrightLineNamesTheOutletOnlyWhenItIsOneBrand() {
        assertEquals(Optional.of("Saltmere Gazette"), Outlets.copyrightHolder("© 2005-2019 Saltmere Gazette, All Rights Reserved."));
        assertEquals(Optional.empty(), Outlets.copyrightHolder("© 2019 Coastal Communications, Inc."));
        assertEquals(Optional.empty(), Outlets.copyrightHolder("Copyright Policy"));
    }
}
