package org.dossier.cluster;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How many documents of a background collection hold each term ({@link TermCounts}' terms), so that a
 * batch of five articles weighs its words the way a news stream would: "said" and "government" light,
 * the names of the event heavy. Without it the inverse document frequency of a small batch comes from
 * the batch alone, and every word the batch's articles share looks equally rare.
 *
 * <p>The shipped table ({@link #background()}) is built from the benchmark corpora's real news by
 * {@code dossier-reuse/build-document-frequencies.sh}; terms held by fewer than
 * {@value #MIN_STORED} documents are left out (a term missing counts as held by none).
 *
 * @param documents how many documents were counted
 * @param counts    per term, how many of them hold it
 */
public record DocumentFrequencies(int documents, Map<String, Integer> counts) {
    /** Where the shipped table lives on the class path. */
    public static final String RESOURCE = "/org/dossier/cluster/document-frequencies.tsv.gz";
    /** Terms held by fewer background documents than this are not stored. */
    public static final int MIN_STORED = 2;
    /** No background: document frequencies come from the articles seen alone. */
    public static final DocumentFrequencies NONE = new DocumentFrequencies(0, Map.of());
    private static final String HEADER = "#documents\t";

    public DocumentFrequencies {
        if (documents < 0) {
            throw new IllegalArgumentException("documents must be >= 0, got " + documents);
        }
        counts = Map.copyOf(counts);
    }

    /** How many background documents hold {@code term}. */
    public int of(String term) {
        return counts.getOrDefault(term, 0);
    }

    /** The table shipped with the module, loaded once. */
    public static DocumentFrequencies background() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final DocumentFrequencies TABLE = load();

        private static DocumentFrequencies load() {
            try (InputStream in = DocumentFrequencies.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the class path lacks " + RESOURCE + "; rebuild dossier-reuse");
                }
                return read(new GZIPInputStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** Counts the documents holding each term of {@code documents} (title and body pairs, read as {@link TermCounts#of}). */
    public static DocumentFrequencies count(Iterable<TermCounts> documents) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (TermCounts d : documents) {
            n++;
            for (String t : d.terms()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        df.values().removeIf(c -> c < MIN_STORED);
        return new DocumentFrequencies(n, df);
    }

    /** Reads the gzip-free text form: a {@code #documents\tN} line, then {@code term\tcount} lines. */
    public static DocumentFrequencies read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = r.readLine();
        if (first == null || !first.startsWith(HEADER)) {
            throw new IOException("a document-frequency table starts with '" + HEADER + "N', got " + first);
        }
        int documents = Integer.parseInt(first.substring(HEADER.length()).strip());
        Map<String, Integer> counts = new HashMap<>();
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException("line " + n + " of a document-frequency table is not 'term<TAB>count': " + line);
            }
            counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
        }
        return new DocumentFrequencies(documents, counts);
    }

    /** Writes the gzipped table, terms by falling count then alphabetically (so rebuilds are byte-stable). */
    public void write(OutputStream out) throws IOException {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        GZIPOutputStream gz = new GZIPOutputStream(out);
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
        w.write(HEADER + documents + "\n");
        for (var e : rows) {
            w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        w.flush();
        gz.finish();
    }
}
