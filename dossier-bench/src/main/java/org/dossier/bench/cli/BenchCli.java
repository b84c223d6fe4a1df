package org.dossier.bench.cli;

import java.io.PrintWriter;
import org.dossier.output.Failures;
import org.dossier.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dossier bench ...} and {@code dossier eval ...}: the measuring commands, in their own jar so
 * that benchmarks and their corpora loaders stay off the product's class path. The {@code ./dossier}
 * launcher runs this jar for those two commands; exit codes mean what {@code dossier --help} says.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = BenchCli.VersionProvider.class,
        description = "Measures Dossier: speed and memory (bench), accuracy against benchmarks with truth (eval).",
        subcommands = {BenchCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class BenchCli implements Runnable {
    static final int OK = 0;
    /** Some of what was measured failed (a load run's errors). */
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a measuring command without exiting, for tests. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BenchCli());
        // a bad value that picocli's parser cannot see (no such directory, a count below 1) is a usage error
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("dossier: " + (e.getMessage() == null ? Failures.describe(e) : e.getMessage()));
            return e instanceof IllegalArgumentException ? USAGE : FAILED;
        });
        cli.setParameterExceptionHandler((ex, argv) -> {
            ex.getCommandLine().getErr().println("dossier: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The product's version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dossier " + Version.get() + " (bench and eval)"};
        }
    }
}
