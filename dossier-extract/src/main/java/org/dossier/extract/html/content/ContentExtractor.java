package org.dossier.extract.html.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dossier.extract.meta.WireCredits;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Paragraph;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article's paragraphs from a parsed page. Requires a document the caller no longer
 * needs: it removes boilerplate from it in place. Stateless and thread-safe.
 */
public final class ContentExtractor {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"”’')\\]]*\\s*$");

    /**
     * The article's paragraphs in reading order, without its headline and byline; empty when the
     * page holds no article-like text.
     *
     * @param doc      the parsed page, changed in place
     * @param metadata what the page's metadata says: its headline is dropped when it opens the body,
     *                 a line that is only an author's name is dropped anywhere
     */
    public List<Paragraph> extract(Document doc, ArticleMetadata metadata) {
        Optional<String> title = metadata.title();
        String standfirst = metadata.subtitle().map(ContentExtractor::squash).orElse("");
        Set<String> authors = new HashSet<>();
        for (String a : metadata.authors()) {
            authors.add(squash(a));
        }
        Element root = doc.body() != null ? doc.body() : doc;
        Cleaner.removeNeverText(root);
        Cleaner.removeBoilerplate(root, TextScores.of(BlockWalker.walk(root)));
        BlockWalker.Layout layout = BlockWalker.walk(root);
        Element container = ContainerChooser.choose(root, layout, TextScores.of(layout));
        List<Paragraph> out = new ArrayList<>();
        List<Boolean> heading = new ArrayList<>();
        String headline = title.map(ContentExtractor::squash).orElse("");
        List<Block> blocks = layout.blocksIn(container);
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (BlockScore.weight(blocks.get(i)) > 0) {
                lastProse = i;
                firstProse = firstProse < 0 ? i : firstProse;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean inside = i > firstProse && i < lastProse;
            if (!BlockFilter.keep(b) && !(inside && BlockFilter.keepAmongProse(b))) {
                continue;
            }
            if (i > lastProse && b.linkLed()) {
                // teasers for other stories after the story's last paragraph
                continue;
            }
            if (b.tag().equals("h1") && i < firstProse) {
                // the page's headline is metadata, not body, even when it sits inside the article's box;
                // further down, an <h1> is some site's idea of a subheading
                continue;
            }
            for (String part : b.text().split("\n")) {
                String p = part.strip();
                if (p.isEmpty() || !BlockFilter.keepLine(p)
                        || (out.isEmpty() && opensWith(p, headline, standfirst))
                        || (p.length() < 60 && authors.contains(squash(p)))) {
                    continue;
                }
                out.add(new Paragraph(p));
                heading.add(b.isHeading());
            }
        }
        // the story ends before the calls to follow, subscribe or write in that close many pages and
        // before a wire's credit line, and a heading with nothing under it ("Comments", "More on
        // this") heads something already dropped
        int last = out.size() - 1;
        while (last > 0 && (heading.get(last) || BlockFilter.isSignOff(out.get(last).text())
                || WireCredits.isCreditLine(out.get(last).text()))) {
            heading.remove(last);
            out.remove(last);
            last--;
        }
        // a body of a word or two is no article: PageExtractor's floor decides that for every format
        return out;
    }

    /**
     * Whether a line before the body's first kept paragraph repeats the headline, or repeats the
     * standfirst the metadata already holds and is set like one: as a headline is, without a full
     * stop. Many pages' description is their lead paragraph, a sentence, and that stays.
     */
    private static boolean opensWith(String line, String headline, String standfirst) {
        String s = squash(line);
        return !s.isEmpty() && (s.equals(headline) || s.equals(standfirst) && !SENTENCE_END.matcher(line).find());
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
