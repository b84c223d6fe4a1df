package org.dossier.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {

    @Test
    void polnearArticlesAreTitledByTheirFirstLineAndDatedByTheirMetadata(@TempDir Path shared) throws IOException {
        PolnearLayoutTest.corpus(Corpora.polnearDir(shared));
        List<Article> dev = Corpora.polnear(shared, "dev");
        assertEquals(2, dev.size());
        Article flood = dev.getFirst();
        assertEquals(Optional.of("Floods in Amarante"), flood.metadata().title());
        assertEquals(Optional.of(Timestamp.of(LocalDate.of(2016, 10, 2))), flood.metadata().published());
        assertEquals(List.of("Heavy rain flooded the square, \u201cthe worst in years,\u201d the mayor said."), flood.paragraphTexts());
        assertEquals(Optional.empty(), dev.get(1).metadata().published(), "no metadata line, no date");
    }

    @Test
    void zyteTrueBodiesBecomeUndatedArticlesOfTheirLines(@TempDir Path shared) throws IOException {
        ZyteLayoutTest.twoPages(Corpora.zyteDir(shared));
        List<Article> zyte = Corpora.zyte(shared);
        assertEquals(List.of("zyte/a", "zyte/b"), zyte.stream().map(Article::source).toList());
        assertEquals(List.of("Rain flooded the square.", "The mayor asked for funds."), zyte.getFirst().paragraphTexts());
        assertEquals(Optional.empty(), zyte.getFirst().metadata().published());
    }
}
