package se.larmcentral.triage.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import se.larmcentral.triage.IndexProblem;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Reads a YAML document into {@link YamlNode}s with their places; refuses syntax errors and duplicate keys. */
final class YamlTreeParser {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTreeParser() {
    }

    static YamlNode parse(Reader reader, String source) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            List<IndexProblem> problems = new ArrayList<>();
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IndexFileException(source, List.of(IndexProblem.at("", "the file is empty")));
            }
            YamlNode root = node(parser, "", problems);
            if (!problems.isEmpty()) {
                throw new IndexFileException(source, problems);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            IndexProblem problem = IndexProblem.at("", "not valid YAML: " + e.getOriginalMessage());
            if (at != null && at.getLineNr() > 0) {
                problem = problem.located(at.getLineNr(), at.getColumnNr());
            }
            throw new IndexFileException(source, List.of(problem));
        } catch (IOException e) {
            throw new IndexFileException(source, List.of(IndexProblem.at("", "cannot be read: " + e.getMessage())));
        }
    }

    private static YamlNode node(JsonParser parser, String place, List<IndexProblem> problems) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String childPlace = place.isEmpty() ? key : place + "." + key;
                    parser.nextToken();
                    YamlNode child = node(parser, childPlace, problems);
                    if (entries.putIfAbsent(key, child) != null) {
                        problems.add(IndexProblem.at(childPlace, "duplicate key '" + key + "'")
                                .located(keyAt.getLineNr(), keyAt.getColumnNr()));
                    }
                }
                yield YamlNode.mapping(entries, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, place + "[" + items.size() + "]", problems));
                }
                yield YamlNode.sequence(items, line, column);
            }
            case VALUE_STRING -> YamlNode.scalar(YamlNode.Kind.STRING, parser.getText(), line, column);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    YamlNode.scalar(YamlNode.Kind.NUMBER, parser.getText(), line, column);
            case VALUE_TRUE, VALUE_FALSE -> YamlNode.scalar(YamlNode.Kind.BOOLEAN, parser.getText(), line, column);
            case VALUE_NULL -> YamlNode.scalar(YamlNode.Kind.NULL, null, line, column);
            default -> {
                problems.add(IndexProblem.at(place, "unexpected " + token).located(line, column));
                yield YamlNode.scalar(YamlNode.Kind.NULL, null, line, column);
            }
        };
    }
}
