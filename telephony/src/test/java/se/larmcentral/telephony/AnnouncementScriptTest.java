package se.larmcentral.telephony;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.social.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/ensure-announcements (Debian's espeak-ng and sox; ./larm test and CI run it first, so they are installed)
 * makes Swedish messages the front plays, and a second run leaves them as they are.
 */
class AnnouncementScriptTest {

    @TempDir
    Path dir;

    @Test
    void theScriptMakesEveryMessageInAFormatTheFrontPlaysAndIsIdempotent() throws Exception {
        // the tests run in the module's folder
        Path script = Path.of("..", "scripts", "ensure-announcements").toAbsolutePath().normalize();
        assertThat(run(script)).isZero();
        Announcements made = Announcements.read(dir);
        for (Outcome outcome : new Outcome[]{Outcome.NOT_AVAILABLE, Outcome.MESSAGE, Outcome.REFER_POLICE}) {
            assertThat(made.of(outcome)).as(outcome.name()).hasValueSatisfying(a ->
                    assertThat(a.duration().toSeconds()).isBetween(3L, 60L));
        }
        assertThat(made.queue()).as("the queue message").hasValueSatisfying(a ->
                assertThat(a.duration().toSeconds()).isBetween(3L, 30L));
        long modified = Files.getLastModifiedTime(dir.resolve("not-available.wav")).toMillis();
        Thread.sleep(20);
        assertThat(run(script)).isZero();
        assertThat(Files.getLastModifiedTime(dir.resolve("not-available.wav")).toMillis()).as("not made again")
                .isEqualTo(modified);
    }

    private int run(Path script) throws Exception {
        Process process = new ProcessBuilder(script.toString(), dir.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("script.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("script finished").isTrue();
        return process.exitValue();
    }
}
