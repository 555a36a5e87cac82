package se.larmcentral.server.console;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core's WCAG 2.0 and 2.1 level A and AA rules run on a page of the console, as every browser test does on each
 * view it opens and on the page it ends with ({@link ConsoleBrowser}). axe-core is the {@code axe.min.js} that
 * Deque's {@code com.deque.html.axe-core:playwright} artifact ships (version pinned in the root pom as
 * {@code axe-core.version}); it is evaluated in the page through Playwright, which the console's
 * Content-Security-Policy does not govern, so the console's policy stays as strict as in production.
 */
final class AxeCheck {

    /** WCAG 2.0 and 2.1, levels A and AA: what issue 20 and the public sector's rules (EN 301 549) ask for. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe's experimental rules inside those levels, switched on: axe leaves them out of a tag run. WCAG 2.5.3 (a
     * control's accessible name starts with its visible text) is the one the console broke in its top bar.
     */
    static final List<String> EXPERIMENTAL = List.of("label-content-name-mismatch");

    /** Rules left out, each with its reason. None: a violation is fixed in the console, not excluded here. */
    static final Map<String, String> EXCLUDED = Map.of();

    private static final String SCRIPT = "axe.min.js";
    private static final String SOURCE = load();

    private AxeCheck() {
    }

    /** One violation per rule: its id, impact and help text, and each element it found (selector: what is wrong). */
    record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    /** The violations on the page as it is now (loads axe-core into the page the first time). */
    @SuppressWarnings("unchecked")
    static List<Violation> run(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        Map<String, Object> rules = new java.util.HashMap<>();
        EXPERIMENTAL.forEach(rule -> rules.put(rule, Map.of("enabled", true)));
        EXCLUDED.keySet().forEach(rule -> rules.put(rule, Map.of("enabled", false)));
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async ({ tags, rules }) => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules,
                    resultTypes: ['violations'] });
                  return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? '', help: v.help,
                    targets: v.nodes.map((n) => n.target.join(' ') + ': '
                      + (n.failureSummary ?? '').replace(/\\s+/g, ' ').trim()) }));
                }""", Map.of("tags", TAGS, "rules", rules));
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : found) {
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    List.copyOf((List<String>) v.get("targets"))));
        }
        return violations;
    }

    /** The violations as one message that names the page, each rule, its help and every target; empty if none. */
    static String describe(String where, List<Violation> violations) {
        if (violations.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("axe-core (WCAG 2.1 A/AA) found ").append(violations.size())
                .append(" violation(s) on ").append(where).append(':');
        violations.forEach(v -> text.append("\n  - ").append(v));
        return text.toString();
    }

    private static String load() {
        try (InputStream in = AxeCheck.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the test class path: the server's test"
                        + " dependency com.deque.html.axe-core:playwright ships it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
