package se.larmcentral.web;

import java.util.List;

/** The routes one part of the product contributes to the API. */
@FunctionalInterface
public interface RouteGroup {

    List<Route> routes();
}
