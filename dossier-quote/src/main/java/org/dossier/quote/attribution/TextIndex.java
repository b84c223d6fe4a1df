package org.dossier.quote.attribution;

import java.util.List;
import org.dossier.quote.marks.MarkedQuote;

/** A text's sentences and marked quotes, with lookups by offset. */
final class TextIndex {
    private final List<SentenceTokens> sentences;
    private final List<MarkedQuote> quotes;

    TextIndex(List<SentenceTokens> sentences, List<MarkedQuote> quotes) {
        this.sentences = List.copyOf(sentences);
        this.quotes = List.copyOf(quotes);
    }

    List<SentenceTokens> all() {
        return sentences;
    }

    List<MarkedQuote> quotes() {
        return quotes;
    }

    /** Whether {@code offset} lies inside a double-marked quote. */
    boolean insideQuote(int offset) {
        MarkedQuote q = quoteAt(offset);
        return q != null && !q.single();
    }

    MarkedQuote quoteAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            MarkedQuote q = quotes.get(mid);
            if (offset < q.content().start()) {
                hi = mid - 1;
            } else if (offset >= q.content().end()) {
                lo = mid + 1;
            } else {
                return q;
            }
        }
        return null;
    }

    /** The sentence holding {@code offset}, or the last one starting before it; null before the first. */
    SentenceTokens at(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        SentenceTokens found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = sentences.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The end of the last sentence in {@code s}'s paragraph. */
    int paragraphEnd(SentenceTokens s) {
        int i = s.index();
        while (i + 1 < sentences.size() && sentences.get(i + 1).paragraph() == s.paragraph()) {
            i++;
        }
        return sentences.get(i).end();
    }

    SentenceTokens get(int index) {
        return index >= 0 && index < sentences.size() ? sentences.get(index) : null;
    }
}
