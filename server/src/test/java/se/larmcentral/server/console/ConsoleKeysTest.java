package se.larmcentral.server.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each view's navigation key (Alt+key) is its own, and none is a letter a view uses as a one-letter shortcut: with the
 * operator's "Alt shortcuts" setting (keys.js) a one-letter shortcut becomes Alt+letter and would meet the view's.
 * Three views took Alt+K or Alt+L in one merge; this reads the console's sources so the next one fails here.
 */
class ConsoleKeysTest {

    private static final Path CONSOLE = Path.of("src/main/resources/console");
    private static final Pattern VIEW_KEY = Pattern.compile("^  key: '([^']+)',", Pattern.MULTILINE);
    private static final Pattern LETTER_SHORTCUT = Pattern.compile("keys\\.add\\('([a-z])'");
    private static final Pattern CLASSIFY_KEY = Pattern.compile("^  [A-Z_]+: '([a-z])',", Pattern.MULTILINE);

    @Test
    void everyViewHasItsOwnKeyAndNoneIsAOneLetterShortcut() {
        Map<String, List<String>> viewsByKey = new HashMap<>();
        Map<String, List<String>> shortcuts = new HashMap<>();
        try (Stream<Path> files = Files.walk(CONSOLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                String source = Files.readString(file);
                String name = CONSOLE.relativize(file).toString();
                collect(VIEW_KEY.matcher(source), name, viewsByKey);
                collect(LETTER_SHORTCUT.matcher(source), name, shortcuts);
                if (name.endsWith("calltaker/strings.js")) {
                    int start = source.indexOf("CLASSIFY_KEYS");
                    collect(CLASSIFY_KEY.matcher(source.substring(start, source.indexOf("};", start))), name, shortcuts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(viewsByKey).as("the views' navigation keys").hasSizeGreaterThan(10);
        assertThat(shortcuts).as("one-letter shortcuts").containsKeys("a", "c", "k", "l");
        viewsByKey.forEach((key, views) -> {
            assertThat(views).as("views with Alt+" + key).hasSize(1);
            assertThat(shortcuts).as("Alt+" + key + " of " + views + " is also a one-letter shortcut in Alt mode")
                    .doesNotContainKey(key);
        });
    }

    private static void collect(Matcher matcher, String file, Map<String, List<String>> into) {
        while (matcher.find()) {
            into.computeIfAbsent(matcher.group(1), k -> new ArrayList<>()).add(file);
        }
    }
}
