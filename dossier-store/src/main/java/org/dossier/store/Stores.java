package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The front door: opens a store by location, choosing the backend by the location's scheme. */
public final class Stores {
    /** The scheme of a location that has none: a directory path is a Lucene store. */
    public static final String DEFAULT_SCHEME = "lucene";
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://");

    private Stores() {
    }

    /**
     * Opens the store at {@code location}: {@code opensearch://host:port/index}, {@code lucene://path},
     * or a plain directory path (Lucene).
     *
     * @throws StoreException when no backend serves the scheme or the store cannot be opened
     */
    public static Store open(String location, Store.Access access) {
        String scheme = scheme(location);
        List<String> known = new ArrayList<>();
        for (StoreProvider p : ServiceLoader.load(StoreProvider.class)) {
            if (p.scheme().equals(scheme)) {
                return p.open(location, access);
            }
            known.add(p.scheme());
        }
        throw new StoreException("no store backend for '" + scheme + "' in " + location
                + (known.isEmpty() ? " (no backend is on the class path)" : " (known: " + String.join(", ", known) + ")"));
    }

    /** The scheme of a location, lower case; {@link #DEFAULT_SCHEME} for a plain path. */
    public static String scheme(String location) {
        if (location == null || location.isBlank()) {
            throw new StoreException("a store location must not be blank");
        }
        Matcher m = SCHEME.matcher(location);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : DEFAULT_SCHEME;
    }

    /** The location without its {@code scheme://} prefix, e.g. the path of {@code lucene:///data/store}. */
    public static String withoutScheme(String location) {
        Matcher m = SCHEME.matcher(location);
        return m.find() ? location.substring(m.end()) : location;
    }
}
