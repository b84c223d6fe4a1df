package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what a test run wrote: the JSON lines of a dossier directory, and the bundled examples. */
final class Dossiers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Dossiers() {
    }

    static List<JsonNode> articles(Path dossier) {
        return lines(dossier.resolve("articles.jsonl"));
    }

    static List<JsonNode> rejected(Path dossier) {
        return lines(dossier.resolve("rejected.jsonl"));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static List<JsonNode> lines(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(l -> !l.isBlank()).forEach(l -> out.add(json(l)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
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

    /** One page of the example corpus, copied to {@code target} so a test can arrange its inputs. */
    static Path copyExample(String name, Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.copy(examples().resolve("corpus").resolve(name), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy example " + name + " to " + target, e);
        }
    }
}
