package org.dossier.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Duplicate;
import org.dossier.model.Rejection;
import org.dossier.store.json.RecordJson;

/**
 * The per-article phase's items put back in input order on the driver, with repeated inputs settled
 * as {@code dossier analyze} settles them: the first page of an article id (the same bytes from the
 * same URL) counts; a later one is a {@link Duplicate} of it when it gave an article, and a rejection
 * with its code and message when it gave none. Items hold no text here ({@link Item#head()}).
 *
 * @param articles   the articles that count, in input order
 * @param rejections the rejections, repeats of rejected pages included, in input order
 * @param duplicates the repeats of articles, in input order
 * @param repeated   the {@link Item#order() orders} of articles analysed again where their first
 *                   page was in another slice: not part of the dossier
 */
record InputOrder(List<Item> articles, List<Rejection> rejections, List<Duplicate> duplicates, Set<Long> repeated) {

    InputOrder {
        articles = List.copyOf(articles);
        rejections = List.copyOf(rejections);
        duplicates = List.copyOf(duplicates);
        repeated = Set.copyOf(repeated);
    }

    /** Settles {@code heads}, given in any order. */
    static InputOrder of(List<Item> heads) {
        List<Item> ordered = new ArrayList<>(heads);
        ordered.sort(Comparator.comparingLong(Item::order));
        List<Item> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Set<Long> repeated = new HashSet<>();
        Map<String, Item> first = new HashMap<>();
        for (Item item : ordered) {
            Item earlier = item.page() == null ? null : first.putIfAbsent(item.page(), item);
            if (earlier != null) {
                if (item.kind() == Item.Kind.ARTICLE) {
                    repeated.add(item.order());
                }
                if (earlier.kind() == Item.Kind.ARTICLE) {
                    duplicates.add(new Duplicate(item.source(), item.page(), earlier.source()));
                } else {
                    // the same bytes gave no article before: they give none now, for the same reason
                    Rejection why = RecordJson.read(earlier.rejection(), Rejection.class);
                    rejections.add(new Rejection(item.source(), why.code(), why.message()));
                }
                continue;
            }
            switch (item.kind()) {
                case ARTICLE -> articles.add(item);
                case REJECTED -> rejections.add(RecordJson.read(item.rejection(), Rejection.class));
                case REPEAT -> throw new IllegalStateException("a repeat of " + item.page() + " with no earlier page: " + item.source());
            }
        }
        return new InputOrder(articles, rejections, duplicates, repeated);
    }
}
