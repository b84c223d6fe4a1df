package org.dossier.nlp;

import java.util.List;
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
 * dates. Models load in the constructor (a few seconds); {@link #analyse} is thread-safe.
 */
public final class NlpAnalyzer {
    static final String STAGE = "nlp";
    private final LanguageIdentifier languages;
    private final Segmenter segmenter;
    private final PosTagger pos;
    private final CrfTagger tagger;
    private final RoleFinder roles = new RoleFinder();
    private final DateTagger dates = new DateTagger();

    public NlpAnalyzer(LanguageIdentifier languages, PosTagger pos, CrfTagger tagger, NlpLimits limits) {
        this.languages = languages;
        this.pos = pos;
        this.tagger = tagger;
        this.segmenter = new Segmenter(limits.maxSentenceTokens(), limits.maxTokens());
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

    public TaggedArticle analyse(Article article) {
        return analyse(article, StageClock.OFF);
    }

    /** {@link #analyse(Article)}, its steps' time counted on {@code clock} (language, tokens, NER, dates). */
    public TaggedArticle analyse(Article article, StageClock clock) {
        Optional<String> language = clock.time(Stage.LANGUAGE, () -> languages.identify(article.body()));
        Article withLanguage = article.withMetadata(article.metadata().withLanguage(language));
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
            return new TaggedArticle(new AnalysedArticle(withLanguage, seg.tokens(), seg.sentences(), List.of(), List.of()));
        }
        String body = withLanguage.body();
        Segmentation tagged = seg;
        List<Mention> mentions = clock.time(Stage.NER,
                () -> roles.attach(body, tagged, MentionRules.apply(body, tagged, tagger.label(tagged))));
        Anchor anchor = Anchor.of(withLanguage.metadata().published());
        List<DateMention> found = clock.time(Stage.DATES, () -> dates.tag(body, tagged, anchor));
        return new TaggedArticle(new AnalysedArticle(withLanguage, seg.tokens(), seg.sentences(), mentions, found));
    }
}
