package org.dossier.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One run of a measuring command in this JVM: its exit code and what it printed.
 *
 * @param code exit code
 * @param out  standard output
 * @param err  standard error
 */
record BenchRun(int code, String out, String err) {

    static BenchRun inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BenchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new BenchRun(code, out.toString(), err.toString());
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** {@code examples/} at the repository root, found from the module directory tests run in. */
    static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/expected.json"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/expected.json above " + Path.of("").toAbsolutePath());
    }
}
