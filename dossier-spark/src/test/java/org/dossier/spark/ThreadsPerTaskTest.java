package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThreadsPerTaskTest {
    @Test
    void oneLocalTaskMayUseEveryCore() {
        assertEquals(8, SparkDossier.threadsPerTask("local[1]", 0, 1, 8));
    }

    @Test
    void localTasksShareTheCores() {
        assertEquals(2, SparkDossier.threadsPerTask("local[4]", 0, 4, 8));
        assertEquals(1, SparkDossier.threadsPerTask("local[*]", 0, 8, 8));
    }

    @Test
    void moreLocalTasksThanCoresStillGetOneThreadEach() {
        assertEquals(1, SparkDossier.threadsPerTask("local[16]", 0, 16, 2));
    }

    @Test
    void clusterTasksGetOneThreadUnlessTaskCpusSaysMore() {
        assertEquals(1, SparkDossier.threadsPerTask("spark://head:7077", 0, 64, 16));
        assertEquals(4, SparkDossier.threadsPerTask("spark://head:7077", 4, 64, 16));
        assertEquals(3, SparkDossier.threadsPerTask("local[2]", 3, 2, 8));
    }
}
