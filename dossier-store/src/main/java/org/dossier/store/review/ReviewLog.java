package org.dossier.store.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.store.Correction;
import org.dossier.store.Correction.Kind;
import org.dossier.store.Store;

/**
 * A store's review log and what of it is in effect: every correction not undone, the latest one
 * winning where two change the same thing (a quote's speaker, a claim's verdict, an article's place).
 *
 * @param entries the log, oldest first
 */
public record ReviewLog(List<Correction> entries) {

    public ReviewLog {
        entries = List.copyOf(entries);
    }

    /** The ids of the corrections an undo takes back. */
    public Set<String> undone() {
        Set<String> out = new HashSet<>();
        entries.stream().filter(c -> c.kind() == Kind.UNDO).forEach(c -> out.add(c.target()));
        return out;
    }

    /** The correction with id {@code id}, undo or not. */
    public Optional<Correction> find(String id) {
        return entries.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The corrections in effect, oldest first: not undone, and the latest of those changing the same thing. */
    public List<Correction> effective() {
        Set<String> undone = undone();
        Map<String, Correction> latest = new LinkedHashMap<>();
        for (Correction c : entries) {
            if (c.kind() != Kind.UNDO && !undone.contains(c.id())) {
                String key = subject(c);
                latest.remove(key);
                latest.put(key, c);
            }
        }
        return new ArrayList<>(latest.values());
    }

    /** The corrections in effect of one kind, oldest first. */
    public List<Correction> effective(Kind kind) {
        return effective().stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * The entry that already makes the change {@code asked} asks for, so that a repeated request
     * changes nothing: a correction in effect with the same change, or an undo of the same correction.
     */
    public Optional<Correction> already(Correction asked) {
        if (asked.kind() == Kind.UNDO) {
            return entries.stream().filter(c -> c.kind() == Kind.UNDO && c.target().equals(asked.target())).findFirst();
        }
        return effective().stream().filter(c -> subject(c).equals(subject(asked)) && c.sameChange(asked)).findFirst();
    }

    /**
     * Appends {@code asked} to the store's log unless the log already makes that change, so a repeated
     * request changes nothing; answers the entry in effect. Call it on a store open for writing, so
     * no other writer comes between the check and the append.
     */
    public static Recorded record(Store store, Correction asked) {
        Optional<Correction> already = new ReviewLog(store.corrections()).already(asked);
        if (already.isPresent()) {
            return new Recorded(already.get(), false);
        }
        store.review(asked);
        return new Recorded(asked, true);
    }

    /**
     * What {@link #record} did.
     *
     * @param correction the entry in effect
     * @param created    whether it was appended now (false: the log already held it)
     */
    public record Recorded(Correction correction, boolean created) {
    }

    /** What a correction changes: later corrections of the same subject replace it. */
    static String subject(Correction c) {
        return switch (c.kind()) {
            case SPEAKER, REMOVE_SPEAKER -> "quote:" + c.target();
            case VERDICT -> "claim:" + c.target();
            case HIDE, MOVE -> "article:" + c.target();
            case MERGE -> "merge:" + c.target();
            case SPLIT -> "split:" + c.target() + "\u0000" + c.value();
            case UNDO -> "undo:" + c.target();
        };
    }
}
