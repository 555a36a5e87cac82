package se.larmcentral.web.words;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An after-handler putting a JSON answer's explanations and a problem's title and detail in Swedish for a reader
 * who asks for Swedish ({@link ReaderLanguage}). Only the fields that carry the domain's words are touched
 * ({@link #EXPLAINING}); ids, codes and enum values stay as the API sends them. Without a language, or with
 * English, the answer is left as the domain wrote it; the journal's events and the audit trail always are.
 */
public final class SwedishAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(SwedishAnswers.class);

    /** Fields whose text (or list of texts) is an explanation, a rule, a travel-time note or a coverage gap's fallback. */
    static final Set<String> EXPLAINING = Set.of("explanation", "rule", "travelMethod", "method", "unreachable", "fallback");
    /**
     * The move-up advice's {@code reason} is the policy's; every other {@code reason} is what an operator typed and
     * is shown as typed.
     */
    private static final String MOVE_UP = "/api/dispatch/move-up";
    private static final Set<String> EXPLAINING_MOVE_UP = union(EXPLAINING, "reason");
    private static final String PROBLEM = "application/problem+json";

    private final ObjectMapper mapper;

    public SwedishAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void apply(Context ctx) {
        if (!ReaderLanguage.SWEDISH.equals(ReaderLanguage.of(ctx))) {
            return;
        }
        String type = ctx.res().getContentType();
        if (type == null || !(type.startsWith("application/json") || type.startsWith(PROBLEM))
                || !(ctx.resultInputStream() instanceof ByteArrayInputStream)) {
            return;
        }
        String body = ctx.result();
        if (body == null || body.isEmpty()) {
            return;
        }
        boolean problem = type.startsWith(PROBLEM);
        if (!problem && asRecorded(ctx.path())) {
            return;
        }
        Set<String> explaining = explaining(ctx.path());
        if (!problem && explaining.stream().noneMatch(key -> body.contains("\"" + key + "\""))) {
            return;
        }
        try {
            JsonNode tree = mapper.readTree(body);
            if (problem && tree instanceof ObjectNode object) {
                translate(object, "title", Phrasebook.PROBLEMS);
                translate(object, "detail", Phrasebook.PROBLEMS);
            }
            walk(tree, explaining);
            ctx.result(mapper.writeValueAsBytes(tree));
        } catch (IOException e) {
            LOG.warn("answer of {} {} left in English: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.result(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The journal's events and the audit trail are shown as recorded, never reworded. */
    static boolean asRecorded(String path) {
        return path.startsWith("/api/events") || path.startsWith("/api/audit");
    }

    /** The fields put in Swedish in the answer at this path. */
    static Set<String> explaining(String path) {
        return path.equals(MOVE_UP) ? EXPLAINING_MOVE_UP : EXPLAINING;
    }

    private static Set<String> union(Set<String> fields, String more) {
        Set<String> all = new HashSet<>(fields);
        all.add(more);
        return Set.copyOf(all);
    }

    private static void walk(JsonNode node, Set<String> explaining) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (explaining.contains(field.getKey())) {
                    if (field.getValue() instanceof TextNode text) {
                        field.setValue(TextNode.valueOf(Phrasebook.EXPLANATIONS.swedish(text.asText())));
                    } else if (field.getValue() instanceof ArrayNode array) {
                        for (int i = 0; i < array.size(); i++) {
                            if (array.get(i) instanceof TextNode text) {
                                array.set(i, TextNode.valueOf(Phrasebook.EXPLANATIONS.swedish(text.asText())));
                            }
                        }
                    }
                } else {
                    walk(field.getValue(), explaining);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> walk(element, explaining));
        }
    }

    private static void translate(ObjectNode object, String key, Phrasebook book) {
        if (object.get(key) instanceof TextNode text) {
            object.put(key, book.swedish(text.asText()));
        }
    }
}
