package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: subcommands, help and version. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = DossierCli.Version.class,
        description = "Turns a pile of news coverage into a dossier per story.",
        subcommands = {AnalyzeCommand.class, SearchCommand.class, FetchCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class DossierCli implements Runnable {

    /** Exit codes: 0 everything gave articles, 1 some inputs were rejected, 2 usage errors. */
    public static final int OK = 0;
    public static final int SOME_REJECTED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting, for tests. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DossierCli());
        cli.setExecutionExceptionHandler(DossierCli::failure);
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
        PrintWriter err = cmd.getErr();
        if (e instanceof UsageException) {
            err.println("dossier: " + e.getMessage());
            return USAGE;
        }
        err.println("dossier: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        if (System.getenv("DOSSIER_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return 3;
    }

    /** The version Maven filtered into the jar, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        try (InputStream in = DossierCli.class.getResourceAsStream("/dossier-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Reads the version Maven filtered into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = DossierCli.class.getResourceAsStream("/dossier-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"dossier " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
