package se.larmcentral.triage.file;

import se.larmcentral.core.file.YamlNode;
import se.larmcentral.triage.DispatchAction;
import se.larmcentral.triage.IndexPlace;
import se.larmcentral.triage.IndexProblem;
import se.larmcentral.triage.PriorityRule;
import se.larmcentral.triage.RegionalResponseRules;
import se.larmcentral.triage.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a region's response rules from YAML ({@value #FORMAT}): one entry per priority, which must run 1, 2, ...
 * without gaps, each with its default action. Problems name their place and line.
 */
public final class RegionalRulesFile {

    public static final String FORMAT = "larmcentral-response-rules/1";
    /** Stockholm's rules, shipped with the product, on the class path. */
    public static final String STOCKHOLM_RESOURCE = "/se/larmcentral/triage/stockholm-response.yaml";

    private RegionalRulesFile() {
    }

    public static RegionalResponseRules load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new IndexFileException(file.toString(), List.of(IndexProblem.at("", "cannot be read: " + e)));
        }
    }

    public static RegionalResponseRules loadStockholm() {
        InputStream in = RegionalRulesFile.class.getResourceAsStream(STOCKHOLM_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(STOCKHOLM_RESOURCE + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, STOCKHOLM_RESOURCE);
        } catch (IOException e) {
            throw new IndexFileException(STOCKHOLM_RESOURCE, List.of(IndexProblem.at("", "cannot be read: " + e)));
        }
    }

    /** @throws IndexFileException with every problem when the rules are not valid */
    public static RegionalResponseRules read(Reader reader, String source) {
        YamlNode document = NodeReader.parse(reader, source);
        NodeReader r = new NodeReader();
        YamlNode.Mapping root = r.mapping(document, "", NodeReader.keys("format", "region", "version", "source",
                "languages", "priorities"));
        if (root == null) {
            throw new IndexFileException(source, r.problems());
        }
        r.format(root, FORMAT);
        String region = r.text(root, "", "region", true);
        String version = r.text(root, "", "version", true);
        r.text(root, "", "source", false);
        List<String> languages = r.texts(root, "", "languages");
        List<PriorityRule> rules = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        List<YamlNode> items = r.list(root, "", "priorities", true);
        if (items.isEmpty() && root.optional("priorities") instanceof YamlNode.Sequence empty) {
            r.problem("priorities", empty, "a region needs at least one priority");
        }
        for (int i = 0; i < items.size(); i++) {
            String place = IndexPlace.item("priorities", i);
            YamlNode.Mapping node = r.mapping(items.get(i), place, NodeReader.keys("priority", "meaning", "action",
                    "lightsAndSirens", "instruction"));
            if (node == null) {
                continue;
            }
            Integer priority = r.integer(node, place, "priority");
            Text meaning = complete(r, node, place, "meaning", languages);
            YamlNode actionNode = r.child(node, place, "action", true);
            DispatchAction action = actionNode == null ? null
                    : r.constant(actionNode, IndexPlace.field(place, "action"), DispatchAction.class);
            Boolean lights = r.bool(node, place, "lightsAndSirens", null);
            Text instruction = complete(r, node, place, "instruction", languages);
            if (priority != null) {
                String other = seen.putIfAbsent(priority, place);
                if (other != null) {
                    r.problem(IndexPlace.field(place, "priority"), node.get("priority"),
                            "duplicate priority " + priority + ", also at " + other);
                } else if (priority != i + 1) {
                    r.problem(IndexPlace.field(place, "priority"), node.get("priority"),
                            "priorities must run 1, 2, 3 ... in order; expected " + (i + 1) + ", was " + priority);
                }
            }
            if (priority != null && meaning != null && action != null && lights != null && instruction != null) {
                rules.add(new PriorityRule(priority, meaning, action, lights, instruction));
            }
        }
        if (!r.problems().isEmpty()) {
            throw new IndexFileException(source, r.problems());
        }
        return new RegionalResponseRules(region, version, rules);
    }

    /**
     * A text the operator reads: plain when the file declares no languages, else given in each declared language
     * and no other (a missing or empty one is a problem at its place, like the index's texts).
     */
    private static Text complete(NodeReader r, YamlNode.Mapping node, String place, String key,
                                 List<String> languages) {
        Text text = r.localized(node, place, key, true);
        if (text == null) {
            return null;
        }
        String textPlace = IndexPlace.field(place, key);
        boolean ok = true;
        if (languages.isEmpty() && !text.languages().isEmpty()) {
            r.problem(textPlace, node.get(key), "is given per language (" + String.join(", ", text.languages())
                    + ") but the rules declare no languages: add 'languages: [" + String.join(", ", text.languages())
                    + "]' at the top");
            ok = false;
        }
        for (String language : languages) {
            String given = text.byLanguage().get(language);
            if (given == null || given.isBlank()) {
                r.problem(IndexPlace.field(textPlace, language), node.get(key), (given == null ? "missing" : "empty")
                        + "; every text must be given in " + String.join(" and ", languages));
                ok = false;
            }
        }
        for (String language : text.languages()) {
            if (!languages.isEmpty() && !languages.contains(language)) {
                r.problem(IndexPlace.field(textPlace, language), node.get(key), "'" + language
                        + "' is not one of the rules' languages (" + String.join(", ", languages) + ")");
                ok = false;
            }
        }
        return ok ? text : null;
    }
}
