package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.server.Http;

/**
 * A {@code dossier serve} child JVM on a free loopback port, for the tests that kill it with SIGKILL
 * ({@link UploadFaultIT}, {@link ReviewFaultIT}).
 *
 * @param process the child
 * @param port    where it listens
 */
record ServeChild(Process process, int port) {

    /** Starts {@code dossier serve --store STORE --port 0 --token TOKEN} with {@code options}, once it listens. */
    static ServeChild start(Path store, String token, String heap, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                DossierCli.class.getName(), "serve", "--store", store.toString(), "--port", "0", "--token", token));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            int at = line.indexOf("http://127.0.0.1:");
            if (at >= 0) {
                String rest = line.substring(at + "http://127.0.0.1:".length());
                int port = Integer.parseInt(rest.substring(0, rest.indexOf('/')));
                // keep draining what the server prints, so it never blocks on a full pipe
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new ServeChild(p, port);
            }
        }
        throw new AssertionError("the server ended before saying where it listens");
    }

    Http http() {
        return new Http(port);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }
}
