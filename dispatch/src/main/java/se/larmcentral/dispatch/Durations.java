package se.larmcentral.dispatch;

import se.larmcentral.core.Elapsed;
import java.time.Duration;

/** Durations as operators read them: {@code 7 min 05 s}, {@code 45 s}. */
public final class Durations {

    private Durations() {
    }

    public static String text(Duration duration) {
        long seconds = Math.round(Elapsed.seconds(duration));
        String sign = seconds < 0 ? "-" : "";
        seconds = Math.abs(seconds);
        if (seconds < 60) {
            return sign + seconds + " s";
        }
        long rest = seconds % 60;
        return sign + (seconds / 60) + " min " + (rest < 10 ? "0" : "") + rest + " s";
    }
}
