package se.larmcentral.calls.location;

import se.larmcentral.calls.FieldProblem;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses Advanced Mobile Location messages (ETSI TS 103 625, EENA AML specification) in both forms. Never throws:
 * a malformed message gives an {@link AmlMessage} whose problems say what was wrong, so the receiving endpoint can
 * always acknowledge with 2xx (the practice requires it: a handset does not resend) and keep what was usable.
 *
 * <p>SMS form: {@code A"ML=1;lt=+59.33456;lg=+018.06321;rd=10;top=20250101120000;lc=68;pm=G;si=...;ei=...;
 * mcc=240;mnc=01;ml=124}. Fields: the header {@code A"ML} (version, 1; {@code AML=1} is accepted too), {@code lt}
 * and {@code lg} (signed WGS84 degrees), {@code rd} (radius, whole metres), {@code top} (time of positioning,
 * YYYYMMDDhhmmss UTC), {@code lc} (level of confidence, percent), {@code pm} (positioning method: G, W, C, N),
 * {@code si} (IMSI), {@code ei} (IMEI), {@code mcc}, {@code mnc} (network the call is on), {@code ml} (length of the
 * whole message including {@code ml} itself; checked).
 *
 * <p>HTTPS form: see {@link #HTTPS_FIELDS}; times in milliseconds since the epoch, {@code location_source} one of
 * gps, wifi, cell, unknown, {@code location_confidence} a fraction 0-1 or {@code location_certainty} a percent.
 */
public final class AmlParser {

    /** The SMS form's fields after the header. */
    public static final Set<String> SMS_FIELDS = Set.of("lt", "lg", "rd", "top", "lc", "pm", "si", "ei", "mcc", "mnc", "ml");

    /** The HTTPS form's fields this parser reads ({@code imsi} and {@code imei} are older names of the device fields). */
    public static final Set<String> HTTPS_FIELDS = Set.of("v", "thunderbird_version", "emergency_number", "source",
            "time", "gt_location_latitude", "gt_location_longitude", "location_latitude", "location_longitude",
            "location_time", "location_altitude", "location_floor", "location_source", "location_accuracy",
            "location_vertical_accuracy", "location_confidence", "location_certainty", "location_bearing",
            "location_speed", "device_number", "device_model", "device_os", "device_imsi", "device_imei", "imsi",
            "imei", "device_iccid", "device_languages", "cell_carrier", "cell_home_mcc", "cell_home_mnc",
            "cell_network_mcc", "cell_network_mnc", "cell_id", "hmac");

    /** Longest message read; anything longer is refused as a whole (an AML SMS is at most a few hundred bytes). */
    public static final int MAX_LENGTH = 8192;

    private AmlParser() {
    }

    /** Parses either form: text starting with {@code A"ML} or {@code AML=} is the SMS form, anything else HTTPS. */
    public static AmlMessage parse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.startsWith("A\"ML") || stripped.startsWith("AML=")) {
            return parseSms(text);
        }
        return parseHttps(text);
    }

    public static AmlMessage parseSms(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<FieldProblem> early = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String message = text == null ? "" : text.strip();
        if (!checkSize(message, early)) {
            return empty(AmlForm.SMS, fields, early);
        }
        String[] tokens = message.split(";", -1);
        String[] header = tokens[0].split("=", 2);
        if (header.length != 2 || !(header[0].equals("A\"ML") || header[0].equals("AML"))) {
            early.add(new FieldProblem("message", shorten(tokens[0]), "is not an AML SMS: it must start with A\"ML=1"));
            return empty(AmlForm.SMS, fields, early);
        }
        fields.put("A\"ML", header[1]);
        for (int i = 1; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.isEmpty() && i == tokens.length - 1) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq <= 0) {
                early.add(new FieldProblem("message", shorten(token), "part " + (i + 1) + " is not key=value"));
                continue;
            }
            String key = token.substring(0, eq).strip();
            String value = token.substring(eq + 1);
            if (fields.containsKey(key)) {
                early.add(new FieldProblem(key, shorten(value), "appears twice; the first value is kept"));
                continue;
            }
            fields.put(key, value);
            if (!SMS_FIELDS.contains(key)) {
                unknown.add(key);
            }
        }
        FieldReader r = new FieldReader(fields);
        r.problems().addAll(early);
        String version = r.text("A\"ML");
        if (!"1".equals(version)) {
            r.problem("A\"ML", version, "version must be 1");
        }
        AmlPositioningMethod method = smsMethod(r);
        if (method != AmlPositioningMethod.NONE) {
            for (String required : List.of("lt", "lg", "rd", "top", "lc")) {
                r.requirePresent(required);
            }
        }
        Double lat = r.decimal("lt", -90, 90, "degrees");
        Double lon = r.decimal("lg", -180, 180, "degrees");
        Integer radius = r.integer("rd", 0, 1_000_000, "metres");
        AmlLocation location = new AmlLocation(lat, lon, radius == null ? null : radius.doubleValue(),
                r.integer("lc", 0, 100, "percent"), r.compactUtc("top"), method, null, null, null, null, null);
        AmlHandset handset = new AmlHandset(r.digits("si", 5, 15, "IMSI"), r.digits("ei", 14, 16, "IMEI"),
                null, null, null, null, null);
        AmlNetwork network = new AmlNetwork(null, null, r.digits("mcc", 3, 3, "mobile country code"),
                r.digits("mnc", 2, 3, "mobile network code"), null, null);
        Integer declared = r.integer("ml", 1, MAX_LENGTH, "characters");
        if (declared == null) {
            r.requirePresent("ml");
        } else if (declared != message.length()) {
            r.problem("ml", declared.toString(), "declares " + declared + " characters but the message has "
                    + message.length() + " (truncated or altered in transit?)");
        }
        AmlMessageInfo info = new AmlMessageInfo(version, null, null, null, null, declared, null);
        return new AmlMessage(AmlForm.SMS, info, location, handset, network, fields, r.problems(), unknown);
    }

    public static AmlMessage parseHttps(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<FieldProblem> early = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (!checkSize(text, early)) {
            return empty(AmlForm.HTTPS, fields, early);
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawKey = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String key;
            String value;
            try {
                key = URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
                value = URLDecoder.decode(rawValue, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                early.add(new FieldProblem(shorten(rawKey), shorten(rawValue), "bad percent-encoding: " + e.getMessage()));
                continue;
            }
            if (eq < 0) {
                early.add(new FieldProblem(shorten(key), "", "has no value (no '=')"));
                continue;
            }
            if (fields.containsKey(key)) {
                early.add(new FieldProblem(key, shorten(value), "appears twice; the first value is kept"));
                continue;
            }
            fields.put(key, value);
            if (!HTTPS_FIELDS.contains(key)) {
                unknown.add(key);
            }
        }
        FieldReader r = new FieldReader(fields);
        r.problems().addAll(early);
        if (fields.isEmpty()) {
            r.problem("message", shorten(text), "has no form fields; expected an AML HTTPS body such as v=3&location_latitude=...");
            return new AmlMessage(AmlForm.HTTPS, new AmlMessageInfo(null, null, null, null, null, null, null),
                    emptyLocation(), emptyHandset(), emptyNetwork(), fields, r.problems(), unknown);
        }
        r.requirePresent("v");
        String activation = r.text("source");
        if (activation != null && !Set.of("call", "sms").contains(activation.toLowerCase(Locale.ROOT))) {
            r.problem("source", activation, "must be call or sms");
            activation = null;
        }
        AmlMessageInfo info = new AmlMessageInfo(r.text("v"), r.text("thunderbird_version"),
                r.text("emergency_number"), activation == null ? null : activation.toLowerCase(Locale.ROOT),
                r.epochMillis("time"), null, r.text("hmac"));
        r.decimal("gt_location_latitude", -90, 90, "degrees");
        r.decimal("gt_location_longitude", -180, 180, "degrees");
        r.requirePresent("location_latitude");
        r.requirePresent("location_longitude");
        Double lat = r.decimal("location_latitude", -90, 90, "degrees");
        Double lon = r.decimal("location_longitude", -180, 180, "degrees");
        AmlLocation location = new AmlLocation(lat, lon, r.decimal("location_accuracy", 0, 1_000_000, "metres"),
                httpsConfidence(r), r.epochMillis("location_time"), httpsMethod(r),
                r.decimal("location_altitude", -1000, 100_000, "metres"),
                r.decimal("location_vertical_accuracy", 0, 100_000, "metres"), r.text("location_floor"),
                r.decimal("location_bearing", 0, 360, "degrees"),
                r.decimal("location_speed", 0, 1000, "metres per second"));
        String imsi = r.present("device_imsi") ? r.digits("device_imsi", 5, 15, "IMSI") : r.digits("imsi", 5, 15, "IMSI");
        String imei = r.present("device_imei") ? r.digits("device_imei", 14, 16, "IMEI") : r.digits("imei", 14, 16, "IMEI");
        AmlHandset handset = new AmlHandset(imsi, imei, r.digits("device_iccid", 18, 22, "ICCID"), deviceNumber(r),
                r.text("device_model"), r.text("device_os"), r.text("device_languages"));
        AmlNetwork network = new AmlNetwork(r.digits("cell_home_mcc", 3, 3, "mobile country code"),
                r.digits("cell_home_mnc", 2, 3, "mobile network code"),
                r.digits("cell_network_mcc", 3, 3, "mobile country code"),
                r.digits("cell_network_mnc", 2, 3, "mobile network code"), r.text("cell_id"), r.text("cell_carrier"));
        return new AmlMessage(AmlForm.HTTPS, info, location, handset, network, fields, r.problems(), unknown);
    }

    private static AmlPositioningMethod smsMethod(FieldReader r) {
        String value = r.text("pm");
        if (value == null) {
            r.requirePresent("pm");
            return AmlPositioningMethod.UNKNOWN;
        }
        return switch (value) {
            case "G" -> AmlPositioningMethod.GNSS;
            case "W" -> AmlPositioningMethod.WIFI;
            case "C" -> AmlPositioningMethod.CELL;
            case "N" -> AmlPositioningMethod.NONE;
            default -> {
                r.problem("pm", value, "must be G (satellites), W (Wi-Fi), C (cell) or N (no position)");
                yield AmlPositioningMethod.UNKNOWN;
            }
        };
    }

    private static AmlPositioningMethod httpsMethod(FieldReader r) {
        String value = r.text("location_source");
        if (value == null) {
            return AmlPositioningMethod.UNKNOWN;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "gps", "gnss" -> AmlPositioningMethod.GNSS;
            case "wifi" -> AmlPositioningMethod.WIFI;
            case "cell" -> AmlPositioningMethod.CELL;
            case "unknown" -> AmlPositioningMethod.UNKNOWN;
            default -> {
                r.problem("location_source", value, "must be gps, wifi, cell or unknown");
                yield AmlPositioningMethod.UNKNOWN;
            }
        };
    }

    private static Integer httpsConfidence(FieldReader r) {
        Integer certainty = r.integer("location_certainty", 0, 100, "percent");
        Double fraction = r.decimal("location_confidence", 0, 1, "(a fraction)");
        if (certainty != null) {
            return certainty;
        }
        return fraction == null ? null : (int) Math.round(fraction * 100);
    }

    private static PhoneNumber deviceNumber(FieldReader r) {
        String value = r.text("device_number");
        if (value == null) {
            return null;
        }
        try {
            return PhoneNumber.parse("device_number", value);
        } catch (InvalidInputException e) {
            r.problem("device_number", value, e.reason());
            return null;
        }
    }

    private static boolean checkSize(String text, List<FieldProblem> problems) {
        if (text.isEmpty()) {
            problems.add(new FieldProblem("message", "", "is empty"));
            return false;
        }
        if (text.length() > MAX_LENGTH) {
            problems.add(new FieldProblem("message", "", "is " + text.length() + " characters, more than the "
                    + MAX_LENGTH + " an AML message may have; not read"));
            return false;
        }
        return true;
    }

    private static AmlMessage empty(AmlForm form, Map<String, String> fields, List<FieldProblem> problems) {
        return new AmlMessage(form, new AmlMessageInfo(null, null, null, null, null, null, null), emptyLocation(),
                emptyHandset(), emptyNetwork(), fields, problems, List.of());
    }

    private static AmlLocation emptyLocation() {
        return new AmlLocation(null, null, null, null, null, AmlPositioningMethod.UNKNOWN, null, null, null, null, null);
    }

    private static AmlHandset emptyHandset() {
        return new AmlHandset(null, null, null, null, null, null, null);
    }

    private static AmlNetwork emptyNetwork() {
        return new AmlNetwork(null, null, null, null, null, null);
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}
