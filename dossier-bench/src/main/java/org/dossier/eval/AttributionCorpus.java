package org.dossier.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.corpora.PolnearSplit;
import org.dossier.model.Span;

/**
 * An attribution benchmark in the PolNeAR layout ({@link PolnearSplit}: {@code text/NAME.txt} beside
 * {@code attributions/NAME_ANNOTATOR.ann}, BRAT stand-off), its annotation files parsed into gold
 * attributions. An article annotated twice is scored against the annotator whose id sorts first,
 * so each article counts once and the choice does not depend on what the system predicts.
 */
public final class AttributionCorpus {
    private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9; ]+)\\t");
    private static final Pattern RELATION = Pattern.compile("^(E\\d+)\\t(.*)$");
    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "their");

    /** One article: its text and its gold attributions. */
    public record Doc(String name, String text, List<GoldAttribution> gold) {
    }

    private final List<Doc> docs;

    private AttributionCorpus(List<Doc> docs) {
        this.docs = List.copyOf(docs);
    }

    public List<Doc> docs() {
        return docs;
    }

    /**
     * Loads the split in {@code dir}: each annotated article's text, scored against its first annotator's file.
     *
     * @throws IOException naming the directory or file that is missing
     */
    public static AttributionCorpus load(Path dir) throws IOException {
        PolnearSplit split = PolnearSplit.open(dir);
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : split.annotations().entrySet()) {
            String text = split.text(e.getKey()).text();
            docs.add(new Doc(e.getKey(), text, parse(e.getValue().getFirst(), text)));
        }
        return new AttributionCorpus(docs);
    }

    static List<GoldAttribution> parse(Path ann, String text) {
        List<String> lines;
        try {
            lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Span>> spans = new HashMap<>();
        List<Map<String, String>> relations = new ArrayList<>();
        for (String line : lines) {
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.find()) {
                List<Span> parts = new ArrayList<>();
                for (String part : t.group(3).trim().split(";")) {
                    String[] se = part.trim().split(" ");
                    int s = Integer.parseInt(se[0]);
                    int end = Integer.parseInt(se[1]);
                    if (end > text.length() || s > end) {
                        throw new IllegalArgumentException(ann + ": span " + part + " of " + t.group(1)
                                + " runs past the text (" + text.length() + " characters)");
                    }
                    parts.add(new Span(s, end));
                }
                spans.put(t.group(1), parts);
                continue;
            }
            Matcher r = RELATION.matcher(line);
            if (r.find()) {
                Map<String, String> args = new HashMap<>();
                for (String a : r.group(2).trim().split("\\s+")) {
                    int colon = a.indexOf(':');
                    if (colon > 0) {
                        args.put(a.substring(0, colon), a.substring(colon + 1));
                    }
                }
                relations.add(args);
            }
        }
        List<Span> sources = new ArrayList<>();
        for (Map<String, String> r : relations) {
            Optional.ofNullable(spans.get(r.get("Source"))).ifPresent(s -> sources.add(s.getFirst()));
        }
        sources.sort(null);
        List<GoldAttribution> out = new ArrayList<>();
        for (Map<String, String> r : relations) {
            List<Span> content = spans.get(r.get("Content"));
            if (content == null || content.isEmpty()) {
                continue;
            }
            Optional<Span> source = Optional.ofNullable(spans.get(r.get("Source"))).map(List::getFirst);
            Optional<Span> referent = source.filter(s -> isPronoun(s.of(text)))
                    .flatMap(s -> sources.stream().filter(o -> o.end() <= s.start() && !isPronoun(o.of(text)))
                            .reduce((a, b) -> b));
            out.add(new GoldAttribution(content, source, referent, opensWithMark(content.getFirst().of(text))));
        }
        return out;
    }

    static boolean isPronoun(String s) {
        return PRONOUNS.contains(s.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean opensWithMark(String content) {
        String s = content.strip();
        return !s.isEmpty() && "\"\u201C\u201D\u2018\u00AB'".indexOf(s.charAt(0)) >= 0;
    }
}
