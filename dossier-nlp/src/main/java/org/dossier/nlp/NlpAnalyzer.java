package org.dossier.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.DateMention;
import org.dossier.model.Mention;
import org.dossier.model.Problem;
import org.dossier.model.StageClock;
import org.dossier.model.StageClock.Stage;
import org.dossier.model.TaggedArticle;
import org.dossier.nlp.lang.LanguageDecision;
import org.dossier.nlp.lang.LanguageIdentifier;
import org.dossier.nlp.lang.LinguaIdentifier;
import org.dossier.nlp.ner.CrfTagger;
import org.dossier.nlp.ner.MentionRules;
import org.dossier.nlp.roles.RoleFinder;
import org.dossier.nlp.time.Anchor;
import org.dossier.nlp.time.DateTagger;
import org.dossier.nlp.token.PosTagger;
import org.dossier.nlp.token.Segmentation;
import org.dossier.nlp.token.Segmenter;

/**
 * The English analysis stage: language → tokens and sentences → part-of-speech tags and lemmas →
 * CRF entity mentions and their repairs → roles → dates. Requires an article; produces its
 * {@link TaggedArticle}, the language set in the metadata, which is what stages that read tags
 * (quotes) require. Articles in another language get untagged tokens and sentences but no mentions
 * or dates: the English models would only produce noise there. An article whose language cannot be
 * told is tagged (short texts, mostly English; the quote stage reads them) but gets no mentions or
 * dates. A language decided on little running text, or English taken over a language the detector
 * slightly preferred, is a problem on the article that says so. Models load in the constructor (a
 * few seconds); {@link #analyse} is thread-safe.
 */
public final class NlpAnalyzer {
    static final String STAGE = "nlp";
    private final LanguageIdentifier languages;
    private final Segmenter segmenter;
    private final PosTagger pos;
    private final CrfTagger tagger;
    private final MentionRules rules;
    private final RoleFinder roles = new RoleFinder();
    private final DateTagger dates = new DateTagger();

    public NlpAnalyzer(LanguageIdentifier languages, PosTagger pos, CrfTagger tagger, NlpLimits limits) {
        this(languages, pos, tagger, new Segmenter(limits.maxSentenceTokens(), limits.maxTokens()), MentionRules.DEFAULT);
    }

    private NlpAnalyzer(LanguageIdentifier languages, PosTagger pos, CrfTagger tagger, Segmenter segmenter, MentionRules rules) {
        this.languages = languages;
        this.pos = pos;
        this.tagger = tagger;
        this.segmenter = segmenter;
        this.rules = rules;
    }

    /**
     * Loads the default models, Lingua for the language, CoreNLP's left3words tagger for parts of
     * speech and its CoNLL 4-class CRF for names, side by side (each takes a second or a few, mostly
     * decompressing and parsing on one core).
     */
    public static NlpAnalyzer load() {
        CompletableFuture<LinguaIdentifier> lingua = CompletableFuture.supplyAsync(LinguaIdentifier::new);
        CompletableFuture<PosTagger> pos = CompletableFuture.supplyAsync(PosTagger::new);
        CrfTagger crf = new CrfTagger();
        try {
            return new NlpAnalyzer(lingua.join(), pos.join(), crf, NlpLimits.DEFAULT);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** This analyzer with other mention rules, sharing its models (for measuring what each rule brings). */
    public NlpAnalyzer withRules(MentionRules other) {
        return new NlpAnalyzer(languages, pos, tagger, segmenter, other);
    }

    public TaggedArticle analyse(Article article) {
        return analyse(article, StageClock.OFF);
    }

    /** {@link #analyse(Article)}, its steps' time counted on {@code clock} (language, tokens, NER, dates). */
    public TaggedArticle analyse(Article article, StageClock clock) {
        return finish(prepare(article, clock), clock);
    }

    /**
     * The stage up to the CRF: the article with its language and problems, its tagged tokens and
     * sentences, and the CRF's label for each token when the article is English (else none).
     *
     * @param article  the article, its language set and its problems added
     * @param seg      its tokens (tagged when English or of no known language) and sentences
     * @param labels   one CRF label per token when English, else empty
     */
    public record Prepared(Article article, Segmentation seg, List<String> labels) {
        public Prepared {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(seg, "seg");
            labels = List.copyOf(labels);
            if (!labels.isEmpty() && labels.size() != seg.tokens().size()) {
                throw new IllegalArgumentException("need one label per token of " + article.id() + ", got " + labels.size()
                        + " labels for " + seg.tokens().size() + " tokens");
            }
        }

        public boolean english() {
            return article.metadata().language().equals(Optional.of("en"));
        }
    }

    /** Language, tokens, tags and CRF labels of {@code article}: the costly part, run once. */
    public Prepared prepare(Article article) {
        return prepare(article, StageClock.OFF);
    }

    /** {@link #prepare(Article)}, timed on {@code clock}; the CRF's labelling counts as NER. */
    public Prepared prepare(Article article, StageClock clock) {
        LanguageDecision decision = clock.time(Stage.LANGUAGE, () -> languages.decide(article.body()));
        Optional<String> language = decision.language();
        Article withLanguage = article.withMetadata(article.metadata().withLanguage(language));
        for (Problem p : problems(decision)) {
            withLanguage = withLanguage.withProblem(p);
        }
        StageClock.Lap tokens = clock.start(Stage.TOKENS);
        Segmentation seg = segmenter.segment(withLanguage);
        if (seg.truncated()) {
            withLanguage = withLanguage.withProblem(new Problem(STAGE, "text-truncated", "the body has more than "
                    + seg.tokens().size() + " tokens; entities and dates were looked for in the first "
                    + seg.tokens().size() + " only"));
        }
        boolean english = language.equals(Optional.of("en"));
        if (english || language.isEmpty()) {
            seg = pos.tag(seg);
        }
        tokens.close();
        if (!english) {
            if (language.isEmpty()) {
                withLanguage = withLanguage.withProblem(new Problem(STAGE, "language-unknown",
                        "the body's language could not be told; no entities or dates were looked for"));
            }
            return new Prepared(withLanguage, seg, List.of());
        }
        Segmentation tagged = seg;
        return new Prepared(withLanguage, seg, List.of(clock.time(Stage.NER, () -> tagger.label(tagged))));
    }

    /** Mentions (under this analyzer's rules), roles and dates of a prepared article. */
    public TaggedArticle finish(Prepared prepared) {
        return finish(prepared, StageClock.OFF);
    }

    /** {@link #finish(Prepared)}, timed on {@code clock}: mentions and roles as NER, then dates. */
    public TaggedArticle finish(Prepared prepared, StageClock clock) {
        Article article = prepared.article();
        Segmentation seg = prepared.seg();
        if (!prepared.english()) {
            return new TaggedArticle(new AnalysedArticle(article, seg.tokens(), seg.sentences(), List.of(), List.of()));
        }
        String body = article.body();
        List<Mention> mentions = clock.time(Stage.NER, () -> roles.attach(body, seg,
                rules.mentions(body, seg, prepared.labels().toArray(String[]::new))));
        Anchor anchor = Anchor.of(article.metadata().published());
        List<DateMention> found = clock.time(Stage.DATES, () -> dates.tag(body, seg, anchor));
        return new TaggedArticle(new AnalysedArticle(article, seg.tokens(), seg.sentences(), mentions, found));
    }

    /** What an article is told about a language decided on little text or by a close call. */
    private static List<Problem> problems(LanguageDecision decision) {
        String language = decision.language().orElse("unknown");
        if (decision.overruled().isPresent()) {
            return List.of(new Problem(STAGE, "language-close-call", String.format(Locale.ROOT,
                    "the body's running text reads as %s, English nearly as likely; it was analysed as English",
                    decision.overruled().get())));
        }
        if (decision.basis() == LanguageDecision.Basis.SHORT_PROSE) {
            return List.of(new Problem(STAGE, "language-little-prose", String.format(Locale.ROOT,
                    "the body's language was told from only %d words of running text (the rest names, numbers and"
                            + " short lines): %s", decision.proseWords(), language)));
        }
        if (decision.basis() == LanguageDecision.Basis.OPENING) {
            return List.of(new Problem(STAGE, "language-little-prose", String.format(Locale.ROOT,
                    "the body has %d words of running text, too few to tell its language; it was told from its"
                            + " opening, names and all: %s", decision.proseWords(), language)));
        }
        return List.of();
    }
}
