package se.larmcentral.core.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutation of a real, valid sample (the inputs a fuzzer learns most from): each call applies one to three of
 * truncation, character flips, deleting or duplicating a line (a field), splicing, huge/negative/NaN/Infinity numbers,
 * unicode controls, bidi overrides and zero-width characters, very long text, deep nesting, wrong types, instants far
 * in the past or future, and ids with {@code ../} and NUL. The same seed gives the same inputs, so a failure names
 * the seed and the iteration that reproduce it.
 */
public final class Mutator {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\\\\\n]{0,80}\"");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{1,40}");

    private static final List<String> NUMBERS = List.of("1e308", "-1e308", "NaN", "Infinity", "-Infinity", "-1", "0",
            "-0", "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999", "4.9e-324", "1e-400",
            "2147483648", "0x1F", "1_000", ".5", "+7", "00012");
    private static final List<String> INSTANTS = List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
            "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2025-02-30T25:61:61Z",
            "2025-13-01", "0000-00-00", "2025-03-30T02:30:00", "20250101T000000Z", "-0001-01-01");
    private static final List<String> IDS = List.of("../../etc/passwd", "..", "a/b", "a\u0000b", "\u0000", "C-\u202E1",
            "C\u200B1", "", " ", "-", "%2e%2e%2f", "CON", "a\\b", "ÅÄÖ-1", "x".repeat(300), "null", "<script>");
    /** Characters a careful parser must refuse or keep as plain data: controls, bidi, zero-width, BOM, a lone surrogate. */
    private static final List<String> STRANGE = List.of("\u0000", "\u0007", "\u001b[2J", "\r", "\t", "\u202E", "\u202D",
            "\u2066", "\u200B", "\u200D", "\uFEFF", "\uD800", "\uDFFF", "\uFFFF", "\u0085", "\u2028", "😀", "\\", "\"",
            "'", "\n", "\\u0000", "\\u202E", "\\uD800", "%00", "&amp;", "&#0;", "]]>");
    private static final List<String> SYNTAX = List.of("{", "}", "[", "]", ":", ",", "\"", "'", "-", "#", "<", ">", "&",
            ";", "=", "!", "*", "|", "?", "%", "@", "`", "/", "\n", " ", "\n  ", "\n- ", ": ", "---\n", "...\n");
    private static final List<String> WRONG_TYPES = List.of("true", "false", "null", "[]", "{}", "\"\"", "[1,2]",
            "{\"a\":1}", "\"12\"", "0", "~", "[[[]]]", "!!binary AAAA", "&a x", "*a");

    private final Random random;

    public Mutator(Random random) {
        this.random = random;
    }

    public Mutator(long seed) {
        this(new Random(seed));
    }

    public Random random() {
        return random;
    }

    /** A mutated copy of {@code sample}: one to three mutations applied in a row. */
    public String mutate(String sample) {
        String text = sample;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            text = once(text);
        }
        return text;
    }

    public String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String once(String text) {
        if (text.isEmpty()) {
            return pick(SYNTAX) + pick(STRANGE);
        }
        return switch (random.nextInt(16)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> flip(text);
            case 2 -> deleteLine(text);
            case 3 -> duplicateLine(text);
            case 4 -> replace(text, NUMBER, NUMBERS);
            case 5 -> insert(text, pick(STRANGE));
            case 6 -> insert(text, longText());
            case 7 -> insert(text, deepNesting());
            case 8 -> replace(text, QUOTED, WRONG_TYPES);
            case 9 -> replace(text, INSTANT, INSTANTS);
            case 10 -> replace(text, WORD, IDS);
            case 11 -> splice(text);
            case 12 -> insert(text, pick(SYNTAX));
            case 13 -> replace(text, NUMBER, List.of(randomNumber()));
            case 14 -> replaceWord(text, pick(STRANGE));
            default -> removeRange(text);
        };
    }

    private String flip(String text) {
        int at = random.nextInt(text.length());
        char replacement = random.nextBoolean() ? (char) random.nextInt(128) : (char) random.nextInt(0x3000);
        return text.substring(0, at) + replacement + text.substring(at + 1);
    }

    private String deleteLine(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) {
            return removeRange(text);
        }
        int drop = random.nextInt(lines.length);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i != drop) {
                out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        return out.toString();
    }

    private String duplicateLine(String text) {
        String[] lines = text.split("\n", -1);
        int twice = random.nextInt(lines.length);
        StringBuilder out = new StringBuilder(text.length() + lines[twice].length() + 1);
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i == twice) {
                out.append('\n').append(lines[i]);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String replace(String text, Pattern pattern, List<String> replacements) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        if (found == 0) {
            return insert(text, pick(replacements));
        }
        int target = random.nextInt(found);
        matcher.reset();
        for (int i = 0; i <= target; i++) {
            matcher.find();
        }
        return text.substring(0, matcher.start()) + pick(replacements) + text.substring(matcher.end());
    }

    private String replaceWord(String text, String inserted) {
        Matcher matcher = WORD.matcher(text);
        if (!matcher.find(random.nextInt(text.length()))) {
            return insert(text, inserted);
        }
        int at = matcher.start() + random.nextInt(matcher.end() - matcher.start());
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private String insert(String text, String inserted) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private String splice(String text) {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(200));
        return insert(text, text.substring(from, to));
    }

    private String removeRange(String text) {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(40));
        return text.substring(0, from) + text.substring(to);
    }

    private String longText() {
        int length = switch (random.nextInt(3)) {
            case 0 -> 300;
            case 1 -> 5_000;
            default -> 70_000;
        };
        return String.valueOf((char) ('a' + random.nextInt(26))).repeat(length);
    }

    private String deepNesting() {
        int depth = random.nextBoolean() ? 200 : 3_000;
        return switch (random.nextInt(4)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            case 2 -> "<a>".repeat(depth) + "</a>".repeat(depth);
            default -> "\n" + "- ".repeat(depth) + "x\n";
        };
    }

    private String randomNumber() {
        return switch (random.nextInt(4)) {
            case 0 -> Long.toString(random.nextLong());
            case 1 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(40)));
            case 2 -> Integer.toString(-random.nextInt(1000));
            default -> Integer.toString(random.nextInt(100_000));
        };
    }
}
