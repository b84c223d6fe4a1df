package org.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dossier.corpora.Texts;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

class SyntheticNewsTest {
    private static final List<List<String>> THEMES = List.of(paragraphs(Texts.FLOOD), paragraphs(Texts.FOOTBALL));

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String firstTwoWords(String paragraph) {
        String[] w = paragraph.split("\\s+");
        return w[0] + " " + w[1];
    }

    @Test
    void anArticleOnAThemeRewritesThatThemesParagraphs() {
        SyntheticNews news = new SyntheticNews(THEMES, 3, 0, 0, 0);
        for (int theme = 0; theme < THEMES.size(); theme++) {
            Article a = news.next(theme, List.of()).article();
            assertEquals(THEMES.get(theme).stream().map(SyntheticNewsTest::firstTwoWords).toList(),
                    a.paragraphTexts().stream().map(SyntheticNewsTest::firstTwoWords).toList(),
                    "each paragraph's walk starts on the real paragraph's first two words");
        }
    }

    @Test
    void inAStoryInjectedReuseTakesItsSourceAmongTheEarlierMembers() {
        SyntheticNews news = new SyntheticNews(THEMES, 3, 1.0, 0, 0);
        SyntheticNews.Next first = news.next(0, List.of());
        assertEquals(Optional.empty(), first.injected(), "the first member has nothing to copy");
        SyntheticNews.Next second = news.next(0, List.of(first.article()));
        SyntheticNews.Injected copy = second.injected().orElseThrow();
        assertEquals(first.article().id(), copy.source());
        assertEquals("copy", copy.kind());
        List<String> source = first.article().paragraphTexts();
        List<String> copied = second.article().paragraphTexts();
        assertEquals(source.subList(0, copied.size()), copied, "a copy is its source, sometimes trimmed");
    }

    @Test
    void everyArticleIsPublishedAfterTheOneBefore() {
        SyntheticNews news = new SyntheticNews(THEMES, 5, 0.1, 0.1, 0.1);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            articles.add(i % 2 == 0 ? news.next().article() : news.next(i % THEMES.size(), articles).article());
        }
        List<OffsetDateTime> times = articles.stream().flatMap(a -> a.metadata().published().stream())
                .map(t -> (OffsetDateTime) t.value()).toList();
        assertTrue(times.size() > 150, "one in twenty is undated: " + times.size());
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i).isAfter(times.get(i - 1)), "article " + i + " at " + times.get(i));
        }
    }
}
