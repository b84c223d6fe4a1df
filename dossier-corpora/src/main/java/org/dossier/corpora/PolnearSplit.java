package org.dossier.corpora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One split of a corpus in the PolNeAR layout ({@code train}, {@code dev}): {@code text/NAME.txt},
 * raw UTF-8 article text, beside {@code attributions/NAME_ANNOTATOR.ann}, BRAT stand-off files
 * whose offsets index the text. Reads the texts as they are (nothing stripped: offsets must hold)
 * and locates the annotation files; parsing them is the scorer's. Everything comes in name order.
 */
public final class PolnearSplit {
    private static final String TXT = ".txt";
    private static final String ANN = ".ann";

    /**
     * One article's text.
     *
     * @param name the file name without {@code .txt}, e.g. {@code breitbart_2016-09-12_stealth-over-health-hillary-clin}
     * @param text the file's content, exactly
     */
    public record Text(String name, String text) {
        public Text {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a text's name must not be blank, got " + name);
            }
            Objects.requireNonNull(text, "text of " + name);
        }
    }

    private final Path dir;

    private PolnearSplit(Path dir) {
        this.dir = dir;
    }

    /** The split in {@code dir}; throws naming the directory when it has no {@code text/}. */
    public static PolnearSplit open(Path dir) throws IOException {
        if (!Files.isDirectory(dir.resolve("text"))) {
            throw new IOException(dir + " is not a split in the PolNeAR layout: it has no text/ directory");
        }
        return new PolnearSplit(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The split's name: its directory's. */
    public String name() {
        return dir.getFileName().toString();
    }

    /** Every {@code text/*.txt}, read now, in name order. */
    public List<Text> texts() throws IOException {
        List<Text> out = new ArrayList<>();
        for (Path f : list(dir.resolve("text"), TXT)) {
            out.add(read(f));
        }
        return out;
    }

    /** The text called {@code name}; throws naming the file when there is none. */
    public Text text(String name) throws IOException {
        Path f = dir.resolve("text").resolve(name + TXT);
        if (!Files.isRegularFile(f)) {
            throw new IOException("no text file " + f);
        }
        return read(f);
    }

    /**
     * The annotation files of each annotated article, by article name; an article's files in
     * annotator order ({@code NAME_ANNOTATOR.ann} sorted by file name).
     *
     * @throws IOException when there is no {@code attributions/}, or naming an annotation file whose text is missing
     */
    public Map<String, List<Path>> annotations() throws IOException {
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(anns)) {
            throw new IOException(dir + " has no attributions/ directory");
        }
        Map<String, List<Path>> out = new TreeMap<>();
        for (Path p : list(anns, ANN)) {
            String f = p.getFileName().toString();
            int annotator = f.lastIndexOf('_');
            if (annotator <= 0) {
                throw new IOException(p + " is not named ARTICLE_ANNOTATOR" + ANN);
            }
            String article = f.substring(0, annotator);
            if (!Files.isRegularFile(dir.resolve("text").resolve(article + TXT))) {
                throw new IOException(p + " has no text file " + dir.resolve("text").resolve(article + TXT));
            }
            out.computeIfAbsent(article, k -> new ArrayList<>()).add(p);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static Text read(Path f) throws IOException {
        String file = f.getFileName().toString();
        return new Text(file.substring(0, file.length() - TXT.length()), Files.readString(f, StandardCharsets.UTF_8));
    }
}
