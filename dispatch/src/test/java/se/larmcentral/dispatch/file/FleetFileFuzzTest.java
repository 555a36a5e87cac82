package se.larmcentral.dispatch.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.fuzz.Fuzzing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 8: the fleet file under seeded mutations of the demo fleet (the file a supervisor uploads). */
class FleetFileFuzzTest {

    @Test
    @Timeout(120)
    void everyMutatedFleetIsReadOrRefusedNamingItsPlace() throws IOException {
        String demo;
        try (InputStream in = FleetFileReader.class.getResourceAsStream(FleetFileReader.DEMO_STOCKHOLM)) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Fuzzing.Tally tally = Fuzzing.run("dispatch FleetFileReader", List.of(demo), 800,
                Set.of(InvalidInputException.class), text -> FleetFileReader.read("fleet.yaml",
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(tally.refused()).isPositive();
        assertThat(tally.accepted()).isPositive();
    }
}
