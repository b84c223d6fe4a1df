package org.dossier.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Ids;

/**
 * One entry of a store's review log: what a reviewer changed, on what, when and by whom. The stored
 * analysis is never rewritten; corrections are applied over it whenever it is read
 * ({@code org.dossier.store.review.Reviewed}), so a re-run that recomputes a story finds them
 * applied again. An {@link Kind#UNDO} names the correction it takes back.
 *
 * @param id     sixteen hex digits derived from every other field
 * @param kind   what was changed
 * @param target the id of what was changed: a quote, an entity, a claim, an article, or (for an undo)
 *               a correction
 * @param value  the new value: a speaker (entity id or name), the entity merged into, the name split
 *               off, a verdict, the story an article is hidden from or moved to; empty where none
 * @param note   the reviewer's words, may be empty
 * @param by     who made it, not blank
 * @param at     when it was made
 */
public record Correction(String id, Kind kind, String target, String value, String note, String by, Instant at) {
    /** The verdicts a claim can be given. */
    public static final Set<String> VERDICTS = Set.of("supported", "disputed", "unsupported");

    /** What a correction changes; {@link #label()} is its name in the API and the CLI. */
    public enum Kind {
        /** A quote's speaker is {@code value} (an entity id, or a name). */
        SPEAKER("speaker"),
        /** A quote has no known speaker. */
        REMOVE_SPEAKER("remove-speaker"),
        /** Entity {@code target} is the same as entity {@code value}, which keeps its id. */
        MERGE("merge"),
        /** The mentions of entity {@code target} named {@code value} are another entity. */
        SPLIT("split"),
        /** Claim {@code target} is {@code value}: supported, disputed or unsupported. */
        VERDICT("verdict"),
        /** Article {@code target} is not shown in story {@code value}. */
        HIDE("hide"),
        /** Article {@code target} belongs to story {@code value}. */
        MOVE("move"),
        /** Correction {@code target} is taken back. */
        UNDO("undo");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The kind named {@code label}, as the API writes it. */
        public static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no correction kind " + Codes.quote(label));
        }

        /** Whether this kind needs a value. */
        public boolean hasValue() {
            return this != REMOVE_SPEAKER && this != UNDO;
        }
    }

    public Correction {
        Objects.requireNonNull(kind, "kind");
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a correction needs a target, got " + Codes.quote(target));
        }
        value = value == null ? "" : value.strip();
        note = note == null ? "" : note.strip();
        if (kind.hasValue() && value.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.label() + " correction needs a value");
        }
        if (kind == Kind.VERDICT && !VERDICTS.contains(value)) {
            throw new IllegalArgumentException("a verdict is one of " + VERDICTS + ", got " + Codes.quote(value));
        }
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a correction needs a reviewer, got " + Codes.quote(by));
        }
        Objects.requireNonNull(at, "at");
        if (id == null || !id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("correction id must be 16 hex digits, got " + Codes.quote(id));
        }
    }

    /** A new correction, its id derived from its fields. */
    public static Correction of(Kind kind, String target, String value, String note, String by, Instant at) {
        String v = value == null ? "" : value.strip();
        String n = note == null ? "" : note.strip();
        return new Correction(Ids.of("correction", kind.label(), target, v, n, by, at.toString()), kind, target, v, n, by, at);
    }

    /** Whether {@code other} asks for the same change (who and when aside). */
    public boolean sameChange(Correction other) {
        return kind == other.kind && target.equals(other.target) && value.equals(other.value) && note.equals(other.note);
    }

    /** The correction as flat strings, as the backends keep it. */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("kind", kind.label());
        m.put("target", target);
        m.put("value", value);
        m.put("note", note);
        m.put("by", by);
        m.put("at", at.toString());
        return m;
    }

    /** The correction {@link #fields()} made. */
    public static Correction fromFields(Map<String, String> m) {
        try {
            return new Correction(m.get("id"), Kind.of(m.getOrDefault("kind", "")), m.get("target"), m.get("value"),
                    m.get("note"), m.get("by"), Instant.parse(m.getOrDefault("at", "")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a stored correction's time does not parse: " + m, e);
        }
    }

    /** Quoting for messages (the model's helper is package-private). */
    private static final class Codes {
        static String quote(String s) {
            return s == null ? "null" : "'" + s + "'";
        }
    }
}
