package org.dossier.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server: API routes from {@link Route} records, UI pages, one place that maps every
 * failure to a JSON error (API) or an error page (UI), request size limits, the write token, and the
 * {@link Admission} gate that bounds how many requests run and wait.
 * {@link #start()} binds; {@link #close()} stops. Thread-safe handlers are the routes' business.
 */
public final class DossierServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);
    static final String OPENAPI_PATH = "/openapi.json";

    private final ServerConfig config;
    private final Javalin app;
    private final List<Route> routes;
    private final List<String> registered = new ArrayList<>();
    private final UploadDirs uploads;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param config   where to listen, the token and the limits
     * @param routes   the API's routes
     * @param ui       registers the web UI's pages and assets; they answer HTML
     * @param version  the version the OpenAPI description states
     */
    public DossierServer(ServerConfig config, List<Route> routes, Consumer<Javalin> ui, String version) {
        this(config, routes, ui, version, UploadDirs.open(config.tempDir()));
    }

    /**
     * @param config   where to listen, the token and the limits
     * @param routes   the API's routes
     * @param ui       registers the web UI's pages and assets; they answer HTML
     * @param version  the version the OpenAPI description states
     * @param uploads  where uploads are spooled (the routes' too); the server removes it on {@link #close()}
     */
    public DossierServer(ServerConfig config, List<Route> routes, Consumer<Javalin> ui, String version,
                         UploadDirs uploads) {
        this.config = config;
        this.uploads = uploads;
        this.routes = List.copyOf(routes);
        WriteToken token = new WriteToken(config.token());
        ObjectNode openApi = OpenApi.describe(this.routes, version);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxRequestBytes();
            c.http.defaultContentType = "application/json";
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            c.jetty.multipartConfig.cacheDirectory(uploads.root().toString());
            // what Jetty refuses before a route runs answers the same JSON error, with the same headers
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            c.jetty.threadPool = Admission.threads(config.workers(), config.queue());
            c.jetty.modifyServletContextHandler(context -> {
                context.setErrorHandler(new JsonErrorHandler());
                context.addFilter(new FilterHolder(new Admission(config.workers(), config.queue())), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
            });
            c.events(e -> e.handlerAdded(meta -> registered.add(meta.getHttpMethod().name() + " " + meta.getPath())));
        });
        app.before(ctx -> securityHeaders(ctx));
        for (Route r : this.routes) {
            app.addHttpHandler(r.method(), r.path(), ctx -> {
                if (r.write()) {
                    admit(ctx, token, r);
                }
                r.handler().handle(ctx);
            });
        }
        app.get(OPENAPI_PATH, ctx -> ctx.json(openApi));
        ui.accept(app);
        app.exception(ApiException.class, (e, ctx) -> {
            e.retryAfter().ifPresent(seconds -> ctx.header("Retry-After", Integer.toString(seconds)));
            error(ctx, e.status(), e.code(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), ErrorJson.codeOf(e.getStatus()),
                e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "the server failed on this request: " + e.getClass().getSimpleName());
        });
    }

    /** Binds and starts serving; returns once the port is open. On failure the server is closed. */
    public DossierServer start() {
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    /** The port it listens on (the one picked, when the config said 0). */
    public int port() {
        return app.port();
    }

    /** Every handler registered, as {@code "GET /api/stories"}, in order: what the OpenAPI test compares. */
    public List<String> registeredRoutes() {
        return List.copyOf(registered);
    }

    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            app.stop();
        } finally {
            uploads.close();
        }
    }

    /**
     * Refuses a write without the token (401), a body larger than the upload limit announced up front
     * (413), before anything is read.
     */
    private void admit(Context ctx, WriteToken token, Route r) {
        if (!token.admits(Optional.ofNullable(ctx.header("Authorization")))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", r.method() + " " + r.path()
                    + " needs the server's write token as 'Authorization: Bearer TOKEN'");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxUploadBytes()) {
            throw new ApiException(413, "too-large", "the request body is " + length + " bytes; the limit is "
                    + config.maxUploadBytes());
        }
    }

    private static void securityHeaders(Context ctx) {
        SecurityHeaders.apply(ctx::header);
    }

    /** The one error format: JSON for the API, an escaped HTML page for the UI's paths. */
    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status);
        if (isApi(ctx.path())) {
            ctx.json(ErrorJson.of(status, code, message));
        } else {
            ctx.html(org.dossier.server.ui.ErrorPage.render(status, code, message));
        }
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals(OPENAPI_PATH);
    }
}
