package org.dossier.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void theStretchWithTheLargestSumWins() {
        assertEquals(new Region(2, 5), Region.maxSum(new double[] {-3, -1, 10, -2, -2, 8, -20, 5}));
    }

    @Test
    void noPositiveScoreMeansNoRegion() {
        assertNull(Region.maxSum(new double[] {-1, -2, 0}));
    }
}
