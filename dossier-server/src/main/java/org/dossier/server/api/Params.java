package org.dossier.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.server.ApiException;
import org.dossier.server.Route;
import org.dossier.store.SearchQuery;

/** Reads query parameters, turning a bad value into a 400 {@code bad-parameter} that names it. */
public final class Params {
    /** The longest query text accepted: a search box, not a document. */
    public static final int MAX_TEXT = 1000;

    private Params() {
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw bad(name, v, "must be " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name, v, "must be a whole number");
        }
    }

    public static Optional<String> text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest("bad-parameter", name + " is " + v.length() + " characters; at most "
                    + MAX_TEXT + " are accepted");
        }
        return Optional.of(v.strip());
    }

    /** A comma-separated list; every value stripped, blanks dropped. */
    public static Set<String> list(Context ctx, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : ctx.queryParams(name)) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    public static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw bad(name, v, "must be a day as yyyy-mm-dd");
            }
        });
    }

    /** One of an enum's constants, named in any case with hyphens or underscores. */
    public static <E extends Enum<E>> Optional<E> choice(Context ctx, String name, Class<E> type) {
        return text(ctx, name).map(v -> {
            String key = v.toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(key)) {
                    return e;
                }
            }
            throw bad(name, v, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        });
    }

    /**
     * A page of a list: {@code offset} (default 0) and {@code limit} (default {@code defaultLimit},
     * 1..1000), with {@code offset + limit} at most {@link SearchQuery#MAX_WINDOW} in every list.
     */
    public static Paging page(Context ctx, int defaultLimit) {
        int limit = integer(ctx, "limit", defaultLimit, 1, SearchQuery.MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        if (offset > SearchQuery.MAX_WINDOW - limit) {
            throw bad("offset", ctx.queryParam("offset"), "is past the deepest page: offset + limit is at most "
                    + SearchQuery.MAX_WINDOW + ", so with limit " + limit + " offset must be 0.."
                    + (SearchQuery.MAX_WINDOW - limit));
        }
        return new Paging(offset, limit);
    }

    /** The {@code offset} and {@code limit} parameters of a list of {@code items}, as routes describe them. */
    public static List<Route.Param> pagingParams(String items, int defaultLimit) {
        return List.of(
                Route.Param.query("offset", "integer", false, items + " to skip (default 0;"
                        + " offset + limit at most " + SearchQuery.MAX_WINDOW + ")"),
                Route.Param.query("limit", "integer", false, items + " to return, 1.."
                        + SearchQuery.MAX_LIMIT + " (default " + defaultLimit + ")"));
    }

    /**
     * Where a page starts and how long it is, within the store API's bounds.
     *
     * @param offset items to skip
     * @param limit  items to return
     */
    public record Paging(int offset, int limit) {
        public Paging {
            SearchQuery.requirePage(offset, limit);
        }
    }

    /** A path id: 16 hex digits (the model's ids), or a 400 before the store is asked. */
    public static String id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (!v.matches("[0-9a-f]{16}")) {
            throw bad(name, v, "is not an id (16 hex digits)");
        }
        return v;
    }

    private static ApiException bad(String name, String value, String why) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return ApiException.badRequest("bad-parameter", name + " '" + shown + "' " + why);
    }
}
