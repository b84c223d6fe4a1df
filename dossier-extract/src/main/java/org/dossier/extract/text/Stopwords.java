package org.dossier.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Function words of the common news languages, from {@code stopwords.txt}. Running prose is dense
 * in them and menus, link lists and headlines are not: that contrast, not the words themselves,
 * is what the extractor uses. Loaded once; immutable.
 */
final class Stopwords {
    private static final Set<String> WORDS = load();

    private Stopwords() {
    }

    /** Whether a lower-cased token is a function word in one of the languages. */
    static boolean contains(String lowerCaseToken) {
        return WORDS.contains(lowerCaseToken);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Stopwords.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt is missing from the classpath beside " + Stopwords.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+");
                // the first field names the language
                for (int i = 1; i < parts.length; i++) {
                    words.add(parts[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading stopwords.txt", e);
        }
        return Set.copyOf(words);
    }
}
