package org.dossier.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;

/**
 * One API endpoint as data: the server registers it and {@link OpenApi} describes it from the same
 * record, so the description cannot drift from the routes.
 *
 * @param method   the HTTP method
 * @param path     the path in Javalin's and OpenAPI's shared form, {@code /api/stories/{id}}
 * @param summary  one line for people
 * @param write    whether the route changes the store (needs the write token)
 * @param params   path and query parameters
 * @param body     what the request body is, for write routes; empty for none
 * @param handler  what answers
 */
public record Route(HandlerType method, String path, String summary, boolean write, List<Param> params, String body,
                    Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("route path must start with /, got " + path);
        }
        params = List.copyOf(params);
        for (Param p : params) {
            if (p.in() == Param.In.PATH && !path.contains("{" + p.name() + "}")) {
                throw new IllegalArgumentException("path parameter " + p.name() + " is not in " + path);
            }
        }
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(handler, "handler of " + path);
    }

    public static Route get(String path, String summary, List<Param> params, Handler handler) {
        return new Route(HandlerType.GET, path, summary, false, params, "", handler);
    }

    public static Route post(String path, String summary, List<Param> params, String body, Handler handler) {
        return new Route(HandlerType.POST, path, summary, true, params, body, handler);
    }

    /**
     * A path or query parameter.
     *
     * @param name        as in the path or query string
     * @param in          where it goes
     * @param type        the OpenAPI type: {@code string} or {@code integer}
     * @param required    whether the route refuses a request without it
     * @param description one line for people
     */
    public record Param(String name, In in, String type, boolean required, String description) {
        /** Where a parameter goes. */
        public enum In { PATH, QUERY }

        public Param {
            if (!type.equals("string") && !type.equals("integer")) {
                throw new IllegalArgumentException("parameter type must be string or integer, got " + type);
            }
            if (in == In.PATH && !required) {
                throw new IllegalArgumentException("path parameter " + name + " is always required");
            }
        }

        public static Param path(String name, String description) {
            return new Param(name, In.PATH, "string", true, description);
        }

        public static Param query(String name, String type, boolean required, String description) {
            return new Param(name, In.QUERY, type, required, description);
        }
    }
}
