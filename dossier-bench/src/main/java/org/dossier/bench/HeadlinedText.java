package org.dossier.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.dossier.corpora.PolnearLayout;
import org.dossier.corpora.PolnearSplit;

/**
 * A real news text as the store's benchmarks use it: its first block (up to a blank line) the
 * headline, the other blocks its paragraphs with their whitespace collapsed, and its outlet.
 *
 * @param title      the headline
 * @param paragraphs at least two paragraphs
 * @param outlet     the publisher, as {@code metadata.tsv} names it
 */
record HeadlinedText(String title, List<String> paragraphs, String outlet) {

    HeadlinedText {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a headline must not be blank, got " + title);
        }
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.size() < 2) {
            throw new IllegalArgumentException("a text needs two paragraphs or more: " + title);
        }
        Objects.requireNonNull(outlet, "outlet of " + title);
    }

    /**
     * The texts of every split of a corpus in the PolNeAR layout that have a headline and two
     * paragraphs or more, split by split and in name order within one.
     *
     * @throws IOException when a file cannot be read, or naming a text that {@code metadata.tsv} does not list
     */
    static List<HeadlinedText> read(PolnearLayout corpus) throws IOException {
        List<HeadlinedText> out = new ArrayList<>();
        for (PolnearSplit split : corpus.splits()) {
            for (PolnearSplit.Text text : split.texts()) {
                List<String> blocks = Arrays.stream(text.text().split("\\n\\s*\\n")).map(p -> p.replaceAll("\\s+", " ").strip())
                        .filter(p -> p.length() > 1).toList();
                if (blocks.size() >= 3) {
                    String outlet = corpus.metadata(text.name()).orElseThrow(() -> new IOException(
                            split.dir().resolve("text").resolve(text.name() + ".txt") + " has no row in " + PolnearLayout.METADATA))
                            .publisher();
                    out.add(new HeadlinedText(blocks.getFirst(), blocks.subList(1, blocks.size()), outlet));
                }
            }
        }
        return out;
    }
}
