package se.larmcentral.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import se.larmcentral.web.auth.Access;

import java.lang.reflect.Type;
import java.util.List;

/**
 * One endpoint of the API with what the OpenAPI document says of it. Every endpoint is registered through a
 * route, so the document and the access rules cannot miss one: a route must say who may call it ({@link
 * Builder#access}), else building it fails naming its method and path.
 *
 * @param request  the JSON body it takes, or null
 * @param response the JSON body it answers with (a class or a parameterised type), or null for other content
 * @param query    query parameters it reads
 * @param produces content type of a successful answer
 * @param access   who may call it
 */
public record Route(HandlerType method, String path, String tag, String summary, Type request, Type response,
                    List<QueryParam> query, String produces, Access access, Handler handler) {

    public record QueryParam(String name, String description, boolean required) {
    }

    public static Builder get(String path) {
        return new Builder(HandlerType.GET, path);
    }

    public static Builder post(String path) {
        return new Builder(HandlerType.POST, path);
    }

    public static Builder put(String path) {
        return new Builder(HandlerType.PUT, path);
    }

    public static Builder delete(String path) {
        return new Builder(HandlerType.DELETE, path);
    }

    /** Builds a route; {@link #handle} ends it. */
    public static final class Builder {
        private final HandlerType method;
        private final String path;
        private String tag = "centre";
        private String summary = "";
        private Type request;
        private Type response;
        private final java.util.ArrayList<QueryParam> query = new java.util.ArrayList<>();
        private String produces = "application/json";
        private Access access;

        private Builder(HandlerType method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder tag(String value) {
            this.tag = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder request(Type value) {
            this.request = value;
            return this;
        }

        public Builder response(Type value) {
            this.response = value;
            return this;
        }

        public Builder query(String name, String description) {
            query.add(new QueryParam(name, description, false));
            return this;
        }

        public Builder requiredQuery(String name, String description) {
            query.add(new QueryParam(name, description, true));
            return this;
        }

        public Builder produces(String contentType) {
            this.produces = contentType;
            return this;
        }

        /** Who may call it: mandatory (see {@link Access}). */
        public Builder access(Access rule) {
            this.access = rule;
            return this;
        }

        public Route handle(Handler handler) {
            if (access == null) {
                throw new IllegalStateException(method + " " + path + " has no access rule: say who may call it with"
                        + " .access(Access.roles(...)) (or Access.PUBLIC, Access.AUTHENTICATED); see server/README.md");
            }
            return new Route(method, path, tag, summary, request, response, List.copyOf(query), produces, access, handler);
        }
    }
}
