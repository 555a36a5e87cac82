package se.larmcentral.web;

import java.util.List;

/** The routes one part of the product contributes to the API. */
@FunctionalInterface
public interface RouteGroup {

    List<Route> routes();

    /**
     * Called before the HTTP server stops: ends what holds a request open (an event stream), so no request outlives
     * the server's handling of it.
     */
    default void stop() {
    }
}
