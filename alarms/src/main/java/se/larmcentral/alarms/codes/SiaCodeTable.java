package se.larmcentral.alarms.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SIA DC-03 event codes the centre names, read from {@code sia-codes.tsv} (tab-separated: code, Swedish,
 * English, class) and checked whole on load: a bad line stops the load naming the file, the line and the reason,
 * so a wrong table never half-applies.
 */
public final class SiaCodeTable {

    private static final String RESOURCE = "sia-codes.tsv";
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

    private final Map<String, SiaCode> codes;

    private SiaCodeTable(Map<String, SiaCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** The table shipped with the module. */
    public static SiaCodeTable standard() {
        try (InputStream in = SiaCodeTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not on the class path");
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
    }

    /**
     * Reads a table's lines; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the source, the line number and the reason
     */
    public static SiaCodeTable parse(String source, List<String> lines) {
        Map<String, SiaCode> codes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(where + "must have 4 tab-separated cells (code, Swedish, English,"
                        + " class), has " + cells.length);
            }
            String code = cells[0].strip();
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(where + "code must be two upper-case letters, was '" + code + "'");
            }
            if (cells[1].isBlank() || cells[2].isBlank()) {
                throw new IllegalArgumentException(where + "code " + code + " needs a Swedish and an English meaning");
            }
            AlarmClass alarmClass = alarmClass(where, cells[3].strip());
            if (codes.put(code, new SiaCode(code, cells[1].strip(), cells[2].strip(), alarmClass)) != null) {
                throw new IllegalArgumentException(where + "code " + code + " is listed twice");
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(source + ": holds no codes");
        }
        return new SiaCodeTable(codes);
    }

    private static AlarmClass alarmClass(String where, String text) {
        try {
            AlarmClass value = AlarmClass.valueOf(text.toUpperCase(Locale.ROOT));
            if (value != AlarmClass.UNKNOWN) {
                return value;
            }
        } catch (IllegalArgumentException ignored) {
            // named below
        }
        throw new IllegalArgumentException(where + "class must be one of alarm, fault, test, restore, info, was '"
                + text + "'");
    }

    /** The code's meaning; a code not in the table (or none) as {@link SiaCode#unknown}. */
    public SiaCode describe(String code) {
        SiaCode known = code == null ? null : codes.get(code.strip().toUpperCase(Locale.ROOT));
        return known != null ? known : SiaCode.unknown(code == null ? "" : code);
    }

    public int size() {
        return codes.size();
    }
}
