package org.dossier.quote.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Splits a body into sentences of tagged, lemmatised tokens with CoreNLP's tokenizer, sentence
 * splitter, left3words POS tagger and morphology. Loads the tagger once; thread-safe afterwards.
 * A blank line always ends a sentence, so no sentence runs across paragraphs.
 */
public final class TextAnalyzer {
    /** Longer sentences are not tagged (their tokens get {@code "X"}): tagging time stays bounded. */
    private static final int MAX_TAGGED_TOKENS = 250;

    private final StanfordCoreNLP pipeline;

    public TextAnalyzer() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.language", "en");
        // keep characters the tokenizer does not know (bidi marks, stray controls) without a warning per character
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("pos.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
        this.pipeline = new StanfordCoreNLP(p, false);
    }

    /** The body's sentences in order. */
    public List<Sentence> analyse(String body) {
        Annotation doc = new Annotation(body);
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<org.dossier.model.Span> paragraphs = Paragraphs.of(body);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = t.beginPosition();
                int end = t.endPosition();
                if (end <= start) {
                    continue;
                }
                String tag = t.tag() == null ? "X" : t.tag();
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                tokens.add(new Token(start, end, body.substring(start, end), tag, lemma));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            out.add(new Sentence(out.size(), Paragraphs.indexOf(paragraphs, tokens.getFirst().start()), tokens));
        }
        return out;
    }
}
