package se.larmcentral.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Unexpected failures of the demo's simulation, logged once per kind of step and cause (later ones at debug
 * level), with numbers masked: the log of a demo must not fill up, nor carry anything that looks like a caller's
 * number or position. Expected races (a person took the call or the unit first) never come here.
 */
final class DemoFailures {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCallGenerator.class);
    /** Phone numbers and coordinates: a digit, at least five more digits, spaces, dots or dashes, a digit. */
    private static final Pattern NUMBERS = Pattern.compile("\\+?\\d[\\d .-]{5,}\\d");

    private final Set<String> logged = new HashSet<>();

    /** Records that step {@code kind} (answer, classify, ...) failed unexpectedly. */
    void unexpected(String kind, RuntimeException e) {
        String cause = e.getClass().getSimpleName();
        String message = mask(e.getMessage());
        if (logged.add(kind + "/" + cause)) {
            LOG.warn("demo callers: a simulated {} failed ({}: {}); the simulation goes on, further {} failures"
                    + " of this kind are logged at debug level", kind, cause, message, kind);
        } else {
            LOG.debug("demo callers: a simulated {} failed ({}: {})", kind, cause, message);
        }
    }

    static String mask(String message) {
        return message == null ? "" : NUMBERS.matcher(message).replaceAll("#");
    }
}
