package se.larmcentral.triage.file;

import se.larmcentral.core.file.YamlNode;
import se.larmcentral.triage.Advice;
import se.larmcentral.triage.Chapter;
import se.larmcentral.triage.Criterion;
import se.larmcentral.triage.ExtraResource;
import se.larmcentral.triage.Finding;
import se.larmcentral.triage.IndexPlace;
import se.larmcentral.triage.IndexProblem;
import se.larmcentral.triage.IndexValidator;
import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.Question;
import se.larmcentral.triage.Response;
import se.larmcentral.triage.Text;
import se.larmcentral.triage.UnitType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Reads a medical index from its YAML format ({@value #FORMAT}, documented in the module's README) and checks it
 * with {@link IndexValidator} against a region's priority scale. Every problem names its place and its line and
 * column in the file.
 */
public final class MedicalIndexFile {

    public static final String FORMAT = "larmcentral-medical-index/1";
    /** The generic index shipped with the product, on the class path. */
    public static final String GENERIC_RESOURCE = "/se/larmcentral/triage/generic-index.yaml";

    private MedicalIndexFile() {
    }

    /** Every problem in the file (empty when it is a valid index for the scale). */
    public static List<IndexProblem> check(Path file, SortedSet<Integer> scale) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), scale).problems();
        } catch (IndexFileException e) {
            return e.problems();
        } catch (IOException e) {
            return List.of(IndexProblem.at("", "cannot read " + file + ": " + e));
        }
    }

    /** A valid index from a file. */
    public static MedicalIndex load(Path file, SortedSet<Integer> scale) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return valid(read(reader, file.toString(), scale), file.toString());
        } catch (IOException e) {
            throw new IndexFileException(file.toString(), List.of(IndexProblem.at("", "cannot be read: " + e)));
        }
    }

    /** The generic index shipped with the product. */
    public static MedicalIndex loadGeneric(SortedSet<Integer> scale) {
        InputStream in = MedicalIndexFile.class.getResourceAsStream(GENERIC_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(GENERIC_RESOURCE + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return valid(read(reader, GENERIC_RESOURCE, scale), GENERIC_RESOURCE);
        } catch (IOException e) {
            throw new IndexFileException(GENERIC_RESOURCE, List.of(IndexProblem.at("", "cannot be read: " + e)));
        }
    }

    private static MedicalIndex valid(Result result, String source) {
        if (!result.problems().isEmpty()) {
            throw new IndexFileException(source, result.problems());
        }
        return result.index();
    }

    /**
     * The index as read, with every problem. The index is {@code null} when the file's structure is wrong (a
     * missing or mistyped field); the validator's checks run only on a well-formed file.
     *
     * @throws IndexFileException when the text is not YAML
     */
    public static Result read(Reader reader, String source, SortedSet<Integer> scale) {
        YamlNode document = NodeReader.parse(reader, source);
        NodeReader r = new NodeReader();
        YamlNode.Mapping root = r.mapping(document, "", NodeReader.keys("format", "version", "languages", "title", "notice",
                "keyQuestions", "keyCriteria", "questions", "advice", "chapters"));
        if (root == null) {
            return new Result(null, r.problems());
        }
        r.format(root, FORMAT);
        String version = r.text(root, "", "version", true);
        List<String> languages = r.texts(root, "", "languages");
        Text title = r.localized(root, "", "title", true);
        Text notice = r.localized(root, "", "notice", true);
        List<String> keyQuestions = r.texts(root, "", "keyQuestions");
        List<String> keyCriteria = r.texts(root, "", "keyCriteria");
        List<Question> questions = questions(r, root);
        List<Advice> advice = advice(r, root);
        List<Chapter> chapters = new ArrayList<>();
        List<YamlNode> chapterNodes = r.list(root, "", "chapters", true);
        for (int i = 0; i < chapterNodes.size(); i++) {
            chapters.add(chapter(r, chapterNodes.get(i), i));
        }
        if (!r.problems().isEmpty()) {
            return new Result(null, r.problems());
        }
        MedicalIndex index = new MedicalIndex(version, languages, title, notice, keyQuestions, keyCriteria, questions, advice,
                chapters);
        List<IndexProblem> problems = IndexValidator.validate(index, scale).stream().map(r::locate).toList();
        return new Result(problems.isEmpty() ? index : null, problems);
    }

    /** An index read from a file with its problems; {@code index} is null unless there are none. */
    public record Result(MedicalIndex index, List<IndexProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private static List<Question> questions(NodeReader r, YamlNode.Mapping root) {
        YamlNode node = r.child(root, "", "questions", true);
        List<Question> questions = new ArrayList<>();
        YamlNode.Mapping mapping = node == null ? null : r.mapping(node, "questions", keysOf(node));
        if (mapping == null) {
            return questions;
        }
        for (YamlNode.Mapping.Entry e : mapping.entries().values()) {
            Text text = r.localized(e.value(), IndexPlace.field("questions", e.key()));
            if (text != null) {
                questions.add(new Question(e.key(), text));
            }
        }
        return questions;
    }

    private static List<Advice> advice(NodeReader r, YamlNode.Mapping root) {
        YamlNode node = r.child(root, "", "advice", false);
        List<Advice> advice = new ArrayList<>();
        YamlNode.Mapping mapping = node == null ? null : r.mapping(node, "advice", keysOf(node));
        if (mapping == null) {
            return advice;
        }
        for (YamlNode.Mapping.Entry e : mapping.entries().values()) {
            String place = IndexPlace.field("advice", e.key());
            YamlNode.Mapping one = r.mapping(e.value(), place, NodeReader.keys("title", "steps"));
            if (one != null) {
                Text title = r.localized(one, place, "title", true);
                List<Text> steps = r.localizedTexts(one, place, "steps");
                advice.add(new Advice(e.key(), title, steps));
            }
        }
        return advice;
    }

    private static Chapter chapter(NodeReader r, YamlNode chapterNode, int position) {
        String id = chapterNode instanceof YamlNode.Mapping m && m.get("id") instanceof YamlNode.Scalar s
                && s.kind() != YamlNode.Scalar.Kind.NULL ? s.text() : null;
        String place = IndexPlace.chapter(id, position);
        YamlNode.Mapping node = r.mapping(chapterNode, place, NodeReader.keys("number", "id", "title",
                "askKeyQuestions", "references", "advice", "criteria"));
        if (node == null) {
            return null;
        }
        Integer number = r.integer(node, place, "number");
        r.text(node, place, "id", true);
        Text title = r.localized(node, place, "title", true);
        Boolean askKeyQuestions = r.bool(node, place, "askKeyQuestions", true);
        List<String> references = r.texts(node, place, "references");
        List<String> advice = r.texts(node, place, "advice");
        List<Criterion> criteria = new ArrayList<>();
        List<YamlNode> items = r.list(node, place, "criteria", true);
        for (int i = 0; i < items.size(); i++) {
            criteria.add(criterion(r, items.get(i), IndexPlace.criterion(place, i)));
        }
        if (number == null || id == null || title == null || askKeyQuestions == null || criteria.contains(null)) {
            return null;
        }
        return new Chapter(number, id.strip(), title, askKeyQuestions, criteria, references, advice);
    }

    private static Criterion criterion(NodeReader r, YamlNode criterionNode, String place) {
        YamlNode.Mapping node = r.mapping(criterionNode, place, NodeReader.keys("code", "priority", "text", "when",
                "response", "advice", "references"));
        if (node == null) {
            return null;
        }
        String code = r.text(node, place, "code", true);
        Integer priority = r.integer(node, place, "priority");
        Text text = r.localized(node, place, "text", true);
        List<Finding> when = new ArrayList<>();
        List<String> findings = r.texts(node, place, "when");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = Finding.parse(findings.get(i));
            if (finding == null) {
                String itemPlace = IndexPlace.item(IndexPlace.field(place, "when"), i);
                r.problem(itemPlace, null, "must be 'question-id' or 'not question-id', was '" + findings.get(i) + "'");
            } else {
                when.add(finding);
            }
        }
        Response response = response(r, node, place);
        List<String> advice = r.texts(node, place, "advice");
        List<String> references = r.texts(node, place, "references");
        if (code == null || priority == null || text == null || response == null) {
            return null;
        }
        return new Criterion(code.strip(), priority, text, when, response, advice, references);
    }

    private static Response response(NodeReader r, YamlNode.Mapping criterion, String criterionPlace) {
        YamlNode responseNode = r.child(criterion, criterionPlace, "response", true);
        String place = IndexPlace.field(criterionPlace, "response");
        YamlNode.Mapping node = responseNode == null ? null
                : r.mapping(responseNode, place, NodeReader.keys("unit", "lightsAndSirens", "extra"));
        if (node == null) {
            return null;
        }
        YamlNode unitNode = r.child(node, place, "unit", true);
        UnitType unit = unitNode == null ? null : r.constant(unitNode, IndexPlace.field(place, "unit"), UnitType.class);
        Boolean lights = node.keys().contains("lightsAndSirens")
                ? r.bool(node, place, "lightsAndSirens", null) : null;
        List<ExtraResource> extra = new ArrayList<>();
        List<YamlNode> items = r.list(node, place, "extra", false);
        for (int i = 0; i < items.size(); i++) {
            ExtraResource resource = r.constant(items.get(i), IndexPlace.item(IndexPlace.field(place, "extra"), i),
                    ExtraResource.class);
            if (resource != null) {
                extra.add(resource);
            }
        }
        return unit == null ? null : new Response(unit, lights, extra);
    }

    /** Any key is allowed where the keys are ids (questions, advice). */
    private static java.util.Set<String> keysOf(YamlNode node) {
        return node instanceof YamlNode.Mapping m ? m.keys() : java.util.Set.of();
    }
}
