package org.dossier.store.review;

import java.time.Instant;
import java.util.Optional;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.store.Correction;
import org.dossier.store.Correction.Kind;
import org.dossier.store.StoredArticle;

/**
 * Turns a reviewer's request into a correction after checking it against what the store shows
 * (the API and the command line ask the same questions): each refusal says whether something named
 * is unknown ({@link Refused#unknown}) or a field is wrong, and which.
 *
 * @param reviewed the store as it reads now
 * @param by       the reviewer
 * @param note     the reviewer's note, may be empty
 * @param at       when
 */
public record ReviewRequests(Reviewed reviewed, String by, String note, Instant at) {

    /**
     * A request that cannot become a correction.
     *
     * @param unknown true when {@code field} names something the store does not hold (an HTTP 404),
     *                false when its value is wrong (a 400)
     * @param field   the field or path parameter at fault
     */
    public static final class Refused extends RuntimeException {
        private final boolean unknown;
        private final String field;

        Refused(boolean unknown, String field, String message) {
            super(message);
            this.unknown = unknown;
            this.field = field;
        }

        public boolean unknown() {
            return unknown;
        }

        public String field() {
            return field;
        }
    }

    private static Refused unknown(String field, String what, String id) {
        return new Refused(true, field, "no " + what + " with id " + id);
    }

    private static Refused bad(String field, String value, String why) {
        return new Refused(false, field, "field '" + field + "' ('" + value + "') " + why);
    }

    private Correction of(Kind kind, String target, String value) {
        return Correction.of(kind, target, value, note, by, at);
    }

    /**
     * The correction, when the log already makes this very change: a repeat is answered before the
     * checks, which look at the store as corrected (a hidden article is no longer shown, say).
     */
    private Optional<Correction> repeat(Kind kind, String target, String value) {
        Correction asked = of(kind, target, value);
        return reviewed.log().already(asked).map(c -> asked);
    }

    /** Sets a quote's speaker to an entity id or a name; empty {@code speaker}: no known speaker. */
    public Correction speaker(String article, String quote, Optional<String> speaker) {
        Optional<Correction> again = repeat(speaker.isPresent() ? Kind.SPEAKER : Kind.REMOVE_SPEAKER, quote,
                speaker.map(String::strip).orElse(""));
        if (again.isPresent()) {
            return again.get();
        }
        StoredArticle a = reviewed.article(article).orElseThrow(() -> unknown("article", "article", article));
        if (a.analysed().quotes().stream().map(q -> q.id(article)).noneMatch(quote::equals)) {
            throw unknown("quote", "quote in article " + article, quote);
        }
        if (speaker.isEmpty()) {
            return of(Kind.REMOVE_SPEAKER, quote, "");
        }
        String s = speaker.get().strip();
        if (s.isEmpty()) {
            throw bad("speaker", s, "must not be blank");
        }
        if (s.matches("[0-9a-f]{16}") && reviewed.entity(s).isEmpty()) {
            throw unknown("speaker", "entity", s);
        }
        return of(Kind.SPEAKER, quote, s);
    }

    /** Merges entity {@code id} into entity {@code into}. */
    public Correction merge(String id, String into) {
        Optional<Correction> again = repeat(Kind.MERGE, id, reviewed.entityId(into));
        if (again.isPresent()) {
            return again.get();
        }
        Entity e = reviewed.entity(id).orElseThrow(() -> unknown("id", "entity", id));
        Entity kept = reviewed.entity(into).orElseThrow(() -> unknown("into", "entity", into));
        if (e.id().equals(kept.id())) {
            throw bad("into", into, "is the entity itself (or already merged with it)");
        }
        return of(Kind.MERGE, id, kept.id());
    }

    /** Splits the mentions named {@code name} off entity {@code id}. */
    public Correction split(String id, String name) {
        Optional<Correction> again = repeat(Kind.SPLIT, id, name.strip());
        if (again.isPresent()) {
            return again.get();
        }
        Entity e = reviewed.entity(id).orElseThrow(() -> unknown("id", "entity", id));
        long named = e.mentions().stream().map(EntityMention::text).filter(name.strip()::equalsIgnoreCase).count();
        if (named == 0) {
            throw bad("name", name, "is not a name the entity is mentioned by");
        }
        if (named == e.mentions().size()) {
            throw bad("name", name, "is every mention of the entity; nothing would be left to split it from");
        }
        return of(Kind.SPLIT, e.id(), name.strip());
    }

    /** Gives claim {@code claim} of story {@code story} a verdict. */
    public Correction verdict(String story, String claim, String verdict) {
        if (!Correction.VERDICTS.contains(verdict)) {
            throw bad("verdict", verdict, "must be supported, disputed or unsupported");
        }
        Optional<Correction> again = repeat(Kind.VERDICT, claim, verdict);
        if (again.isPresent()) {
            return again.get();
        }
        ReviewedStory s = story(story);
        if (s.dossier().claims().stream().map(Reviewed::claimId).noneMatch(claim::equals)) {
            throw unknown("claim", "claim in story " + story, claim);
        }
        return of(Kind.VERDICT, claim, verdict);
    }

    /** Hides article {@code article} from story {@code story}. */
    public Correction hide(String story, String article) {
        return repeat(Kind.HIDE, article, story).orElseGet(() -> of(Kind.HIDE, member(story(story), article), story));
    }

    /** Moves article {@code article} from story {@code story} to story {@code to}. */
    public Correction move(String story, String article, String to) {
        Optional<Correction> again = repeat(Kind.MOVE, article, to);
        if (again.isPresent()) {
            return again.get();
        }
        String a = member(story(story), article);
        if (to.equals(story)) {
            throw bad("to", to, "is the story the article is in");
        }
        if (reviewed.story(to).isEmpty()) {
            throw unknown("to", "story", to);
        }
        return of(Kind.MOVE, a, to);
    }

    /** Takes correction {@code id} back. */
    public Correction undo(String id) {
        Optional<Correction> again = repeat(Kind.UNDO, id, "");
        if (again.isPresent()) {
            return again.get();
        }
        Correction c = reviewed.log().find(id).orElseThrow(() -> unknown("id", "correction", id));
        if (c.kind() == Kind.UNDO) {
            throw bad("id", id, "is an undo; make the correction it took back again instead");
        }
        return of(Kind.UNDO, id, "");
    }

    private ReviewedStory story(String id) {
        return reviewed.story(id).orElseThrow(() -> unknown("story", "story", id));
    }

    private static String member(ReviewedStory s, String article) {
        if (s.dossier().articles().stream().noneMatch(a -> a.id().equals(article))) {
            throw unknown("article", "article shown in story " + s.dossier().story().id(), article);
        }
        return article;
    }

    /** The quote of {@code article} with id {@code quote}, as the store shows it. */
    public Optional<Quote> quote(String article, String quote) {
        return reviewed.article(article).flatMap(a -> a.analysed().quotes().stream()
                .filter(q -> q.id(article).equals(quote)).findFirst());
    }
}
