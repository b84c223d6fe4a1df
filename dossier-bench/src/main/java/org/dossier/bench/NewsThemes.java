package org.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real articles {@link SyntheticNews} rewrites, as lists of paragraphs: the Zyte benchmark's
 * true bodies ({@code bench/extraction-zyte/ground-truth.json}) and PolNeAR's train and dev texts
 * ({@code bench/attribution-polnear/<split>/text}, first line the title, left out), under the shared
 * directory.
 */
public final class NewsThemes {
    private NewsThemes() {
    }

    /**
     * @throws IOException naming the file that is missing or unreadable
     */
    public static List<List<String>> load(Path shared) throws IOException {
        Path truth = shared.resolve("bench/extraction-zyte/ground-truth.json");
        Path polnear = shared.resolve("bench/attribution-polnear");
        for (Path p : List.of(truth, polnear.resolve("train/text"), polnear.resolve("dev/text"))) {
            if (!Files.exists(p)) {
                throw new IOException(p + " is missing: the reuse benchmark rewrites the Zyte and PolNeAR benchmark corpora"
                        + " (give the directory holding bench/ with --corpora)");
            }
        }
        List<List<String>> themes = new ArrayList<>();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(truth.toFile());
        } catch (IOException e) {
            throw new IOException(truth + " is not the Zyte ground truth JSON: " + e.getMessage(), e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            List<String> paragraphs = paragraphs(it.next().getValue().path("articleBody").asText(""));
            if (!paragraphs.isEmpty()) {
                themes.add(paragraphs);
            }
        }
        for (String split : List.of("train", "dev")) {
            try (Stream<Path> files = Files.list(polnear.resolve(split).resolve("text"))) {
                for (Path f : files.sorted().toList()) {
                    List<String> paragraphs = paragraphs(Files.readString(f, StandardCharsets.UTF_8));
                    if (paragraphs.size() >= 2) {
                        themes.add(paragraphs.subList(1, paragraphs.size()));
                    }
                }
            }
        }
        return themes;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
