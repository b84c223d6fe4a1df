package org.dossier.story.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Framing;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.story.StoryMaterial;

/**
 * Per outlet of a story: the loaded terms of {@code loaded-terms.tsv} its articles use, with every
 * use, and the speakers of its quotes with their direct and reported quotes. An article without an
 * outlet is its own. Words inside quotes count too: an outlet chooses whom it quotes saying what.
 */
public final class FramingStage {
    private static final String LEXICON = "loaded-terms.tsv";

    private final Map<String, String> categories;
    private final Pattern terms;

    public FramingStage() {
        this.categories = load();
        List<String> sorted = new ArrayList<>(categories.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String t : sorted) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(Pattern.quote(t).replace(" ", "\\E\\s+\\Q"));
        }
        this.terms = Pattern.compile("(?<![\\p{L}\\-])(?:" + alt + ")(?![\\p{L}\\-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** One framing per outlet, in the order the outlets' first articles come in the story. */
    public List<Framing> frame(StoryMaterial story) {
        Map<String, List<AnalysedArticle>> byOutlet = new LinkedHashMap<>();
        for (AnalysedArticle a : story.articles()) {
            byOutlet.computeIfAbsent(StoryMaterial.outlet(a), k -> new ArrayList<>()).add(a);
        }
        List<Framing> out = new ArrayList<>();
        for (Map.Entry<String, List<AnalysedArticle>> e : byOutlet.entrySet()) {
            Map<String, List<SourceSpan>> uses = new LinkedHashMap<>();
            Map<String, int[]> voices = new LinkedHashMap<>();
            Map<String, Optional<String>> voiceEntity = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (AnalysedArticle a : e.getValue()) {
                String id = a.article().id();
                Matcher m = terms.matcher(a.body());
                while (m.find()) {
                    String t = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    uses.computeIfAbsent(t, k -> new ArrayList<>()).add(new SourceSpan(id, new Span(m.start(), m.end())));
                }
                for (Quote q : story.quotes().getOrDefault(id, List.of())) {
                    if (q.speaker().isEmpty()) {
                        continue;
                    }
                    var sp = q.speaker().get();
                    String key = sp.entity().orElse("name:" + sp.name());
                    int[] c = voices.computeIfAbsent(key, k -> new int[2]);
                    c[q.kind() == QuoteKind.DIRECT ? 0 : 1]++;
                    voiceEntity.putIfAbsent(key, sp.entity());
                    names.putIfAbsent(key, sp.name());
                }
            }
            List<Framing.Term> ts = new ArrayList<>();
            uses.forEach((t, u) -> ts.add(new Framing.Term(t, categories.get(t), u)));
            ts.sort(Comparator.comparingInt((Framing.Term t) -> -t.uses().size()).thenComparing(Framing.Term::term));
            List<Framing.Voice> vs = new ArrayList<>();
            voices.forEach((k, c) -> vs.add(new Framing.Voice(names.get(k), voiceEntity.get(k), c[0], c[1])));
            vs.sort(Comparator.comparingInt((Framing.Voice v) -> -v.quotes()).thenComparing(Framing.Voice::name));
            out.add(new Framing(story.story().id(), e.getKey(),
                    e.getValue().stream().map(a -> a.article().id()).toList(), ts, vs));
        }
        return out;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = FramingStage.class.getResourceAsStream(LEXICON)) {
            if (in == null) {
                throw new IllegalStateException("the framing lexicon " + LEXICON + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2 || f[1].isBlank()) {
                    throw new IllegalStateException(LEXICON + " line " + no + ": want category<TAB>term, got '" + line + "'");
                }
                out.put(f[1].strip().toLowerCase(Locale.ROOT), f[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + LEXICON, e);
        }
        return out;
    }
}
