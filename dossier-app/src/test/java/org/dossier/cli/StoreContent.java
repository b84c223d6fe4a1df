package org.dossier.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dossier.model.Claim;
import org.dossier.model.Story;
import org.dossier.store.Page;
import org.dossier.store.Store;
import org.dossier.store.StoreStats;
import org.dossier.store.StoredArticle;
import org.dossier.store.Stores;
import org.dossier.store.StoryDossier;

/**
 * What a store holds, as text that two stores share exactly when they hold the same articles,
 * stories, entities, claims, timelines and reuse, whatever commits brought them there. The fault
 * tests compare a store left by a crash with one built cleanly.
 */
public final class StoreContent {
    private StoreContent() {
    }

    /** The content of the store at {@code location}, opened read-only. */
    public static String of(String location) {
        try (Store store = Stores.open(location, Store.Access.READ_ONLY)) {
            return of(store);
        }
    }

    public static String of(Store store) {
        StoreStats stats = store.stats();
        List<String> lines = new ArrayList<>();
        lines.add("articles " + stats.articles() + ", entities " + stats.entities() + ", quotes " + stats.quotes()
                + ", stories " + stats.stories() + ", claims " + stats.claims() + ", reuse " + stats.reuses());
        TreeSet<String> stories = new TreeSet<>();
        for (int offset = 0; ; offset += 100) {
            Page<Story> page = store.stories(offset, 100);
            for (Story s : page.items()) {
                stories.add(story(store.story(s.id()).orElseThrow()));
            }
            if (page.items().size() < 100) {
                break;
            }
        }
        lines.addAll(stories);
        return String.join("\n", lines);
    }

    private static String story(StoryDossier d) {
        StringBuilder s = new StringBuilder("story ").append(d.story().id()).append(' ').append(d.story().title());
        s.append("\n  articles ").append(new TreeSet<>(d.articles().stream().map(StoredArticle::id).toList()));
        s.append("\n  entities ").append(new TreeSet<>(d.entities().stream().map(e -> e.id() + " " + e.name()
                + " " + e.mentions().size()).toList()));
        s.append("\n  claims ").append(new TreeSet<>(d.claims().stream().map(Claim::text).toList()));
        s.append("\n  timeline ").append(d.timeline().size());
        s.append("\n  reuse ").append(new TreeSet<>(d.reuses().stream().map(r -> r.a() + ">" + r.b() + " " + r.kind()).toList()));
        return s.toString();
    }
}
