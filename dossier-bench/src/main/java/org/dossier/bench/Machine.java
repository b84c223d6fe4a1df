package org.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a benchmark ran on, so a figure is never quoted without it.
 *
 * @param cores   processors the JVM may use
 * @param cpu     the CPU model, or "unknown" where {@code /proc/cpuinfo} is not readable
 * @param os      operating system, version and architecture
 * @param java    Java version and VM
 * @param maxHeap the heap limit ({@code -Xmx}) in bytes
 */
public record Machine(int cores, String cpu, String os, String java, long maxHeap) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.vm.vendor") + ")",
                Runtime.getRuntime().maxMemory());
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8);
            return lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** One line for people. */
    public String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %s, Java %s, max heap %d MB", cores, cpu, os, java, maxHeap >> 20);
    }
}
