package org.dossier.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.Extraction;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.RawPage;
import org.dossier.nlp.TextTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample pages' hand-made quote expectations, checked the way ../shared/tools/check_seeds.py checks them. */
class SeedQuotesIT {
    private static Path shared;
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
    private static TextTagger tagger;

    @BeforeAll
    static void setUp() {
        String dir = System.getProperty("dossier.shared");
        shared = dir == null ? null : Path.of(dir);
        tagger = new TextTagger();
    }

    @Test
    void everySeedQuoteIsFoundWithItsSpeaker() throws Exception {
        assumeTrue(shared != null && Files.exists(shared.resolve("corpus/seeds.gold.json")), "no ../shared corpus");
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("corpus/seeds.gold.json").toFile());
        PageExtractor pages = new PageExtractor();
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (JsonNode g : gold.get("articles")) {
            Path file = shared.resolve("corpus/seeds").resolve(g.get("file").asText());
            Extraction e = pages.extract(RawPage.of(file.toString(), Files.readAllBytes(file)));
            if (!(e instanceof Extraction.Found found)) {
                failures.add(file + ": no article");
                continue;
            }
            Article a = found.article();
            List<Quote> quotes = EXTRACTOR.extract(tagger.tag(a), List.of());
            for (JsonNode gq : g.get("quotes")) {
                checks++;
                String starts = norm(gq.get("starts").asText());
                String ends = gq.has("ends") ? norm(gq.get("ends").asText()) : "";
                boolean direct = gq.get("kind").asText().equals("direct");
                Quote hit = quotes.stream()
                        .filter(q -> norm(q.text(a.body())).contains(starts) && norm(q.text(a.body())).contains(ends))
                        .filter(q -> !direct || q.kind() == QuoteKind.DIRECT)
                        .findFirst().orElse(null);
                String speaker = norm(gq.get("speaker").asText());
                List<String> names = spellings(g, speaker);
                if (hit == null) {
                    failures.add(g.get("file").asText() + ": " + gq.get("kind").asText() + " quote '" + starts + "' not found");
                } else if (hit.speaker().isEmpty() || !names.contains(norm(hit.speaker().get().name()))) {
                    failures.add(g.get("file").asText() + ": quote '" + starts + "' speaker should be " + speaker + ", got "
                            + hit.speaker().map(s -> s.name()).orElse("none"));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + checks + " seed quotes failed:\n" + String.join("\n", failures));
    }

    /**
     * The speaker's spellings the expectations accept: check_seeds.py matches against the speaker's
     * entity and its variants, which entity resolution supplies later; the "people" lists stand in.
     */
    private static List<String> spellings(JsonNode g, String speaker) {
        List<String> out = new ArrayList<>(List.of(speaker));
        for (JsonNode p : g.path("people")) {
            List<String> any = new ArrayList<>();
            p.path("any").forEach(x -> any.add(norm(x.asText())));
            if (any.contains(speaker)) {
                out.addAll(any);
            }
        }
        return out;
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u00A0', ' ');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
