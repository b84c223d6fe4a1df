package org.dossier.store.opensearch.testnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts a single-node OpenSearch cluster bound to the loopback address and keeps it up until its
 * standard input closes (the parent test JVM ending, normally or not, closes that pipe), then stops
 * the node and exits.
 *
 * <p>Arguments: the base folder for the node's config, data and logs, the HTTP port and the
 * transport port. When the node is ready it prints one line {@code READY http://127.0.0.1:PORT} on
 * standard output; failures go to standard error and the process exits with status 1.
 */
public final class TestNode {

    private TestNode() {
    }

    /**
     * Runs the node.
     *
     * @param args base folder, HTTP port, transport port
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: TestNode BASE_DIR HTTP_PORT TRANSPORT_PORT");
            System.exit(2);
        }
        Path base = Path.of(args[0]).toAbsolutePath();
        String httpPort = args[1];
        String transportPort = args[2];
        OpenSearchRunner runner = new OpenSearchRunner();
        try {
            runner.onBuild((number, settings) -> settings
                    .put("network.host", "127.0.0.1")
                    .put("http.port", httpPort)
                    .put("transport.port", transportPort)
                    .put("discovery.type", "single-node")
                    // a developer's disk may be nearly full; the test data is tiny
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .put("indices.breaker.total.use_real_memory", false))
                .build(OpenSearchRunner.newConfigs()
                    .basePath(base.toString())
                    .numOfNode(1)
                    .clusterName("dossier-test")
                    .disableESLogger());
            runner.ensureYellow();
            System.out.println("READY http://127.0.0.1:" + httpPort);
            System.out.flush();
            awaitEndOfInput(System.in);
        } catch (RuntimeException | IOException e) {
            System.err.println("OpenSearch test node failed: " + e);
            e.printStackTrace();
            closeQuietly(runner);
            System.exit(1);
        }
        closeQuietly(runner);
        System.exit(0);
    }

    private static void awaitEndOfInput(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // the parent writes nothing; any bytes are ignored
        }
    }

    private static void closeQuietly(OpenSearchRunner runner) {
        try {
            if (!runner.isClosed()) {
                runner.close();
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("OpenSearch test node did not close cleanly: " + e);
        }
    }
}
