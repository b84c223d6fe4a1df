package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * One run of the {@code dossier} command in a test: its exit code and what it printed. Runs either
 * in this JVM or, for the memory-bound cases, in a child JVM with its own heap limit.
 *
 * @param code exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int code, String out, String err) {

    /** Runs the CLI in this JVM, capturing what picocli prints. */
    static CliRun inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = DossierCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs the CLI in a child JVM on the test classpath with {@code -Xmx<heap>}, so a run that would
     * need more memory fails there, visibly, instead of passing on the test JVM's larger heap.
     */
    static CliRun childJvm(String heap, Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                DossierCli.class.getName()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("child.out");
        Path err = workDir.resolve("child.err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            // not a performance assertion: only a guard so a hung child cannot hang the build
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("dossier " + String.join(" ", args) + " did not finish in 15 minutes");
            }
            return new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Whether anything printed looks like a Java stack trace, which users must never see. */
    boolean printedStackTrace() {
        return (out + err).contains("\tat ") || (out + err).contains("Exception in thread");
    }

    /** The last non-empty line of standard output: the summary. */
    String summary() {
        String[] lines = out.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
