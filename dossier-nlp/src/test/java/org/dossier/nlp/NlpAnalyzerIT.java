package org.dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Sentence;
import org.dossier.model.TaggedArticle;
import org.dossier.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzer with its real models, on sentences written for these tests and on bad input. */
class NlpAnalyzerIT {
    private static NlpAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = NlpAnalyzer.load();
    }

    private static AnalysedArticle analyse(Article article) {
        return analyzer.analyse(article).analysed();
    }

    private static List<String> people(AnalysedArticle a) {
        return a.mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::text).toList();
    }

    @Test
    void englishNewsGetsPeoplePlacesOrganisationsAndRoles() {
        AnalysedArticle a = analyse(Texts.article(
                "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday.",
                "\"We agree on the budget,\" Scholz told reporters, according to Reuters.",
                "Maria Lopez, a Spanish economist at the University of Madrid, doubted it."));
        assertEquals(Optional.of("en"), a.article().metadata().language());
        List<String> people = people(a);
        assertTrue(people.containsAll(List.of("Olaf Scholz", "Emmanuel Macron", "Scholz", "Maria Lopez")), people.toString());
        assertTrue(a.mentions().stream().anyMatch(m -> m.type() == EntityType.PLACE && m.text().equals("Berlin")));
        Mention lopez = a.mentions().stream().filter(m -> m.text().equals("Maria Lopez")).findFirst().orElseThrow();
        assertEquals(List.of("Spanish economist at the University of Madrid"),
                lopez.roles().stream().map(r -> r.of(a.body())).toList());
    }

    @Test
    void anEnglishPageOfResultsGetsItsNamesAndSaysHowItsLanguageWasTold() {
        TaggedArticle tagged = analyzer.analyse(Texts.article("CYCLING - TOUR OF VALDORIA RESULTS",
                "Leading placings after the fourth stage on Sunday:", "1. Piet Hoorens (Belgium) 4:12:07",
                "2. Anders Kvist (Norway) same time", "3. Jorge Amat (Spain) at 12 seconds"));
        AnalysedArticle a = tagged.analysed();
        assertEquals(Optional.of("en"), a.article().metadata().language());
        assertTrue(people(a).containsAll(List.of("Piet Hoorens", "Anders Kvist", "Jorge Amat")), people(a).toString());
        assertTrue(a.article().problems().stream().anyMatch(p -> p.code().startsWith("language-")),
                "a language told on a dozen running words is recorded: " + a.article().problems());
    }

    @Test
    void russianAndAzerbaijaniTextGetTheirLanguageAndNoEnglishModelEntities() {
        AnalysedArticle ru = analyse(Texts.article(
                "Российские миротворцы начали вывод войск из Карабаха. Пресс-секретарь Кремля Дмитрий Песков "
                        + "подтвердил эту информацию в среду. По его словам, решение приняли руководители двух стран."));
        assertEquals(Optional.of("ru"), ru.article().metadata().language());
        assertEquals(List.of(), ru.mentions());
        assertEquals(List.of(), ru.dates());
        AnalysedArticle az = analyse(Texts.article(
                "Azərbaycan Respublikasının paytaxtı Bakı şəhəridir. Prezident İlham Əliyev bu gün yeni məktəbin "
                        + "açılışında iştirak edib. Sülhməramlıların çıxarılması barədə qərar iki ölkənin rəhbərləri "
                        + "tərəfindən qəbul olunub. Hökumət nümayəndəsi bildirib ki, proses artıq başlayıb."));
        assertEquals(Optional.of("az"), az.article().metadata().language());
        assertEquals(List.of(), az.mentions());
        assertTrue(az.sentences().size() >= 3, "tokens and sentences are still given");
        assertTrue(az.tokens().stream().noneMatch(Token::isTagged), "the English tagger does not read Azerbaijani");
    }

    @Test
    void englishTokensCarryTheirWordTagAndLemma() {
        TaggedArticle tagged = analyzer.analyse(Texts.article("The ministers said that Ana Costa was leaving."));
        assertTrue(tagged.tagged());
        List<String> read = tagged.analysed().tokens().stream().map(t -> t.word() + "/" + t.tag() + "/" + t.lemma()).toList();
        assertEquals(List.of("The/DT/the", "ministers/NNS/minister", "said/VBD/say", "that/IN/that", "Ana/NNP/ana",
                "Costa/NNP/costa", "was/VBD/be", "leaving/VBG/leave", "././."), read);
        assertEquals(tagged.analysed().tokens(), tagged.text().orElseThrow().tokens());
    }

    @Test
    void aFiftyThousandCharacterSentenceIsCutIntoBoundedPieces() {
        StringBuilder sb = new StringBuilder();
        Random random = new Random(42);
        while (sb.length() < 50_000) {
            sb.append(random.nextInt(10) == 0 ? "Paris " : "and then the word goes on ");
        }
        AnalysedArticle a = analyse(Texts.article(sb.toString().strip()));
        for (Sentence s : a.sentences()) {
            assertTrue(s.tokenCount() <= NlpLimits.DEFAULT.maxSentenceTokens(), s.toString());
        }
        assertTrue(a.sentences().size() > 50);
    }

    @Test
    void aTwoHundredThousandWordArticleIsAnalysedWhole() {
        String paragraph = "The minister said on Monday that talks with Canada would resume in Ottawa next month, "
                + "and John Smith, a trade expert, agreed.";
        List<String> paragraphs = new ArrayList<>();
        int words = 0;
        while (words < 200_000) {
            paragraphs.add(paragraph);
            words += paragraph.split(" ").length;
        }
        Article article = Texts.article(paragraphs.toArray(String[]::new));
        AnalysedArticle a = analyse(article);
        assertEquals(List.of(), a.article().problems());
        assertTrue(a.tokens().size() > 200_000);
        assertEquals(paragraphs.size(), people(a).stream().filter("John Smith"::equals).count());
    }

    @Test
    void oneAnalyzerGivesTheSameAnswersFromTwoThreads() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            articles.add(Texts.article("Peter Brown of Acme Corporation flew to Lisbon " + i + " days ago.",
                    "Brown met Prime Minister Ana Costa, who told the United Nations that Portugal agreed."));
        }
        List<AnalysedArticle> serial = articles.stream().map(NlpAnalyzerIT::analyse).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<AnalysedArticle>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> analyse(a)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(serial.get(i % articles.size()), futures.get(i).get());
            }
        }
    }
}
