package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.bench.Machine;
import org.dossier.bench.ServeLoad;
import org.dossier.server.Api;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerConfig;
import org.dossier.server.WriteToken;
import org.dossier.server.api.Ingester;
import org.dossier.server.ApiException;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.dossier.pipeline.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier bench serve}: concurrent clients against the search and story endpoints. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load run: --clients closed-loop clients for --seconds against /api/search and"
                + " /api/stories/ID of a server: the one at --url, or one this command starts on loopback over"
                + " --store (read-only). Reports requests/s, errors and p50/p95/p99 latency."})
final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL", description = "A running dossier serve, e.g. http://127.0.0.1:8080/.")
    URI url;

    @Option(names = "--store", paramLabel = "LOCATION", description = "Serve this store on a free loopback port"
            + " for the run instead.")
    String store;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 200;

    @Option(names = "--seconds", paramLabel = "S", description = "Length of the timed run (default: ${DEFAULT-VALUE}).")
    double seconds = 60;

    @Option(names = "--warmup-seconds", paramLabel = "S", description = "Untimed load first, for the JIT"
            + " (default: ${DEFAULT-VALUE}).")
    double warmupSeconds = 10;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((url == null) == (store == null)) {
            throw new IllegalArgumentException("give exactly one of --url and --store");
        }
        if (clients < 1 || seconds <= 0 || warmupSeconds < 0) {
            throw new IllegalArgumentException("--clients must be at least 1, --seconds positive, --warmup-seconds not negative");
        }
        ServeLoad.Result r;
        if (url != null) {
            r = new ServeLoad(url).run(clients, seconds, warmupSeconds);
        } else {
            Ingester readOnly = (files, label) -> {
                throw new ApiException(405, "read-only", "this benchmark server does not ingest");
            };
            try (Store s = Stores.open(store, Store.Access.READ_ONLY);
                 DossierServer server = Api.server(ServerConfig.loopback(0, WriteToken.generate()), s, readOnly,
                         Optional.empty(), Version.get()).start()) {
                r = new ServeLoad(URI.create("http://127.0.0.1:" + server.port() + "/")).run(clients, seconds,
                        warmupSeconds);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json(r) : text(r));
        out.flush();
        return r.errors() == 0 ? BenchCli.OK : BenchCli.SOME_FAILED;
    }

    private static String text(ServeLoad.Result r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d clients, %.1f s: %,d requests (%.0f/s), %d errors, %,d busy (503,"
                + " retried after Retry-After)%n", r.clients(), r.seconds(), r.requests(), r.perSecond(), r.errors(),
                r.busy()));
        for (var e : new Object[][] {{"search", r.search()}, {"story", r.story()}, {"all", r.all()}}) {
            ServeLoad.Latency l = (ServeLoad.Latency) e[1];
            s.append(String.format(Locale.ROOT, "  %-6s %,8d requests  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n",
                    e[0], l.count(), l.p50(), l.p95(), l.p99(), l.max()));
        }
        r.firstErrors().forEach(e -> s.append("  error: ").append(e).append('\n'));
        s.append("  machine: ").append(Machine.current().describe());
        return s.toString();
    }

    private static String json(ServeLoad.Result r) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("clients", r.clients());
        n.put("seconds", r.seconds());
        n.put("requests", r.requests());
        n.put("per_second", Math.round(r.perSecond()));
        n.put("errors", r.errors());
        n.put("busy", r.busy());
        n.set("search", m.valueToTree(r.search()));
        n.set("story", m.valueToTree(r.story()));
        n.set("all", m.valueToTree(r.all()));
        n.put("machine", Machine.current().describe());
        return m.writeValueAsString(n);
    }
}
