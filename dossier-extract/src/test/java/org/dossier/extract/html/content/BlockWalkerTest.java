package org.dossier.extract.html.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockWalkerTest {

    private static List<Block> blocks(String bodyHtml) {
        Element body = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body();
        return BlockWalker.walk(body).blocks();
    }

    @Test
    void inlineElementsStayInTheirParagraphAndBlocksSplitIt() {
        List<Block> b = blocks("<div>One <b>bold</b> <i>line</i><p>Two</p>three</div>");
        assertEquals(List.of("One bold line", "Two", "three"), b.stream().map(Block::text).toList());
    }

    @Test
    void oneLineBreakKeepsAParagraphAndTwoEndIt() {
        List<Block> b = blocks("<div>first line<br>second line<br><br>next paragraph</div>");
        assertEquals(List.of("first line\nsecond line", "next paragraph"), b.stream().map(Block::text).toList());
    }

    @Test
    void linkTextIsCountedAndALeadingLinkIsNoticed() {
        Block b = blocks("<p><a href=x>A headline of some length here</a> and then a summary of the story.</p>").get(0);
        assertEquals("A headline of some length here".length(), b.linkChars());
        assertTrue(b.linkLed());
        Block plain = blocks("<p>The minister, <a href=x>Jane Doe</a>, said the plan would go ahead next year.</p>").get(0);
        assertTrue(!plain.linkLed());
    }

    @Test
    void wordsAreCountedInScriptsWithoutSpaces() {
        assertEquals(4, Block.countWords("four words in English"));
        assertEquals(3, Block.countWords("新しい図書館が"), "seven characters of Japanese: one word per two");
    }

    @Test
    void everyElementKnowsTheBlocksInsideIt() {
        Element body = Jsoup.parse("<html><body><p>a</p><div id=d><p>b</p><p>c</p></div><p>d</p></body></html>").body();
        BlockWalker.Layout layout = BlockWalker.walk(body);
        assertEquals(List.of("b", "c"), layout.blocksIn(body.getElementById("d")).stream().map(Block::text).toList());
    }
}
