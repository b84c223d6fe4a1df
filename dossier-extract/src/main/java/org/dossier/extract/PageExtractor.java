package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.decode.DecodedPage;
import org.dossier.decode.Decoder;
import org.dossier.decode.Decoding;
import org.dossier.extract.html.HtmlExtractor;
import org.dossier.extract.text.TextExtractor;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Extraction;
import org.dossier.model.Problem;
import org.dossier.model.RawPage;
import org.dossier.model.RejectCode;

/**
 * The extraction front door: decodes a page, hands it to the HTML or the plain-text extractor, and
 * packs the result as an {@link Article} with the page's stable id. Anything unexpected inside an
 * extractor becomes a rejection naming the page, so one bad page never stops a batch.
 */
public final class PageExtractor implements Extractor {
    /**
     * Fewer words than this is a fragment, not an article, whatever an extractor made of it: the
     * shortest news briefs run to a few sentences, and junk markup leaves a word or two.
     */
    static final int MIN_BODY_WORDS = 8;
    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*");

    private final Decoder decoder = new Decoder();
    private final FormatExtractor html;
    private final FormatExtractor text;

    public PageExtractor() {
        this(new HtmlExtractor(), new TextExtractor());
    }

    public PageExtractor(FormatExtractor html, FormatExtractor text) {
        this.html = html;
        this.text = text;
    }

    @Override
    public Extraction extract(RawPage page) {
        Decoding decoding = decoder.decode(page);
        return switch (decoding) {
            case Decoding.Undecodable u -> Extraction.rejected(page.source(), u.code(), u.message());
            case Decoding.Decoded d -> extractDecoded(d.page());
        };
    }

    private Extraction extractDecoded(DecodedPage decoded) {
        RawPage page = decoded.page();
        FormatExtractor format = switch (decoded.kind()) {
            case HTML -> html;
            case TEXT -> text;
        };
        Optional<Draft> draft;
        try {
            draft = format.extract(decoded);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug or a pathological page: report it against the page and let the batch go on
            return Extraction.rejected(page.source(), RejectCode.NO_ARTICLE,
                    "extraction failed on this page: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        if (draft.isEmpty()) {
            return Extraction.rejected(page.source(), RejectCode.NO_ARTICLE,
                    "no article found: the " + decoded.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " has no run of article-like paragraphs");
        }
        int words = words(draft.get());
        if (words < MIN_BODY_WORDS) {
            return Extraction.rejected(page.source(), RejectCode.NO_ARTICLE, "no article found: the "
                    + decoded.kind().name().toLowerCase(java.util.Locale.ROOT) + " holds only " + words
                    + (words == 1 ? " word" : " words") + " of text outside its boilerplate");
        }
        List<Problem> problems = new ArrayList<>(decoded.problems());
        problems.addAll(draft.get().problems());
        ArticleMetadata meta = draft.get().metadata();
        if (meta.url().isEmpty() && page.url().isPresent()) {
            meta = meta.withUrl(page.url());
        }
        return new Extraction.Found(Article.of(page.articleId(), page.source(), meta, draft.get().paragraphs(), problems));
    }

    /** Words with a letter in them, counted up to the floor: enough to decide, cheap on long bodies. */
    private static int words(Draft draft) {
        int n = 0;
        for (var p : draft.paragraphs()) {
            var m = WORD.matcher(p.text());
            while (m.find()) {
                n += wordsIn(m.group());
                if (n >= MIN_BODY_WORDS) {
                    return n;
                }
            }
        }
        return n;
    }

    /** One for a spaced word; scripts written without spaces count a word for every two characters. */
    private static int wordsIn(String run) {
        int unspaced = 0;
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.THAI) {
                unspaced++;
            }
            i += Character.charCount(cp);
        }
        return Math.max(1, unspaced / 2);
    }
}
