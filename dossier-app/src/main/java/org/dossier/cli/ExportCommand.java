package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.export.DossierExport;
import org.dossier.store.Store;
import org.dossier.store.Stores;
import org.dossier.store.review.ReviewedStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dossier export --store S [--story ID] --format json|md|csv|html [--out FILE]}: the store's
 * current dossier with its review applied, as the story page's downloads give it.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a store's current dossier (every story, or one) with its review applied:",
                "json (everything, with ids, citation numbers, verdicts and corrections), md or html (the briefing),",
                "csv (one row per claim)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error, or no such story", "3:the store cannot be read or the file written"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR|URI", description = "The store.")
    String store;

    @Option(names = "--story", paramLabel = "ID", description = "Only this story.")
    String story;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "json, md, csv or html.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DossierExport.Format f = DossierExport.Format.of(format)
                .orElseThrow(() -> new UsageException("--format must be json, md, csv or html, got '" + format + "'"));
        try (Store s = Stores.open(store, Store.Access.READ_ONLY)) {
            DossierExport export = new DossierExport(s);
            List<ReviewedStory> stories = export.stories(Optional.ofNullable(story));
            if (story != null && stories.isEmpty()) {
                throw new UsageException("no story with id " + story + " in " + store);
            }
            if (out != null) {
                export.write(stories, f, out);
                return DossierCli.OK;
            }
            Path tmp = Files.createTempFile("dossier-export-", "." + f.extension());
            try {
                export.write(stories, f, tmp);
                PrintWriter w = spec.commandLine().getOut();
                w.print(Files.readString(tmp, StandardCharsets.UTF_8));
                w.flush();
            } finally {
                Files.deleteIfExists(tmp);
            }
            return DossierCli.OK;
        }
    }
}
