package se.larmcentral.core.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The one reader of YAML (and JSON) data files: reads one document into {@link YamlNode}s that know their path,
 * line and column, and refuses, each with its place in plain words:
 * <ul>
 *   <li>text that is not YAML (what the parser expected, where it noticed, and where the construct started);</li>
 *   <li>a key given twice in one mapping (YAML parsers keep the last one without a word);</li>
 *   <li>anchors and aliases ({@code &a}, {@code *a}, {@code <<: *a}): no data file needs them, and refusing
 *       them rules out alias bombs ("billion laughs") and values that silently read as the alias's name;</li>
 *   <li>tags ({@code !!binary}, {@code !custom}): a data file's values are plain text, numbers and booleans;</li>
 *   <li>more than one document ({@code ---} twice), keys that are lists or mappings;</li>
 *   <li>files over {@value #MAX_CHARACTERS} characters and nesting deeper than {@value #MAX_DEPTH} levels, checked
 *       before the parser's own, larger limits (SnakeYAML's 3 MiB, Jackson's 1000 levels) are reached.</li>
 * </ul>
 * An empty document reads as a null scalar at the root ({@link YamlNode#asMapping()} then says the file is empty).
 */
public final class YamlReader {

    /** At most 3 MiB of text; the largest shipped file (the medical index) is about 60 KB. */
    public static final int MAX_CHARACTERS = 3 * 1024 * 1024;
    /** The shipped formats nest at most six levels. */
    public static final int MAX_DEPTH = 50;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private YamlReader() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS + 1);
        options.setMaxAliasesForCollections(0);
        return options;
    }

    public static YamlNode read(String source, String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw tooLarge(source);
        }
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(new StringReader(text))) {
            return new TreeBuilder(source, parser).document();
        } catch (JacksonException e) {
            throw notYaml(source, e);
        } catch (IOException e) {
            throw new YamlFileException(source, "", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads at most {@value #MAX_CHARACTERS} characters; more is refused without reading the rest. */
    public static YamlNode read(String source, Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_CHARACTERS) {
                throw tooLarge(source);
            }
        }
        return read(source, text.toString());
    }

    /** UTF-8 text. */
    public static YamlNode read(String source, InputStream in) throws IOException {
        return read(source, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static YamlFileException tooLarge(String source) {
        return new YamlFileException(source, "", 0, 0, "is too large: a data file may hold at most "
                + MAX_CHARACTERS + " characters (3 MiB)");
    }

    /** The parser's complaint in YAML's terms, without Java class names or the parser's echo of the text. */
    private static YamlFileException notYaml(String source, JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark at = marked.getProblemMark();
                String reason = "is not valid YAML: " + plain(marked.getProblem());
                Mark context = marked.getContextMark();
                if (marked.getContext() != null && context != null) {
                    reason += ", " + plain(marked.getContext()) + " that starts at line " + (context.getLine() + 1)
                            + ", column " + (context.getColumn() + 1);
                }
                return new YamlFileException(source, "", at.getLine() + 1, at.getColumn() + 1, reason);
            }
        }
        JsonLocation at = e.getLocation();
        String reason = String.valueOf(e.getOriginalMessage()).startsWith("Expected a field name")
                ? "is not valid YAML: a key must be plain text, not a list or a mapping" : "is not valid YAML";
        return at == null ? new YamlFileException(source, "", 0, 0, reason)
                : new YamlFileException(source, "", at.getLineNr(), at.getColumnNr(), reason);
    }

    private static String plain(String parserWords) {
        return parserWords.strip().replace("<stream end>", "the end of the file");
    }

    /** One reading: builds the tree token by token, checking depth, keys, anchors and tags as it goes. */
    private record TreeBuilder(String source, YAMLParser parser) {

        YamlNode document() throws IOException {
            if (parser.nextToken() == null) {
                return new YamlNode.Scalar(source, "", 1, 1, YamlNode.Scalar.Kind.NULL, "", null);
            }
            YamlNode root = node("", 1);
            if (parser.nextToken() != null) {
                throw here("", "holds more than one YAML document; a data file is one document");
            }
            return root;
        }

        private YamlNode node(String path, int depth) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            refuseAnchorsAliasesAndTags(path);
            if (depth > MAX_DEPTH) {
                throw here(path, "is nested deeper than " + MAX_DEPTH + " levels");
            }
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> mapping(path, depth, line, column);
                case START_ARRAY -> {
                    List<YamlNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(node(path + "[" + items.size() + "]", depth + 1));
                    }
                    yield new YamlNode.Sequence(source, path, line, column, items);
                }
                case VALUE_STRING -> scalar(path, line, column, YamlNode.Scalar.Kind.TEXT, parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        scalar(path, line, column, YamlNode.Scalar.Kind.NUMBER, parser.getNumberValue());
                case VALUE_TRUE, VALUE_FALSE -> scalar(path, line, column, YamlNode.Scalar.Kind.BOOLEAN,
                        token == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> scalar(path, line, column, YamlNode.Scalar.Kind.NULL, null);
                default -> throw here(path, "is a value of a kind a data file does not hold; write plain text");
            };
        }

        private YamlNode mapping(String path, int depth, int line, int column) throws IOException {
            LinkedHashMap<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                String childPath = YamlNode.childPath(path, key);
                if (entries.containsKey(key)) {
                    YamlNode.Mapping.Entry first = entries.get(key);
                    throw new YamlFileException(source, childPath, keyAt.getLineNr(), keyAt.getColumnNr(),
                            "duplicate key '" + key + "' (first at line " + first.line() + ")");
                }
                parser.nextToken();
                YamlNode value = node(childPath, depth + 1);
                entries.put(key, new YamlNode.Mapping.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
            }
            return new YamlNode.Mapping(source, path, line, column, entries);
        }

        private YamlNode scalar(String path, int line, int column, YamlNode.Scalar.Kind kind, Object value)
                throws IOException {
            String text = kind == YamlNode.Scalar.Kind.NULL ? "" : parser.getText();
            return new YamlNode.Scalar(source, path, line, column, kind, text, value);
        }

        private void refuseAnchorsAliasesAndTags(String path) throws IOException {
            if (parser.isCurrentAlias()) {
                throw here(path, "uses an alias (*" + parser.getText() + "); aliases and anchors are not supported"
                        + " in data files: write the value out");
            }
            if (parser.getObjectId() != null) {
                throw here(path, "has an anchor (&" + parser.getObjectId() + "); anchors and aliases are not"
                        + " supported in data files: write the value out");
            }
            if (parser.getTypeId() != null) {
                throw here(path, "has a tag (" + parser.getTypeId() + "); tags are not supported in data files:"
                        + " write the plain value, quoted if it must be text");
            }
        }

        private YamlFileException here(String path, String reason) {
            JsonLocation at = parser.currentTokenLocation();
            return new YamlFileException(source, path, at.getLineNr(), at.getColumnNr(), reason);
        }
    }
}
