package se.larmcentral.web;

import io.javalin.config.JavalinConfig;

/** Files served beside the API (the operator console), set up on Javalin before it starts; not API routes. */
@FunctionalInterface
public interface StaticSite {

    StaticSite NONE = config -> { };

    void install(JavalinConfig config);
}
