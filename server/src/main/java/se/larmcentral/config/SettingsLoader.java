package se.larmcentral.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.file.YamlBinding;
import se.larmcentral.core.file.YamlFileException;
import se.larmcentral.core.file.YamlNode;
import se.larmcentral.core.file.YamlReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@link Settings}: built-in defaults, then the YAML file, then environment variables
 * ({@code LARM_} + the setting's path in upper snake case: {@code http.maxRequestBytes} is
 * {@code LARM_HTTP_MAX_REQUEST_BYTES}). An unknown setting or a bad value stops start-up naming the setting.
 */
public final class SettingsLoader {

    private SettingsLoader() {
    }

    /** Defaults, overlaid by {@code file} (may be null) and by the environment. */
    public static Settings load(Path file, Map<String, String> environment) {
        ObjectNode tree = defaults();
        YamlNode fromFile = null;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new InvalidSettingException("--config", "file " + file.toAbsolutePath() + " does not exist");
            }
            try (Reader reader = Files.newBufferedReader(file)) {
                fromFile = YamlReader.read(file.toString(), reader);
            } catch (YamlFileException e) {
                throw new InvalidSettingException(e.path().isEmpty() ? "--config" : e.path(),
                        file + ": " + e.reasonWithPosition());
            } catch (IOException e) {
                throw new InvalidSettingException("--config", "cannot read " + file + ": " + e.getMessage());
            }
            if (!fromFile.isNull()) {
                if (!(fromFile instanceof YamlNode.Mapping settings)) {
                    throw new InvalidSettingException("--config", file + " must hold a YAML mapping of settings");
                }
                merge(tree, settings, "");
                refuseSecretInFile(tree, file);
            }
        }
        Set<String> known = new HashSet<>();
        applyEnvironment(tree, "", environment, known);
        refuseUnknownVariables(environment, known);
        Path base = file != null ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("larm.home", ".")).toAbsolutePath();
        resolvePaths(tree, base);
        Settings settings = bind(tree, fromFile, environment);
        validate(settings);
        return settings;
    }

    private static ObjectNode defaults() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/larmcentral-defaults.yaml")) {
            return (ObjectNode) YamlBinding.json(YamlReader.read("larmcentral-defaults.yaml", in));
        } catch (IOException e) {
            throw new IllegalStateException("built-in defaults cannot be read", e);
        }
    }

    private static void merge(ObjectNode target, YamlNode.Mapping source, String prefix) {
        for (YamlNode.Mapping.Entry field : source.entries().values()) {
            String path = prefix + field.key();
            String where = " (line " + field.line() + ", column " + field.column() + ")";
            JsonNode existing = target.get(field.key());
            if (existing == null) {
                throw new InvalidSettingException(path, "is not a setting; known here: "
                        + String.join(", ", (Iterable<String>) target::fieldNames) + where);
            }
            if (existing.isObject() && field.value() instanceof YamlNode.Mapping section) {
                merge((ObjectNode) existing, section, path + ".");
            } else if (existing.isObject()) {
                throw new InvalidSettingException(path, "is a section; give its settings beneath it" + where);
            } else {
                target.set(field.key(), YamlBinding.json(field.value()));
            }
        }
    }

    private static void applyEnvironment(ObjectNode tree, String prefix, Map<String, String> environment,
                                         Set<String> known) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + field.getKey();
            if (field.getValue().isObject()) {
                applyEnvironment((ObjectNode) field.getValue(), path + ".", environment, known);
            } else {
                known.add(environmentName(path));
                String value = environment.get(environmentName(path));
                if (value != null && field.getValue().isArray()) {
                    tree.set(field.getKey(), listFromEnvironment(path, value));
                } else if (value != null) {
                    tree.put(field.getKey(), value);
                }
            }
        }
    }

    /** A list setting in the environment is YAML flow text: {@code '[{group: g, role: AUDITOR}]'}. */
    private static JsonNode listFromEnvironment(String path, String value) {
        try {
            YamlNode list = YamlReader.read(environmentName(path), value);
            if (!(list instanceof YamlNode.Sequence)) {
                throw new InvalidSettingException(path, environmentName(path) + " must be a YAML list such as [a, b]");
            }
            return YamlBinding.json(list);
        } catch (YamlFileException e) {
            throw new InvalidSettingException(path, environmentName(path) + " is not a YAML list: "
                    + e.reasonWithPosition());
        }
    }

    /** The OpenID Connect client secret must not sit in a settings file (files get copied, committed, shared). */
    private static void refuseSecretInFile(ObjectNode tree, Path file) {
        if (!tree.at("/auth/oidc/clientSecret").asText("").isEmpty()) {
            throw new InvalidSettingException("auth.oidc.clientSecret", "is a secret and is read only from the"
                    + " environment variable " + environmentName("auth.oidc.clientSecret") + "; remove it from " + file);
        }
    }

    /** A misspelt variable would otherwise be ignored without a word; the test suite's own use LARM_TEST_. */
    private static void refuseUnknownVariables(Map<String, String> environment, Set<String> known) {
        for (String name : new TreeSet<>(environment.keySet())) {
            if (name.startsWith("LARM_") && !name.startsWith("LARM_TEST_") && !known.contains(name)) {
                throw new InvalidSettingException(name, "is not a setting's environment variable; known: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /**
     * Relative paths are read against the settings file's folder (or the installation folder without one), not
     * against wherever the command happened to be started; the graph cache follows {@code dataDir} unless set.
     */
    private static void resolvePaths(ObjectNode tree, Path base) {
        Path dataDir = base.resolve(tree.path("dataDir").asText("data")).normalize();
        tree.put("dataDir", dataDir.toString());
        ObjectNode geo = (ObjectNode) tree.get("geo");
        if (geo.path("graphCache").asText("").isBlank()) {
            geo.put("graphCache", dataDir.resolve("graph-cache").toString());
        }
        resolveIfSet(geo, "graphCache", base);
        resolveIfSet(geo, "osmExtract", base);
        resolveIfSet(geo, "municipalities", base);
        ObjectNode telephony = (ObjectNode) tree.get("telephony");
        if (telephony.path("announcements").asText("").isBlank()) {
            telephony.put("announcements", dataDir.resolve("announcements").toString());
        }
        resolveIfSet(telephony, "announcements", base);
        if (telephony.get("tls") instanceof ObjectNode tls) {
            resolveIfSet(tls, "keyStore", base);
        }
        resolveIfSet((ObjectNode) tree.get("triage"), "indexFile", base);
        resolveIfSet((ObjectNode) tree.get("triage"), "responseRulesFile", base);
        resolveIfSet((ObjectNode) tree.get("exchange"), "eidoSchema", base);
        resolveIfSet((ObjectNode) tree.get("warnings"), "capSchema", base);
    }

    private static void resolveIfSet(ObjectNode section, String name, Path base) {
        String value = section.path(name).asText("");
        if (!value.isBlank()) {
            section.put(name, base.resolve(value).normalize().toString());
        }
    }

    private static void requireRate(String rateName, int perSecond, String burstName, int burst) {
        if (perSecond < 1) {
            throw new InvalidSettingException(rateName, "must be at least 1, was " + perSecond);
        }
        if (burst < perSecond) {
            throw new InvalidSettingException(burstName, "must be at least " + rateName + " (" + perSecond + "), was " + burst);
        }
    }

    /** {@code http.maxRequestBytes} → {@code LARM_HTTP_MAX_REQUEST_BYTES}. */
    public static String environmentName(String path) {
        return "LARM_" + path.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
    }

    /** A value of the wrong kind is named with its line in the file, or with its variable when that set it. */
    private static Settings bind(ObjectNode tree, YamlNode fromFile, Map<String, String> environment) {
        try {
            return YamlBinding.bind(tree, Settings.class, fromFile);
        } catch (YamlFileException e) {
            String variable = environmentName(e.path());
            throw new InvalidSettingException(e.path(), environment.containsKey(variable)
                    ? e.reason() + " (from " + variable + ")" : e.reasonWithPosition());
        }
    }

    private static void validate(Settings settings) {
        if (settings.dataDir() == null) {
            throw new InvalidSettingException("dataDir", "must name a folder");
        }
        Settings.Http http = settings.http();
        if (http.port() < 0 || http.port() > 65_535) {
            throw new InvalidSettingException("http.port", "must be between 0 and 65535, was " + http.port());
        }
        if (http.host() == null || http.host().isBlank()) {
            throw new InvalidSettingException("http.host", "must name an interface, e.g. 127.0.0.1 or 0.0.0.0");
        }
        if (http.maxRequestBytes() < 1024) {
            throw new InvalidSettingException("http.maxRequestBytes", "must be at least 1024, was " + http.maxRequestBytes());
        }
        if (http.commandTimeoutMillis() < 100) {
            throw new InvalidSettingException("http.commandTimeoutMillis", "must be at least 100 ms");
        }
        if (http.headerTimeoutMillis() < 1000) {
            throw new InvalidSettingException("http.headerTimeoutMillis", "must be at least 1000 ms, was " + http.headerTimeoutMillis());
        }
        if (http.idleTimeoutMillis() < 15_000) {
            throw new InvalidSettingException("http.idleTimeoutMillis", "must be at least 15000 ms (the event stream's"
                    + " keep-alive comes every 10 s), was " + http.idleTimeoutMillis());
        }
        if (http.maxConnectionsPerAddress() < 8) {
            throw new InvalidSettingException("http.maxConnectionsPerAddress", "must be at least 8 (a browser opens"
                    + " several), was " + http.maxConnectionsPerAddress());
        }
        requireRate("http.commandsPerSecondPerAccount", http.commandsPerSecondPerAccount(),
                "http.commandBurstPerAccount", http.commandBurstPerAccount());
        requireRate("http.commandsPerSecondPerAddress", http.commandsPerSecondPerAddress(),
                "http.commandBurstPerAddress", http.commandBurstPerAddress());
        for (String host : http.allowedHosts()) {
            if (host == null || !host.strip().matches("\\*|\\[?[A-Za-z0-9.:-]+]?")) {
                throw new InvalidSettingException("http.allowedHosts", "must hold host names or addresses (without"
                        + " port or scheme), or * for any, was '" + host + "'");
            }
        }
        Settings.Journal journal = settings.journal();
        String url = journal.url() == null ? "" : journal.url();
        if (!url.isEmpty() && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidSettingException("journal.url", "must be a jdbc:h2: or jdbc:postgresql: URL, or empty for"
                    + " embedded storage under dataDir; was '" + url + "'");
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            throw new InvalidSettingException("journal.url", "an in-memory H2 journal loses every event when the"
                    + " process stops; use a jdbc:h2:file: URL or leave it empty for embedded storage under dataDir");
        }
        if (url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:")) {
            // Tried in session 5: through a network cut an H2 server recovered in 4 s alone but took 40 s to over a
            // minute under load; the journal across a network is PostgreSQL's job (fenced lease, replicas).
            throw new InvalidSettingException("journal.url", "a journal on an H2 server across the network is not"
                    + " supported; use embedded H2 (a jdbc:h2:file: URL, or empty for dataDir) on one machine, or"
                    + " jdbc:postgresql: for a journal shared over the network");
        }
        if (url.startsWith("jdbc:h2:") && url.toUpperCase().matches(".*;WRITE_DELAY=(?!0(;|$)).*")) {
            throw new InvalidSettingException("journal.url", "WRITE_DELAY other than 0 would acknowledge commands"
                    + " before they reach the file; remove it (the journal sets WRITE_DELAY=0)");
        }
        if (journal.maxBatch() < 1 || journal.maxBatch() > 10_000) {
            throw new InvalidSettingException("journal.maxBatch", "must be between 1 and 10000, was " + journal.maxBatch());
        }
        if (journal.connectTimeoutMillis() < 250) {
            throw new InvalidSettingException("journal.connectTimeoutMillis", "must be at least 250 ms");
        }
        Settings.Geo geo = settings.geo();
        requireFileIfSet("geo.osmExtract", geo.osmExtract());
        requireFileIfSet("geo.municipalities", geo.municipalities());
        between("geo.nearestMunicipalityMetres", geo.nearestMunicipalityMetres(), 0, 50_000);
        for (String county : geo.regionCounties()) {
            if (county == null || !county.matches("\\d{2}")) {
                throw new InvalidSettingException("geo.regionCounties", "a county is a two-digit SCB code such as 01"
                        + " (Stockholms län), was '" + county + "'");
            }
        }
        if (!(geo.maxSnapMetres() > 0)) {
            throw new InvalidSettingException("geo.maxSnapMetres", "must be a positive distance in metres");
        }
        try {
            geo.speeds().checked();
        } catch (InvalidInputException e) {
            throw new InvalidSettingException("geo." + e.field(), e.reason());
        }
        requireFileIfSet("triage.indexFile", settings.triage().indexFile());
        requireFileIfSet("triage.responseRulesFile", settings.triage().responseRulesFile());
        validateCalls(settings.calls());
        validateAuth(settings.auth());
        OidcSettingsCheck.validate(settings.auth().oidc());
        validateConsole(settings.console());
        validateDemoCallers(settings.demoCallers());
        List<Integer> limits = settings.dispatch().waitingLimitSeconds();
        if (limits == null || limits.size() != 4 || limits.stream().anyMatch(l -> l == null || l < 1 || l > 86_400)) {
            throw new InvalidSettingException("dispatch.waitingLimitSeconds", "give four limits in seconds (1 to 86400),"
                    + " for priorities 1, 2, 3 and 4, such as [60, 180, 900, 3600]");
        }
        MoveUpSettings.advice(settings.dispatch().moveUp());
        ContractSettings.terms(settings.contract());
        ExchangeSettings.check(settings.exchange(), settings.warnings());
        validateTelephony(settings.telephony());
        validateAlarms(settings.alarms());
        validateCluster(settings.cluster());
    }

    private static void validateCluster(Settings.Cluster cluster) {
        between("cluster.leaseSeconds", cluster.leaseSeconds(), 1, 600);
        if (cluster.renewMillis() < 50 || cluster.renewMillis() * 2L > cluster.leaseSeconds() * 1000L) {
            throw new InvalidSettingException("cluster.renewMillis", "must be 50 ms to half of cluster.leaseSeconds ("
                    + cluster.leaseSeconds() * 500L + " ms), was " + cluster.renewMillis());
        }
        String node = cluster.nodeId() == null ? "" : cluster.nodeId();
        if (!node.isEmpty() && !node.matches("[A-Za-z0-9._:-]{1,200}")) {
            throw new InvalidSettingException("cluster.nodeId", "must be 1 to 200 letters, digits, '.', '_', ':' or '-',"
                    + " or empty for host name and process id; was '" + node + "'");
        }
        String url = cluster.advertiseUrl() == null ? "" : cluster.advertiseUrl();
        if (!url.isEmpty() && !url.matches("https?://[^\\s/?#]+(/[^\\s]*)?")) {
            throw new InvalidSettingException("cluster.advertiseUrl", "must be an http:// or https:// URL such as"
                    + " https://larm-a.example:8112, or empty; was '" + url + "'");
        }
    }

    private static void validateAlarms(Settings.Alarms alarms) {
        try {
            alarms.checked();
        } catch (InvalidInputException e) {
            throw new InvalidSettingException(e.field(), e.reason());
        }
    }

    private static void validateTelephony(Settings.Telephony telephony) {
        try {
            telephony.checked();
        } catch (InvalidInputException e) {
            throw new InvalidSettingException(e.field(), e.reason());
        }
    }

    private static void validateDemoCallers(Settings.DemoCallers demoCallers) {
        between("demoCallers.answerAfterSeconds", demoCallers.answerAfterSeconds(), 0, 3_600);
        between("demoCallers.assignAfterMinutes", demoCallers.assignAfterMinutes(), 0, 1_440);
    }

    private static void between(String setting, int value, int least, int most) {
        if (value < least || value > most) {
            throw new InvalidSettingException(setting, "must be between " + least + " and " + most + ", was " + value);
        }
    }

    private static void validateAuth(Settings.Auth auth) {
        atLeast("auth.sessionIdleMinutes", auth.sessionIdleMinutes(), 1);
        atLeast("auth.sessionMaxHours", auth.sessionMaxHours(), 1);
        atLeast("auth.loginSlowdownAfter", auth.loginSlowdownAfter(), 1);
        atLeast("auth.loginLockAfter", auth.loginLockAfter(), auth.loginSlowdownAfter());
        atLeast("auth.loginLockMinutes", auth.loginLockMinutes(), 1);
        atLeast("auth.loginsPerMinutePerAddress", auth.loginsPerMinutePerAddress(), 1);
        TrustedProxies.check(auth.trustedProxies());
    }

    private static void atLeast(String setting, int value, int least) {
        if (value < least) {
            throw new InvalidSettingException(setting, "must be at least " + least + ", was " + value);
        }
    }
    private static void validateConsole(Settings.Console console) {
        between("console.crewPositionSeconds", console.crewPositionSeconds(), 5, 3_600);
        String url = console.tileUrl() == null ? "" : console.tileUrl().strip();
        if (url.isEmpty()) {
            return;
        }
        if (!url.matches("https?://[^/\\s]+/\\S*")) {
            throw new InvalidSettingException("console.tileUrl", "must be an http:// or https:// URL template, was '"
                    + url + "'");
        }
        for (String part : new String[] {"{z}", "{x}", "{y}"}) {
            if (!url.contains(part)) {
                throw new InvalidSettingException("console.tileUrl", "must contain " + part
                        + " (e.g. https://tiles.example.org/{z}/{x}/{y}.png), was '" + url + "'");
            }
        }
        if (console.tileAttribution() == null || console.tileAttribution().isBlank()) {
            throw new InvalidSettingException("console.tileAttribution", "must name the tile provider when"
                    + " console.tileUrl is set (most tile licences require it)");
        }
    }

    private static void validateCalls(Settings.Calls calls) {
        String number = calls.missingChildrenNumber();
        if (number != null && !number.isBlank()) {
            try {
                PhoneNumber.parse("calls.missingChildrenNumber", number);
            } catch (InvalidInputException e) {
                throw new InvalidSettingException("calls.missingChildrenNumber", e.reason());
            }
            if (calls.missingChildrenOrganisation() == null || calls.missingChildrenOrganisation().isBlank()) {
                throw new InvalidSettingException("calls.missingChildrenOrganisation", "must name the organisation"
                        + " calls.missingChildrenNumber reaches");
            }
        }
    }

    private static void requireFileIfSet(String setting, String path) {
        if (path != null && !path.isBlank() && !Files.isRegularFile(Path.of(path))) {
            throw new InvalidSettingException(setting, "file " + Path.of(path).toAbsolutePath() + " does not exist");
        }
    }
}
