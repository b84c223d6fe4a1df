package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.batch.ModelLoadFailure;
import org.junit.jupiter.api.Test;

class LoadingTest {

    @Test
    void aModelNobodyNeedsIsNeverLoaded() {
        AtomicInteger loads = new AtomicInteger();
        Loading<String> model = new Loading<>("test", () -> "model " + loads.incrementAndGet());
        assertEquals(Optional.empty(), model.ifStarted());
        assertEquals(0, loads.get());
    }

    @Test
    void aModelIsLoadedOnceHoweverManyThreadsAskForIt() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        Loading<String> model = new Loading<>("test", () -> "model " + loads.incrementAndGet());
        Thread[] askers = new Thread[8];
        for (int i = 0; i < askers.length; i++) {
            askers[i] = new Thread(() -> assertEquals("model 1", model.get()));
            askers[i].start();
        }
        for (Thread t : askers) {
            t.join(10_000);
        }
        assertEquals(1, loads.get());
        assertEquals(Optional.of("model 1"), model.ifStarted());
    }

    @Test
    void startingReturnsBeforeTheModelHasLoaded() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Loading<String> model = new Loading<>("slow", () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "slow model";
        });
        model.start();
        release.countDown();
        assertEquals("slow model", model.get());
    }

    @Test
    void aModelThatCannotLoadEndsTheRunWithItsNameAndWhy() {
        Loading<String> model = new Loading<>("sentence-embedding", () -> {
            throw new IllegalStateException("the model file is not on the classpath");
        });
        ModelLoadFailure failure = assertThrows(ModelLoadFailure.class, model::get);
        assertTrue(failure.getMessage().contains("sentence-embedding") && failure.getMessage().contains("not on the classpath"),
                failure.getMessage());
        assertEquals(Optional.empty(), model.ifStarted(), "a failed model is nothing to close");
    }

    @Test
    void aModelTooBigForTheHeapSaysWhichLimitToRaise() {
        Loading<String> model = new Loading<>("named-entity", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        ModelLoadFailure failure = assertThrows(ModelLoadFailure.class, model::get);
        assertTrue(failure.getMessage().startsWith("cannot load the named-entity model: out of memory"), failure.getMessage());
        assertTrue(failure.getMessage().contains("DOSSIER_JAVA_OPTS=-Xmx"), failure.getMessage());
    }
}
