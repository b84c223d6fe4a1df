package org.dossier.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code spark-submit} entry point: {@code spark-submit --class org.dossier.spark.DossierJob
 * dossier-spark.jar INPUT... --out DIR}. Takes {@code dossier analyze}'s options and exit codes;
 * the master and resources come from spark-submit (without one, it runs in {@code local[*]}).
 */
@Command(name = "dossier-spark", mixinStandardHelpOptions = true,
        description = {"Analyses pages and WARC files on a Spark cluster into a dossier directory,",
                "the same files dossier analyze writes. INPUT is a file, a directory or a glob on a",
                "file system every executor sees."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input gave an article", "1:some inputs were rejected (see rejected.jsonl)",
                "2:usage error", "3:the run failed"})
public final class DossierJob implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or globs.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the dossier to (on the driver).")
    Path out;

    @Option(names = "--max-page-mb", paramLabel = "MB", description = "Reject pages larger than this (default: ${DEFAULT-VALUE}).")
    int maxPageMb = 16;

    @Option(names = "--no-nlp", description = "Skip language, entities, dates and quotes.")
    boolean noNlp;

    @Option(names = "--no-embeddings", description = "Find reuse and stories from text features alone.")
    boolean noEmbeddings;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, or parquet for Parquet tables"
            + " in DIR/parquet beside the JSON lines (default: ${DEFAULT-VALUE}).")
    String format = "jsonl";

    @Option(names = "--slices", paramLabel = "N", description = "Tasks each WARC file is cut into"
            + " (default: about two tasks per core in all).")
    int slices;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when spark-submit gives none"
            + " (default: local[*]).")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job without exiting, for tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new DossierJob());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("dossier-spark: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (System.getenv("DOSSIER_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return e instanceof IllegalArgumentException ? 2 : 3;
        });
        cli.setParameterExceptionHandler((ex, argv) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("dossier-spark: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        SparkDossier.Format fmt = switch (format) {
            case "jsonl" -> SparkDossier.Format.JSONL;
            case "parquet" -> SparkDossier.Format.PARQUET;
            default -> throw new IllegalArgumentException("--format must be jsonl or parquet, got " + format);
        };
        if (maxPageMb < 1) {
            throw new IllegalArgumentException("--max-page-mb must be at least 1, got " + maxPageMb);
        }
        SparkDossier.Options options = new SparkDossier.Options(!noNlp, !noEmbeddings, (long) maxPageMb << 20,
                slices, fmt);
        SparkConf conf = new SparkConf().setAppName("dossier");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkDossier.Summary summary;
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            summary = new SparkDossier(spark, options).run(inputs, out);
        }
        spec.commandLine().getOut().println(summary);
        spec.commandLine().getOut().flush();
        return summary.rejected() == 0 ? 0 : 1;
    }
}
