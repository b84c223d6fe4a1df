package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.output.Failures;
import org.dossier.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: subcommands, help and version. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = DossierCli.VersionProvider.class,
        description = "Turns a pile of news coverage into a dossier per story.",
        exitCodeListHeading = "%nExit codes (every command):%n",
        exitCodeList = {"0:all good",
                "1:some inputs were rejected (analyze), some URLs failed (fetch), some requests failed (bench serve)",
                "2:usage error: a bad option or argument",
                "3:the run failed: the output or store cannot be written, or out of memory (the message says which"
                        + " limit to raise); what finished phases wrote is kept"},
        subcommands = {AnalyzeCommand.class, SearchCommand.class, FetchCommand.class, ServeCommand.class,
                ReviewCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"%nMeasuring: 'dossier bench ...' and 'dossier eval ...' (benchmarks and evaluation, run by the",
                "./dossier launcher from the dossier-bench module, off the product's class path)."})
public final class DossierCli implements Runnable {

    /** Exit codes, each meaning one thing: 0 all good, 1 some inputs rejected, 2 usage error, 3 the run failed. */
    public static final int OK = 0;
    public static final int SOME_REJECTED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // an Error in a background thread (a model loading in parallel that runs out of memory) is one
        // sentence like any other failure, not the JVM's stack trace
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            System.err.println("dossier: " + (e instanceof OutOfMemoryError || e.getMessage() == null
                    ? Failures.describe(e) : e.getMessage()) + " (in thread " + thread.getName() + ")");
            System.err.flush();
        });
        System.exit(run(args));
    }

    /** Runs the CLI without exiting, for tests. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DossierCli());
        cli.setExecutionExceptionHandler(DossierCli::failure);
        // picocli hands Exceptions to the handler above and lets Errors through to a stack trace
        cli.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } catch (OutOfMemoryError | StackOverflowError e) {
                return failure(e, parsed.commandSpec().commandLine().getErr());
            }
        });
        cli.setParameterExceptionHandler((ex, argv) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("dossier: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Errors we expect (I/O, bad files) get one line; anything else also a line, never a trace. */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof UsageException) {
            cmd.getErr().println("dossier: " + e.getMessage());
            return USAGE;
        }
        return failure(e, cmd.getErr());
    }

    private static int failure(Throwable e, PrintWriter err) {
        err.println("dossier: " + (e instanceof OutOfMemoryError || e.getMessage() == null ? Failures.describe(e) : e.getMessage()));
        if (System.getenv("DOSSIER_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    /** The product's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        return Version.get();
    }

    /** The product's version and the Java it runs on. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dossier " + Version.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
