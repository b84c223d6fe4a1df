package org.dossier.cli;

import org.dossier.pipeline.Version;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.fetch.FetchConfig;
import org.dossier.fetch.FetchOutcome;
import org.dossier.fetch.PoliteFetcher;
import org.dossier.fetch.WarcArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier fetch URL|FEED... --out FILE.warc.gz}: polite fetching into a WARC that {@code analyze} reads. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetches pages and feeds politely and stores exactly what came back as a WARC file.",
                "A feed URL fetches the feed, then each item's page. robots.txt is obeyed, one request is in flight"
                        + " at a time, and each host is asked at most once per --delay-ms (or its Crawl-delay).",
                "Then: dossier analyze FILE.warc.gz --out DIR"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every URL gave a complete 2xx response", "1:some URLs were refused, failed or not 2xx",
                "2:usage error", "3:the run failed (e.g. the WARC cannot be written)"})
final class FetchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Page or feed URLs (http or https).")
    List<String> urls;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The WARC to write (.warc or .warc.gz); must not exist.")
    Path out;

    @Option(names = "--delay-ms", paramLabel = "MS", description = "Least time between requests to one host (default: ${DEFAULT-VALUE}).")
    long delayMs = 1000;

    @Option(names = "--timeout-s", paramLabel = "S", description = "Most time for one response, body included (default: ${DEFAULT-VALUE}).")
    int timeoutS = 30;

    @Option(names = "--connect-timeout-s", paramLabel = "S", description = "Most time to connect (default: ${DEFAULT-VALUE}).")
    int connectTimeoutS = 10;

    @Option(names = "--max-page-mb", paramLabel = "MB", description = "Cut bodies larger than this (default: ${DEFAULT-VALUE}).")
    int maxPageMb = 16;

    @Option(names = "--max-redirects", paramLabel = "N", description = "Redirects followed per URL (default: ${DEFAULT-VALUE}).")
    int maxRedirects = 5;

    @Option(names = "--max-pages", paramLabel = "N", description = "Pages fetched in all, feed items included (default: ${DEFAULT-VALUE}).")
    int maxPages = 1000;

    @Option(names = "--contact", paramLabel = "URL|EMAIL", description = "Added to the User-Agent so site owners can reach you.")
    String contact;

    @Option(names = {"-q", "--quiet"}, description = "No per-URL lines on stderr.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<URI> seeds = seeds();
        FetchConfig config = config();
        if (Files.exists(out)) {
            throw new UsageException(out + " already exists: a WARC is a record of one fetch, so choose a new name");
        }
        PrintStream err = System.err;
        List<FetchOutcome> outcomes;
        long size;
        try (WarcArchive archive = WarcArchive.create(out, config); PoliteFetcher fetcher = new PoliteFetcher(config, archive)) {
            outcomes = fetcher.fetch(seeds, o -> {
                if (!quiet) {
                    err.println(line(o));
                }
            });
            size = archive.size();
        }
        long ok = outcomes.stream().filter(o -> o instanceof FetchOutcome.Fetched f && f.ok()).count();
        long refused = outcomes.stream().filter(o -> o instanceof FetchOutcome.Refused).count();
        long failed = outcomes.size() - ok - refused;
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(String.format(Locale.ROOT, "%d fetched, %d refused, %d failed or not 2xx; %s (%.1f MB)", ok, refused, failed,
                out, size / 1e6));
        stdout.flush();
        return ok == outcomes.size() ? DossierCli.OK : DossierCli.SOME_REJECTED;
    }

    private List<URI> seeds() {
        List<URI> seeds = new ArrayList<>();
        for (String u : urls) {
            try {
                URI uri = new URI(u.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new UsageException("not an http or https URL: " + u);
                }
                seeds.add(uri);
            } catch (URISyntaxException e) {
                throw new UsageException("not a URL: " + u + " (" + e.getReason() + ")");
            }
        }
        return seeds;
    }

    private FetchConfig config() throws Exception {
        if (delayMs < 0 || timeoutS < 1 || connectTimeoutS < 1 || maxPageMb < 1 || maxRedirects < 0 || maxPages < 1) {
            throw new UsageException("--delay-ms must be ≥ 0, --max-redirects ≥ 0, and --timeout-s, --connect-timeout-s,"
                    + " --max-page-mb and --max-pages ≥ 1");
        }
        String version = Version.get();
        return new FetchConfig(FetchConfig.userAgent(version, contact), "dossier", Duration.ofMillis(delayMs),
                Duration.ofSeconds(connectTimeoutS), Duration.ofSeconds(timeoutS), (long) maxPageMb << 20, maxRedirects, maxPages);
    }

    private static String line(FetchOutcome o) {
        return switch (o) {
            case FetchOutcome.Fetched f -> String.format(Locale.ROOT, "%d %s%s (%.1f kB%s%s)", f.status(), f.uri(),
                    f.finalUri().equals(f.uri()) ? "" : " -> " + f.finalUri(), f.bytes() / 1e3,
                    f.truncated() ? ", cut at the size cap" : "", f.feedItems() > 0 ? ", feed: " + f.feedItems() + " items queued" : "");
            case FetchOutcome.Refused r -> "refused " + r.uri() + ": " + r.reason();
            case FetchOutcome.Failed f -> "failed " + f.uri() + ": " + f.reason();
        };
    }
}
