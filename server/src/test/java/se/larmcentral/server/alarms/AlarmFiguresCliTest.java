package se.larmcentral.server.alarms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.alarms.ReceiveAlarmMessage;
import se.larmcentral.alarms.SaveAlarmObject;
import se.larmcentral.alarms.SaveCustomer;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.core.Actor;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.server.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.CliRun.larm;

/** {@code larm alarms figures} on a stopped centre: today's figures per customer as JSON; a bad day named. */
class AlarmFiguresCliTest {

    @TempDir
    Path dir;

    @Test
    void todaysFiguresPerCustomerAndABadDayNamed() throws Exception {
        Path settings = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + dir.resolve("data") + "\n");
        try (Centre centre = OfflineCentre.open(OfflineCentre.settings(settings))) {
            Actor admin = Actor.person("avtal-anna");
            centre.loop().execute(admin, new SaveCustomer(Customer.of("nacka", "Nacka kommun", "municipality",
                    "AV-2026-17", "087188000")), Duration.ofSeconds(10));
            centre.loop().execute(admin, new SaveAlarmObject(new AlarmObject("skola", "nacka", "Eklidens skola",
                    "Vikdalsvägen 2, Nacka", new GeoPoint(59.316, 18.155), List.of("AB01"))), Duration.ofSeconds(10));
            Instant now = Instant.now();
            centre.loop().execute(new Actor("alarms", Actor.Kind.INTEGRATION), ReceiveAlarmMessage.of("AB01", "0001",
                    MessageType.SIA_DCS, "BA", "1", "", "NBA1", now, now, "192.0.2.7:4711/TCP", "frame",
                    Duration.ofMinutes(10)), Duration.ofSeconds(10));
        }

        CliRun run = larm("alarms", "figures", "--config", settings.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(run.out());
        assertThat(figures.get("from").asText()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString());
        assertThat(figures.get("customers")).hasSize(1);
        assertThat(figures.get("customers").get(0).get("name").asText()).isEqualTo("Nacka kommun");
        assertThat(figures.get("customers").get(0).get("received").asInt()).isEqualTo(1);
        assertThat(figures.get("customers").get(0).get("cases").asInt()).isEqualTo(1);

        CliRun bad = larm("alarms", "figures", "--from", "igår", "--config", settings.toString());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("from: must be a date as yyyy-mm-dd (Swedish time), was 'igår'")
                .doesNotContain("Exception");
    }
}
