package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Span;
import org.dossier.model.TaggedText;
import org.dossier.nlp.token.PosTagger;
import org.dossier.nlp.token.Segmentation;
import org.dossier.nlp.token.Segmenter;

/**
 * Tags any text the way {@link NlpAnalyzer} tags an English article's body, for callers that want
 * tags without the rest of the analysis (benchmarks, tests) or hold raw text whose offsets they keep:
 * paragraphs end at blank lines, then the same segmentation, limits and part-of-speech step. Loads
 * the tagger once (no entity or language model); thread-safe.
 */
public final class TextTagger {
    /** A line holding nothing but spaces, tabs or no-break spaces ends a paragraph. */
    private static final Pattern BLANK_LINE = Pattern.compile("[ \\t\\x{00A0}]*\\n[ \\t\\x{00A0}]*\\n\\s*");
    private final Segmenter segmenter;
    private final PosTagger pos;

    public TextTagger() {
        this(new PosTagger(), NlpLimits.DEFAULT);
    }

    public TextTagger(PosTagger pos, NlpLimits limits) {
        this.pos = pos;
        this.segmenter = new Segmenter(limits.maxSentenceTokens(), limits.maxTokens());
    }

    /** {@code text} split into paragraphs, sentences and tagged tokens, every span an offset into it. */
    public TaggedText tag(String text) {
        return tag(text, paragraphs(text));
    }

    /** An article's body, tagged whatever its language, as the NLP stage tags an English one. */
    public TaggedText tag(Article article) {
        return tag(article.body(), article.paragraphSpans());
    }

    private TaggedText tag(String text, List<Span> paragraphs) {
        Segmentation seg = pos.tag(segmenter.segment(text, paragraphs));
        return new TaggedText(text, paragraphs, seg.tokens(), seg.sentences());
    }

    /** The blocks of {@code text} between blank lines, trimmed, in order; none when it is blank. */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = BLANK_LINE.matcher(text);
        int from = 0;
        while (m.find()) {
            add(text, from, m.start(), out);
            from = m.end();
        }
        add(text, from, text.length(), out);
        return out;
    }

    private static void add(String text, int from, int to, List<Span> out) {
        Span paragraph = new Span(from, to).trimmed(text);
        if (paragraph.length() > 0) {
            out.add(paragraph);
        }
    }
}
