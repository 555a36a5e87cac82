package se.larmcentral.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import se.larmcentral.web.auth.Access;
import se.larmcentral.web.auth.AccessGate;
import se.larmcentral.web.auth.Authenticator;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.web.auth.RequestPrincipal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP server: Javalin on virtual threads, every endpoint registered from the route table (which also
 * yields {@code /openapi.json}), every failure answered as a problem.
 */
public final class ApiServer implements AutoCloseable {

    private final Javalin app;
    private final List<Route> routes;
    private final List<RouteGroup> groups;

    public ApiServer(String host, int port, ObjectMapper mapper, List<RouteGroup> groups, String version) {
        this(host, port, mapper, groups, version, request -> Optional.empty(), AccessGate.OPEN);
    }

    public ApiServer(String host, int port, ObjectMapper mapper, List<RouteGroup> groups, String version,
                     Authenticator authenticator, AccessGate gate) {
        this(host, port, mapper, groups, version, authenticator, gate, SecurityHeaders.defaults(), StaticSite.NONE);
    }

    public ApiServer(String host, int port, ObjectMapper mapper, List<RouteGroup> groups, String version,
                     Authenticator authenticator, AccessGate gate, SecurityHeaders headers, StaticSite site) {
        this(host, port, mapper, groups, version, authenticator, gate, headers, site, HttpEdges.lenient());
    }

    public ApiServer(String host, int port, ObjectMapper mapper, List<RouteGroup> groups, String version,
                     Authenticator authenticator, AccessGate gate, SecurityHeaders headers, StaticSite site,
                     HttpEdges edges) {
        List<Route> all = new ArrayList<>();
        this.groups = List.copyOf(groups);
        for (RouteGroup group : groups) {
            all.addAll(group.routes());
        }
        ObjectNode[] openApi = new ObjectNode[1];
        all.add(Route.get("/openapi.json").access(Access.PUBLIC).tag("system").summary("This API's OpenAPI document")
                .response(ObjectNode.class).handle(ctx -> ctx.json(openApi[0])));
        this.routes = List.copyOf(all);
        openApi[0] = OpenApiDocument.of(routes, version);
        this.app = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.jsonMapper(new JavalinJackson(mapper, true));
            config.jetty.host = host;
            config.jetty.port = port;
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(edges.idleTimeout().toMillis());
                connector.addEventListener(new ConnectionGuard(edges.maxConnectionsPerAddress(), edges.headerTimeout(),
                        server.getScheduler()));
                return connector;
            });
            JettyProblems jettyProblems = new JettyProblems(mapper, headers);
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyProblems));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyProblems));
            config.startup.showJavalinBanner = false;
            config.router.ignoreTrailingSlashes = true;
            // Before everything else, so problems, 404s and static files carry them too.
            config.routes.before(headers::apply);
            config.routes.before(edges.hosts()::admit);
            ProblemResponses.install(config.routes, mapper);
            // explanations and refusals in Swedish for a reader asking for it (the console does)
            config.routes.after(new se.larmcentral.web.words.SwedishAnswers(mapper)::apply);
            site.install(config);
            for (Route route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), ctx -> {
                    Optional<Principal> principal = authenticator.authenticate(ctx);
                    RequestPrincipal.set(ctx, principal);
                    edges.rateLimit().admit(ctx, principal, edges.clientAddress().apply(ctx));
                    gate.admit(ctx, route, principal);
                    IdempotencyKeys.Claim claim = edges.idempotency().claim(ctx, principal.map(p -> p.actor().id()));
                    switch (claim) {
                        case IdempotencyKeys.Replay replay -> IdempotencyKeys.answer(ctx, replay);
                        case IdempotencyKeys.Fresh fresh -> {
                            try {
                                // the key goes with the commands into the journal: a retry on the node that takes
                                // over after a failover is not recorded twice (IdempotencyKeys keeps answers in memory)
                                se.larmcentral.centre.CommandKeys.with(IdempotencyKeys.journalKey(fresh), () -> {
                                    route.handler().handle(ctx);
                                    return null;
                                });
                            } catch (se.larmcentral.journal.AlreadyRecordedException e) {
                                // recorded by an earlier try, here or on a node that has since died: its first answer
                                try {
                                    if (edges.idempotency().recordedAnswer(fresh, ctx).isPresent()) {
                                        return;
                                    }
                                } catch (RuntimeException refused) {
                                    edges.idempotency().release(fresh);
                                    throw refused;
                                }
                                edges.idempotency().release(fresh);
                                throw e;
                            } catch (Exception e) {
                                edges.idempotency().release(fresh);
                                throw e;
                            }
                            edges.idempotency().complete(fresh, ctx);
                        }
                        case IdempotencyKeys.None none -> route.handler().handle(ctx);
                    }
                });
            }
        });
    }

    public ApiServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every endpoint, as registered. */
    public List<Route> routes() {
        return routes;
    }

    /**
     * Every HTTP endpoint Javalin actually holds (not the before-handler of the security headers), as {@code "GET /path"}: what a test compares with the OpenAPI
     * document, so an endpoint registered around the route table cannot go unnoticed.
     */
    public List<String> registeredEndpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
                .toList();
    }

    @Override
    public void close() {
        groups.forEach(RouteGroup::stop); // open streams end first: a request the server has let go cannot answer
        app.stop();
    }
}
