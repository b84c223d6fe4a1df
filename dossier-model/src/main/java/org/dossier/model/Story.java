package org.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Articles that tell one story, in the order they arrived.
 *
 * @param id        stable id, derived from the first article's id
 * @param title     a headline for the story, not blank
 * @param articles  member article ids, at least one, without duplicates
 * @param firstSeen the earliest publication time among members, when any has one
 * @param lastSeen  the latest publication time among members, when any has one
 */
public record Story(String id, String title, List<String> articles, Optional<Timestamp> firstSeen,
                    Optional<Timestamp> lastSeen) {

    public Story {
        if (id == null || !id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("story id must be 16 hex digits, got " + Codes.quote(id));
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("story title must not be blank, got " + Codes.quote(title));
        }
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story needs at least one article: " + id);
        }
        if (articles.stream().distinct().count() != articles.size()) {
            throw new IllegalArgumentException("story " + id + " lists an article twice: " + articles);
        }
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
