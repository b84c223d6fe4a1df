package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.dossier.ingest.Limits;
import org.dossier.pipeline.Stages;
import org.dossier.server.Api;
import org.dossier.server.DossierServer;
import org.dossier.server.ServedStore;
import org.dossier.server.ServerConfig;
import org.dossier.server.StoreIngester;
import org.dossier.server.WriteToken;
import org.dossier.server.api.QueryEmbedder;
import org.dossier.pipeline.ArticleVectors;
import org.dossier.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier serve --store S}: the REST API and the web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/api/..., described at /openapi.json) and the web UI over a store.",
                "Write endpoints (POST /api/ingest) need 'Authorization: Bearer TOKEN': the token given with"
                        + " --token or $DOSSIER_TOKEN, else one generated and printed on stderr.",
                "The server reads the store as it changes and holds its write lock only during an upload, so"
                        + " 'dossier analyze --store' may add to it meanwhile; an upload while another process"
                        + " writes is answered 503 with Retry-After."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "LOCATION",
            description = "The store: a directory (Lucene) or opensearch://host:port/index.")
    String store;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE},"
            + " this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--token", paramLabel = "TOKEN", description = "The write token (default: $DOSSIER_TOKEN,"
            + " else a random one printed on stderr).")
    String token;

    @Option(names = "--max-upload-mb", paramLabel = "MB", description = "Largest upload (default: ${DEFAULT-VALUE}).")
    int maxUploadMb = (int) (ServerConfig.DEFAULT_UPLOAD_BYTES >> 20);

    @Option(names = "--max-page-mb", paramLabel = "MB", description = "Reject uploaded pages larger than this"
            + " (default: ${DEFAULT-VALUE}).")
    int maxPageMb = 16;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for ingestion (default: the"
            + " number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--workers", paramLabel = "N", description = "Requests served at once (default: ${DEFAULT-VALUE},"
            + " four per core and at least 8).")
    int workers = ServerConfig.DEFAULT_WORKERS;

    @Option(names = "--queue", paramLabel = "N", description = "Requests that may wait for a worker (default:"
            + " ${DEFAULT-VALUE}); more are answered at once with 503 and Retry-After, so latency stays bounded.")
    int queue = ServerConfig.DEFAULT_QUEUE;

    @Option(names = "--no-embeddings", description = "No sentence-embedding model: no semantic or hybrid search,"
            + " and uploads find reuse and stories from text features alone.")
    boolean noEmbeddings;

    @Option(names = "--no-nlp", description = "Uploads skip language, entities, dates and quotes, as 'analyze --no-nlp'.")
    boolean noNlp;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0..65535, got " + port);
        }
        if (maxUploadMb < 1 || maxPageMb < 1 || threads < 1 || workers < 1) {
            throw new UsageException("--max-upload-mb, --max-page-mb, --threads and --workers must be at least 1");
        }
        if (queue < 0) {
            throw new UsageException("--queue must not be negative, got " + queue);
        }
        PrintWriter err = spec.commandLine().getErr();
        String secret = token != null ? token : System.getenv("DOSSIER_TOKEN");
        boolean generated = secret == null || secret.isBlank();
        if (generated) {
            secret = WriteToken.generate();
        }
        ServerConfig config = new ServerConfig(host, port, secret, ServerConfig.DEFAULT_REQUEST_BYTES,
                (long) maxUploadMb << 20).withLoad(workers, queue);
        Lazy<Stages> stages = new Lazy<>(() -> Stages.load(new Stages.Options(!noNlp, !noEmbeddings, threads)));
        // queries are embedded by the model that embedded the stored articles (ArticleVectors)
        Lazy<ArticleVectors> vectors = new Lazy<>(() -> new ArticleVectors(stages.get().embedder().orElseThrow()));
        Optional<QueryEmbedder> embedder = noEmbeddings ? Optional.empty() : Optional.of(t -> vectors.get().query(t));
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // on Ctrl-C the hook wakes this thread, then holds the JVM until the store is closed
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dossier-serve-stop"));
        // reads through a read-only store; each upload takes the write lock for its own length only,
        // so dossier analyze --store can add to the store while it is served
        try (Store s = ServedStore.open(store);
             DossierServer server = Api.server(config, s, new StoreIngester(ServedStore.writes(store), stages,
                     new Limits((long) maxPageMb << 20), threads), embedder, DossierCli.version())) {
            server.start();
            s.notices().forEach(n -> err.println("dossier serve: " + n));
            err.println("dossier serve: http://" + hostForUrl(host) + ":" + server.port() + "/ over " + s.location());
            if (generated) {
                err.println("dossier serve: write token (send as 'Authorization: Bearer TOKEN'): " + secret);
            }
            err.flush();
            stopped.await();
        } finally {
            stages.ifLoaded(Stages::close);
            closed.countDown();
        }
        return DossierCli.OK;
    }

    private static String hostForUrl(String h) {
        return h.contains(":") ? "[" + h + "]" : h;
    }

    /** Loads on first use, once; thread-safe. */
    static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> load;
        private volatile T value;

        Lazy(Supplier<T> load) {
            this.load = load;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = load.get();
                    }
                    v = value;
                }
            }
            return v;
        }

        void ifLoaded(java.util.function.Consumer<T> action) {
            if (value != null) {
                action.accept(value);
            }
        }
    }
}
