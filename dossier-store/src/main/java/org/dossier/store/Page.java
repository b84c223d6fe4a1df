package org.dossier.store;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total how many there are in all
 * @param items this page's items, in order
 * @param <T>   the item type
 */
public record Page<T>(long total, List<T> items) {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the page's " + items.size() + " items");
        }
    }
}
