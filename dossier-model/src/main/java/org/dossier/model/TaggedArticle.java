package org.dossier.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An analysed article after the NLP stage's tagging step. The step tags the articles its English
 * model can read (English, or of a language that could not be told); an article in another language
 * keeps {@linkplain Token#untagged untagged} tokens. A stage that reads tags takes this type, not an
 * {@link AnalysedArticle}: a pipeline whose NLP stage does not tag does not compile.
 *
 * @param analysed the analysis; its tokens are either all tagged or all untagged
 */
public record TaggedArticle(AnalysedArticle analysed) {

    public TaggedArticle {
        Objects.requireNonNull(analysed, "analysed");
        var tokens = analysed.tokens();
        boolean tagged = !tokens.isEmpty() && tokens.getFirst().isTagged();
        for (Token t : tokens) {
            if (t.isTagged() != tagged) {
                throw new IllegalArgumentException("article " + analysed.article().id() + " mixes tagged and untagged"
                        + " tokens: " + Codes.quote(t.word()) + " at " + t.span() + " is " + (tagged ? "untagged" : "tagged"));
            }
        }
    }

    public boolean tagged() {
        return !analysed.tokens().isEmpty() && analysed.tokens().getFirst().isTagged();
    }

    /** The body with its tagged tokens and sentences, when the tagger read the article. */
    public Optional<TaggedText> text() {
        if (!tagged()) {
            return Optional.empty();
        }
        Article a = analysed.article();
        return Optional.of(new TaggedText(a.body(), a.paragraphSpans(), analysed.tokens(), analysed.sentences()));
    }
}
