package org.dossier.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.extract.PageExtractor;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Extraction;
import org.dossier.model.Quote;
import org.dossier.model.RawPage;
import org.dossier.nlp.NlpAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Speaker precision on the example corpus (examples/corpus), through the NLP stage and the quote stage
 * as the pipeline runs them: every speaker listed is one of the people, organisations and groups that
 * speak in those pages. The list below was written by reading the pages, not from the stage's output.
 */
class ExampleCorpusSpeakersIT {
    /** Who speaks in the example pages, by reading them: people, organisations, groups, documents. */
    private static final Set<String> SPEAKERS = Set.of(
            "marit elvstrand", "arkady zelmanov", "arkadiy zelmanov", "costin vairel", "tobias wennholm", "liesl ambrecht",
            "jonas ekwall", "greta lindqvist", "benedikt sallow", "emeric dallow",
            "marrowick harbour authority", "harbour authority", "kelvarra coast guard", "coast guard", "corvane maritime",
            "regional government", "fenmoor shore trust", "trust", "marrowick pilots' association", "pilots' association",
            "pilots’ association", "pilots", "rovers manager", "residents of lower fenmoor", "lower fenmoor residents",
            "residents", "officials", "village council records", "conservationists", "salvage crews",
            "corvane maritime's chief executive", "corvane maritime’s chief executive", "company", "its spokeswoman");

    @Test
    void everySpeakerListedInTheExamplePagesIsSomeoneWhoSpeaksThere() throws Exception {
        Path dir = Path.of(System.getProperty("user.dir")).resolveSibling("examples").resolve("corpus");
        assumeTrue(Files.isDirectory(dir), "no examples/corpus beside the module");
        PageExtractor pages = new PageExtractor();
        NlpAnalyzer nlp = NlpAnalyzer.load();
        QuoteExtractor quotes = new QuoteExtractor();
        List<String> wrong = new ArrayList<>();
        int listed = 0;
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            Extraction e = pages.extract(RawPage.of(file.toString(), Files.readAllBytes(file)));
            if (!(e instanceof Extraction.Found found)) {
                continue;
            }
            AnalysedArticle a = quotes.annotate(nlp.analyse(found.article()));
            for (Quote q : a.quotes()) {
                if (q.speaker().isEmpty()) {
                    continue;
                }
                listed++;
                String name = q.speaker().get().name().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
                // NER gives a repeated surname as its own mention; entity resolution names it in full later
                boolean surname = !name.contains(" ") && SPEAKERS.stream().anyMatch(p -> p.endsWith(" " + name));
                if (!SPEAKERS.contains(name) && !surname) {
                    wrong.add(file.getFileName() + ": " + q.speaker().get().name() + " for \"" + q.text(a.article().body()) + "\"");
                }
            }
        }
        assertTrue(listed >= 25, "expected the pages' statements to be found, got " + listed);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + listed + " listed speakers are not speakers:\n" + String.join("\n", wrong));
    }
}
