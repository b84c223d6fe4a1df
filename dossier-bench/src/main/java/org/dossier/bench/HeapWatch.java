package org.dossier.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a benchmark runs: the peak use of the heap pools (reset at the start),
 * the most heap still in use right after a collection (what the work really keeps alive), and the
 * collections' count and time. Close it to stop listening.
 */
public final class HeapWatch implements AutoCloseable {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final long collectionsBefore = collections();
    private final long gcMillisBefore = gcMillis();
    private final NotificationListener listener = this::collected;

    /** What the heap did while watched; sizes in bytes. */
    public record Use(long peakUsed, long maxLiveAfterGc, long collections, long gcMillis) {
        public double peakUsedMb() {
            return peakUsed / 1e6;
        }

        public double maxLiveAfterGcMb() {
            return maxLiveAfterGc / 1e6;
        }
    }

    public HeapWatch() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long live = 0;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(p.getName());
            live += after == null ? 0 : after.getUsed();
        }
        maxAfterGc.accumulateAndGet(live, Math::max);
    }

    /**
     * The heap use so far. The peak is the sum of each pool's own peak, which may come at different
     * moments: an upper bound on the heap the run needed at once, and at most the heap's size.
     */
    public Use use() {
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Use(peak, maxAfterGc.get(), collections() - collectionsBefore, gcMillis() - gcMillisBefore);
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionCount())).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to stop
            }
        }
    }
}
