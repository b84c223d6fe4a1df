package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.dossier.model.Duplicate;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.dossier.store.json.RecordJson;
import org.junit.jupiter.api.Test;

/** The driver settles repeated inputs as {@code dossier analyze} does, whatever slice each copy was in. */
class InputOrderTest {
    private static final String STORY = "0123456789abcdef";
    private static final String EMPTY = "fedcba9876543210";
    private static final byte[] NONE = new byte[0];

    private static Item article(int file, long ordinal, String source) {
        return Item.article(file, ordinal, STORY, source, NONE, NONE, NONE).head();
    }

    private static Item rejected(int file, long ordinal, String page, Rejection r) {
        return Item.rejected(file, ordinal, page, r.source(), RecordJson.write(r));
    }

    @Test
    void theFirstCopyCountsAndLaterCopiesAreDuplicatesOrRejectedForTheFirstCopysReason() {
        Rejection empty = Rejection.of("a/empty.html", RejectCode.EMPTY, "the page has no text");
        Rejection cut = Rejection.of("c.warc.gz#77", RejectCode.MALFORMED, "the record is truncated");
        // given in the order the executors finished, not the inputs' order
        List<Item> heads = List.of(
                article(2, 0, "c.warc.gz#0"),                       // a copy in another slice, analysed again
                Item.repeat(0, 3, EMPTY, "a/empty-again.html"),     // a copy within the slice, not extracted
                rejected(2, 1, null, cut),                          // a record that could not be read
                article(0, 1, "a/story.html"),
                rejected(0, 2, EMPTY, empty),
                Item.repeat(1, 0, STORY, "b/story-copy.html"));

        InputOrder order = InputOrder.of(heads);

        assertEquals(List.of("a/story.html"), order.articles().stream().map(Item::source).toList());
        assertEquals(List.of(new Duplicate("b/story-copy.html", STORY, "a/story.html"),
                new Duplicate("c.warc.gz#0", STORY, "a/story.html")), order.duplicates());
        assertEquals(List.of(empty, new Rejection("a/empty-again.html", empty.code(), empty.message()), cut),
                order.rejections());
        assertEquals(Set.of(Item.article(2, 0, STORY, "c.warc.gz#0", NONE, NONE, NONE).order()), order.repeated());
    }
}
