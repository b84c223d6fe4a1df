package org.dossier.store.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One real OpenSearch node for the tests, started once per test JVM in a child process (the
 * {@code dossier-opensearch-test-node} main on its own classpath), bound to 127.0.0.1 on free ports,
 * with its data under {@code target/opensearch-node}. It stops when the test JVM exits: a shutdown
 * hook closes its standard input, on which the node stops; if the test JVM dies outright the pipe
 * closes all the same. Test classes share it and keep apart by index name.
 */
public final class OpenSearchTestNode {
    private static final long START_SECONDS = 150;
    private static OpenSearchTestNode running;

    private final Process process;
    private final int httpPort;
    private final Deque<String> log = new ArrayDeque<>();

    private OpenSearchTestNode(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    /** The node, started on first use. */
    public static synchronized OpenSearchTestNode get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "opensearch-test-node-stop"));
        }
        return running;
    }

    /** A store location on this node; distinct names keep test classes apart. */
    public String location(String index) {
        return "opensearch://127.0.0.1:" + httpPort + "/" + index;
    }

    public int httpPort() {
        return httpPort;
    }

    private static OpenSearchTestNode start() {
        String classpath = property("dossier.opensearch.node.classpath");
        String classes = property("dossier.opensearch.node.classes");
        Path home = Path.of(property("dossier.opensearch.node.home"));
        try {
            deleteTree(home);
            Files.createDirectories(home);
            int http = freePort();
            int transport = freePort();
            String cp = classes + java.io.File.pathSeparator + Files.readString(Path.of(classpath)).strip();
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = List.of(java, "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + home,
                    "-cp", cp, "org.dossier.store.opensearch.testnode.TestNode", home.resolve("node").toString(),
                    Integer.toString(http), Integer.toString(transport));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            OpenSearchTestNode node = new OpenSearchTestNode(p, http);
            node.awaitReady();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OpenSearch test node", e);
        }
    }

    private void awaitReady() {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (log) {
                        log.addLast(line);
                        if (log.size() > 200) {
                            log.removeFirst();
                        }
                    }
                    if (line.startsWith("READY ")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the node is gone; waiting below reports it
            }
            ready.complete(false);
        }, "opensearch-test-node-output");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!ready.get(START_SECONDS, TimeUnit.SECONDS)) {
                stop();
                throw new IllegalStateException("the OpenSearch test node exited before it was ready:\n" + tail());
            }
        } catch (TimeoutException e) {
            stop();
            throw new IllegalStateException("the OpenSearch test node was not ready within " + START_SECONDS + " s:\n" + tail());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while the OpenSearch test node started", e);
        } catch (java.util.concurrent.ExecutionException e) {
            stop();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /** Stops the node: closes its input, waits, and kills it if it does not go. */
    void stop() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already closed
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String property(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the tests through Maven");
        }
        return v;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
