package org.dossier.quote.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.TaggedText;
import org.dossier.quote.MentionHint;
import org.dossier.quote.marks.MarkedQuote;
import org.dossier.quote.marks.QuoteMarks;

/**
 * Attributes an article's statements: marked quotes by the words around their marks, reported
 * speech by the cues of each sentence, quotes with no cue of their own by the partial-quote or
 * neighbouring attribution that covers them; then resolves every source to a speaker in reading order.
 * Stateless; each call works on one article.
 */
public final class Attributor {
    /** An unattributed quote shorter than this many words is a title or a scare quote, not speech. */
    private static final int MIN_UNATTRIBUTED_WORDS = 4;
    /** A quote this short next to another is a phrase the writer quotes, not more of the same speech. */
    private static final int SHORT_QUOTE = 30;

    private Attributor() {
    }

    /**
     * A statement with the features the gate read of it, for training the gate: the features are empty
     * for statements the gate does not decide (marked quotes and the attributions that name their source).
     */
    public record Gated(Quote quote, List<String> features) {
        public Gated {
            features = List.copyOf(features);
        }
    }

    /** The quotes of {@code text} by the rules alone, in order of their content. */
    public static List<Quote> attribute(TaggedText text, List<MentionHint> hints) {
        return attribute(text, hints, null);
    }

    /**
     * The quotes of {@code text}, in order of their content; with a {@code gate}, the gate decides
     * which reported-speech candidates that attribute no marked quote are kept (nested ones included),
     * else the rules drop those nested in another's content and keep the rest.
     */
    public static List<Quote> attribute(TaggedText text, List<MentionHint> hints, Gate gate) {
        return run(text, hints, gate, false).stream().map(Gated::quote).toList();
    }

    /** Every reported-speech candidate the gate could keep, with its features, beside the rest of the statements. */
    public static List<Gated> candidates(TaggedText text) {
        return run(text, List.of(), null, true);
    }

    private static List<Gated> run(TaggedText text, List<MentionHint> hints, Gate gate, boolean all) {
        String body = text.text();
        List<SentenceTokens> sentences = SentenceTokens.of(text);
        TextIndex index = new TextIndex(sentences, QuoteMarks.find(body, text.paragraphs()));
        List<Candidate> direct = new ArrayList<>(DirectQuotes.find(index, body));
        List<Candidate> found = new ArrayList<>();
        for (SentenceTokens s : sentences) {
            for (Candidate r : ReportedSpeech.find(s, index, gate != null || all)) {
                Candidate c = Propositions.withoutPassiveSource(
                        Propositions.withoutDateline(closeQuoteInside(r, index, body), index, body), index);
                if (Propositions.isStatement(c, index, body)) {
                    found.add(c);
                }
            }
        }
        java.util.Map<Candidate, List<String>> features = new java.util.IdentityHashMap<>();
        List<Candidate> reported = new ArrayList<>();
        java.util.Set<Candidate> outer = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        outer.addAll(withoutNested(found));
        for (Candidate r : found) {
            if (gate == null && !all || coveringQuote(direct, r.content()) >= 0) {
                if (outer.contains(r)) {
                    reported.add(r);
                }
                continue;
            }
            List<String> f = CandidateFeatures.of(r, index, found);
            if (all || gate.keeps(f)) {
                reported.add(r);
                features.put(r, f);
            }
        }
        return select(body, direct, reported, index, hints, features);
    }

    private static List<Gated> select(String body, List<Candidate> direct, List<Candidate> reported, TextIndex all,
                                      List<MentionHint> hints, java.util.Map<Candidate, List<String>> features) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate r : reported) {
            int d = coveringQuote(direct, r.content());
            if (d < 0) {
                kept.add(r);
            } else if (direct.get(d).source().isEmpty() && words(body, direct.get(d).content()) >= MIN_UNATTRIBUTED_WORDS) {
                Candidate q = direct.get(d);
                direct.set(d, r.attributing(q));
            }
        }
        for (int i = 0; i < direct.size(); i++) {
            Candidate q = direct.get(i);
            if (q.source().isEmpty()) {
                direct.set(i, fromContext(q, i, direct, kept, all));
            }
        }
        direct = joinInterrupted(direct, all);
        List<Candidate> reportedKept = List.copyOf(kept);
        for (Candidate q : direct) {
            MarkedQuote m = all.quoteAt(q.content().start());
            boolean single = m != null && m.single();
            boolean partial = reportedKept.stream().anyMatch(r -> r.content().contains(q.content()));
            boolean alone = !single && words(body, q.content()) >= MIN_UNATTRIBUTED_WORDS && opensSentence(all, m);
            if (!partial && (q.source().isPresent() || alone)) {
                kept.add(q);
            }
        }
        kept.sort(Comparator.comparingInt((Candidate c) -> c.source().map(Span::start).orElse(c.content().start())));
        SpeakerResolver resolver = new SpeakerResolver(body, all, hints);
        List<Gated> out = new ArrayList<>();
        for (Candidate c : kept) {
            if (c.cue().isPresent() && c.parts().stream().anyMatch(p -> p.overlaps(c.cue().get()))) {
                continue; // a cue inside what it attributes: the rules misread the sentence
            }
            out.add(new Gated(new Quote(c.kind(), c.content(), c.parts(), c.cue(), resolver.resolve(c)),
                    features.getOrDefault(c, List.of())));
        }
        out = Propositions.distinct(out, g -> g.quote().content(), g -> g.quote().speaker().map(Speaker::name), body);
        out = new ArrayList<>(out);
        out.sort(Comparator.comparing((Gated g) -> g.quote().content()));
        return out;
    }

    /**
     * Joins a quote to the one before it when one attribution sits between them and serves both:
     * {@code "We won," she said. "Again."} and {@code "We won," she said, "again."}.
     */
    private static List<Candidate> joinInterrupted(List<Candidate> direct, TextIndex all) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate q : direct) {
            Candidate prev = out.isEmpty() ? null : out.getLast();
            if (prev != null && prev.cue().isPresent() && prev.source().equals(q.source())
                    && (q.cue().isEmpty() || q.cue().equals(prev.cue()))
                    && prev.cue().get().start() >= prev.content().end() && prev.cue().get().end() <= q.content().start()
                    && samePragraph(all, prev.content().end(), q.content().start())) {
                out.set(out.size() - 1, prev.joinedWith(q));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** `"Q1," Smith said. "Q2."`: a quote opening the sentence right after the previous quote's attribution. */
    private static boolean continues(Candidate prev, Candidate q, TextIndex all) {
        if (prev.source().isEmpty() || prev.cue().isEmpty() || prev.cue().get().start() < prev.content().end()) {
            return false;
        }
        SentenceTokens cue = all.at(prev.cue().get().start());
        SentenceTokens next = all.at(q.content().start());
        return cue != null && next != null && cue.paragraph() == next.paragraph() && next.index() - cue.index() <= 1
                && prev.cue().get().end() <= q.content().start();
    }

    private static boolean samePragraph(TextIndex all, int a, int b) {
        SentenceTokens x = all.at(a);
        SentenceTokens y = all.at(b);
        return x != null && y != null && x.paragraph() == y.paragraph();
    }

    /**
     * Drops an attribution that lies, source and all, inside another one's content: "X said Y will
     * address the plan" is reported as X's statement. Nested attributions are real, but news
     * annotations (and readers) mostly take the outer one; keeping them costs more precision than
     * it gains recall on PolNeAR's train split.
     */
    private static List<Candidate> withoutNested(List<Candidate> reported) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate r : reported) {
            boolean nested = r.source().isPresent() && reported.stream().anyMatch(o -> o != r
                    && o.content().contains(r.content()) && o.content().contains(r.source().get()));
            if (!nested) {
                out.add(r);
            }
        }
        return out;
    }

    /** A content whose end falls inside a partial quote it opened ends with that quote, closing mark included. */
    private static Candidate closeQuoteInside(Candidate r, TextIndex all, String body) {
        MarkedQuote q = all.quoteAt(Math.max(r.content().start(), r.content().end() - 1));
        if (q == null || q.open() < r.content().start() || q.content().end() <= r.content().end()) {
            return r;
        }
        int end = q.closed() ? Math.min(body.length(), q.outer(body).end()) : q.content().end();
        Span content = new Span(r.content().start(), end);
        if (r.cue().isPresent() && r.cue().get().overlaps(content) || r.source().isPresent() && r.source().get().overlaps(content)) {
            return r;
        }
        return r.withContent(content);
    }

    /** The direct quote that covers at least half of {@code content}, or -1. */
    private static int coveringQuote(List<Candidate> direct, Span content) {
        for (int i = 0; i < direct.size(); i++) {
            Span q = direct.get(i).content();
            int overlap = Math.min(q.end(), content.end()) - Math.max(q.start(), content.start());
            if (overlap * 2 >= content.length()) {
                return i;
            }
        }
        return -1;
    }

    /** A quote with no cue takes the source of the attribution it sits in, or of the quote just before it. */
    private static Candidate fromContext(Candidate q, int i, List<Candidate> direct, List<Candidate> reported, TextIndex all) {
        for (Candidate r : reported) {
            if (r.content().contains(q.content())) {
                return r.attributing(q);
            }
        }
        Candidate prev = null;
        if (i > 0 && direct.get(i - 1).source().isPresent()) {
            prev = direct.get(i - 1);
        }
        for (Candidate r : reported) {
            boolean before = r.content().end() <= q.content().start() && r.source().isPresent();
            if (before && (prev == null || r.content().start() > prev.content().start())) {
                prev = r;
            }
        }
        if (i > 0 && continues(direct.get(i - 1), q, all)) {
            Candidate p = direct.get(i - 1);
            return p.continuedBy(q);
        }
        if (prev != null) {
            SentenceTokens a = all.get(prev.sentence());
            SentenceTokens b = all.at(q.content().start());
            if (a != null && b != null && b.paragraph() - a.paragraph() <= 1
                    && q.content().length() > SHORT_QUOTE && b.index() - a.index() <= 3) {
                return prev.continuedBy(q);
            }
        }
        return q;
    }

    /** Whether a quote opens its sentence or follows a colon: a statement, not a phrase quoted mid-sentence. */
    private static boolean opensSentence(TextIndex all, MarkedQuote m) {
        if (m == null) {
            return false;
        }
        SentenceTokens s = all.at(m.open());
        if (s == null) {
            return true;
        }
        int i = s.tokenAtOrAfter(m.open());
        return i == 0 || s.get(i - 1).is(":") || i == 1 && s.get(0).tag().equals("``");
    }

    private static int words(String body, Span span) {
        return span.of(body).trim().split("\\s+").length;
    }
}
