package org.dossier.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named-entity benchmark in the CoNLL-2003 layout: one token a line ({@code word POS chunk NER}),
 * sentences end at a blank line, documents start at a {@code -DOCSTART-} line (and at the top of the
 * file, which in some copies has none). Only the word and the last column are kept. Tags are IOB1 or
 * IOB2 over any types ({@code I-PER}, {@code B-LOC}, {@code O}).
 *
 * @param source the file read
 * @param docs   its documents, in order
 */
public record ConllCorpus(Path source, List<Doc> docs) {

    public ConllCorpus {
        Objects.requireNonNull(source, "source");
        docs = List.copyOf(docs);
    }

    /**
     * One sentence: its words and their gold tags, one each.
     *
     * @param words the tokens as the benchmark gives them
     * @param tags  one NER tag per token
     */
    public record Sentence(List<String> words, List<String> tags) {
        public Sentence {
            words = List.copyOf(words);
            tags = List.copyOf(tags);
            if (words.isEmpty() || words.size() != tags.size()) {
                throw new IllegalArgumentException("a sentence needs one tag per word and at least one word, got "
                        + words.size() + " words and " + tags.size() + " tags");
            }
        }

        /** The gold entities of this sentence, as {@code sentence}'s chunks. */
        public List<NerChunk> chunks(int sentence) {
            return NerChunk.of(sentence, tags);
        }
    }

    /**
     * One document (a Reuters story).
     *
     * @param index its position in the file, from 0
     * @param sentences its sentences, at least one
     */
    public record Doc(int index, List<Sentence> sentences) {
        public Doc {
            sentences = List.copyOf(sentences);
            if (sentences.isEmpty()) {
                throw new IllegalArgumentException("document " + index + " has no sentence");
            }
        }

        /** The gold entities of every sentence. */
        public List<NerChunk> chunks() {
            List<NerChunk> out = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                out.addAll(sentences.get(s).chunks(s));
            }
            return out;
        }

        public int tokens() {
            return sentences.stream().mapToInt(s -> s.words().size()).sum();
        }
    }

    /** Tokens over all documents. */
    public int tokens() {
        return docs.stream().mapToInt(Doc::tokens).sum();
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when it cannot be read, or a line has fewer than two columns (naming the line)
     */
    public static ConllCorpus load(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                    if (!words.isEmpty()) {
                        sentences.add(new Sentence(words, tags));
                        words.clear();
                        tags.clear();
                    }
                    if (trimmed.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
                        docs.add(new Doc(docs.size(), sentences));
                        sentences.clear();
                    }
                    continue;
                }
                String[] cols = trimmed.split("\\s+");
                if (cols.length < 2) {
                    throw new IOException(file + ":" + number + ": expected a word and a tag, got \"" + line + "\"");
                }
                words.add(cols[0]);
                tags.add(cols[cols.length - 1]);
            }
        }
        if (!words.isEmpty()) {
            sentences.add(new Sentence(words, tags));
        }
        if (!sentences.isEmpty()) {
            docs.add(new Doc(docs.size(), sentences));
        }
        return new ConllCorpus(file, docs);
    }

    /** The documents of fold {@code fold} of {@code folds} (every {@code folds}-th document), or all but them. */
    public List<Doc> fold(int fold, int folds, boolean held) {
        if (folds < 2 || fold < 0 || fold >= folds) {
            throw new IllegalArgumentException("fold must be in [0, " + folds + ") and folds at least 2, got fold "
                    + fold + " of " + folds);
        }
        return docs.stream().filter(d -> (d.index() % folds == fold) == held).toList();
    }
}
