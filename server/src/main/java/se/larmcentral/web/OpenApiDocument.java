package se.larmcentral.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3.1 document of the API, built from the same route table that registers the endpoints. */
final class OpenApiDocument {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApiDocument() {
    }

    static ObjectNode of(List<Route> routes, String version) {
        JsonSchemas schemas = new JsonSchemas();
        ObjectNode doc = JSON.objectNode().put("openapi", "3.1.0");
        doc.putObject("info").put("title", "Larmcentral API").put("version", version)
                .put("description", "112 call handling and dispatch. Errors are application/problem+json (RFC 9457)."
                        + " Every request is authenticated by a login session (POST /api/session; changes send X-CSRF-Token) or an API token (Authorization: Bearer); commands carry the account as their actor.");
        ObjectNode paths = doc.putObject("paths");
        schemas.schemaOf(Problem.class);
        for (Route route : routes) {
            ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            ObjectNode operation = path.putObject(route.method().name().toLowerCase(Locale.ROOT));
            operation.put("summary", route.summary());
            operation.put("operationId", operationId(route));
            operation.putArray("tags").add(route.tag());
            // Who may call it (401 without a principal, 403 for a principal the rule does not admit).
            operation.put("x-access", route.access().describe(route.method()));
            ArrayNode parameters = JSON.arrayNode();
            Matcher m = PATH_PARAM.matcher(route.path());
            while (m.find()) {
                parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
                        .putObject("schema").put("type", "string");
            }
            for (Route.QueryParam q : route.query()) {
                parameters.addObject().put("name", q.name()).put("in", "query").put("required", q.required())
                        .put("description", q.description()).putObject("schema").put("type", "string");
            }
            if (!parameters.isEmpty()) {
                operation.set("parameters", parameters);
            }
            if (route.request() != null) {
                operation.putObject("requestBody").put("required", true).putObject("content")
                        .putObject("application/json").set("schema", schemas.schemaOf(route.request()));
            }
            ObjectNode responses = operation.putObject("responses");
            // Reads answer 200; commands answer 200 or 201 (created) as each documents in its summary.
            ObjectNode ok = responses.putObject(route.method() == io.javalin.http.HandlerType.GET ? "200" : "2XX")
                    .put("description", "success");
            ObjectNode content = ok.putObject("content").putObject(route.produces());
            if (route.response() != null) {
                content.set("schema", schemas.schemaOf(route.response()));
            }
            ObjectNode problem = JSON.objectNode();
            problem.putObject("content").putObject(Problem.CONTENT_TYPE).putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
            responses.set("default", problem.put("description", "an RFC 9457 problem: 400 invalid input (names the"
                    + " field), 404, 409 conflict with current state, 413 body too large, 503 journal unavailable"));
        }
        doc.putObject("components").set("schemas", schemas.components());
        return doc;
    }

    private static String operationId(Route route) {
        String cleaned = route.path().replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", " ").trim();
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String word : cleaned.split(" ")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString();
    }
}
