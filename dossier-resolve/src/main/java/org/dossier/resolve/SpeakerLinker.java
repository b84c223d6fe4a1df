package org.dossier.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.Speaker;

/**
 * Links the speakers of an article's quotes to the dossier's resolved entities, so that "J. Roe",
 * "Roe" and "Jane Roe" quoted in different articles are one speaker with one canonical name. The
 * entity is looked for where the speaker's name came from (for a pronoun, its referent), then where
 * the attribution names the speaker; of several entities there ("Harbour Authority spokeswoman Dmitry
 * Elvstrand"), the one the speaker's name names wins, else the last person, else the last of them.
 */
public final class SpeakerLinker {
    private final EntityIndex index;

    public SpeakerLinker(EntityIndex index) {
        this.index = index;
    }

    public List<Quote> link(String article, List<Quote> quotes) {
        return quotes.stream().map(q -> q.speaker().map(s -> q.withSpeaker(link(article, s))).orElse(q)).toList();
    }

    private Speaker link(String article, Speaker s) {
        Optional<Entity> e = s.referent().flatMap(r -> best(article, r, s.name()))
                .or(() -> best(article, s.mention(), s.name()));
        return e.map(entity -> s.withEntity(entity.id()).withName(entity.name())).orElse(s);
    }

    private Optional<Entity> best(String article, Span span, String name) {
        List<Entity> there = index.overlapping(article, span);
        String surname = lastWord(name);
        return there.stream().filter(e -> names(e, name) || lastWord(e.name()).equals(surname)).findFirst()
                .or(() -> there.stream().filter(e -> e.type() == EntityType.PERSON).reduce((a, b) -> b))
                .or(() -> there.stream().reduce((a, b) -> b));
    }

    private static boolean names(Entity e, String name) {
        return e.name().equalsIgnoreCase(name) || e.variants().stream().anyMatch(v -> v.equalsIgnoreCase(name));
    }

    private static String lastWord(String s) {
        String[] words = s.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }
}
