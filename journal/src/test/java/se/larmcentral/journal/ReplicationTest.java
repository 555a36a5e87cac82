package se.larmcentral.journal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The replication state on scripts/ensure-postgres-replica's pair, as each server of it says. */
class ReplicationTest {

    private static String single(String port) {
        return "jdbc:postgresql://localhost:" + port + "/" + TestDatabases.PG_DB;
    }

    @Test
    void thePrimaryNamesItsSynchronousStandbyStreamingWithItsLag() throws Exception {
        PostgresPair.ensure();
        Replication primary = Replication.of(single(PostgresPair.PRIMARY_PORT), TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
        assertThat(primary.server()).isEqualTo("primary");
        assertThat(primary.problem()).isNull();
        assertThat(primary.replay()).isNull();
        assertThat(primary.standbys()).hasSize(1);
        Replication.Standby standby = primary.standbys().get(0);
        assertThat(standby.state()).isEqualTo("streaming");
        assertThat(standby.syncState()).isEqualTo("sync");
        assertThat(standby.lagBytes()).isNotNull().isGreaterThanOrEqualTo(0L);
    }

    @Test
    void theStandbySaysWhatItHasReplayedAndItsDelay() throws Exception {
        PostgresPair.ensure();
        Replication replica = Replication.of(single(PostgresPair.REPLICA_PORT), TestDatabases.PG_USER, TestDatabases.PG_PASSWORD);
        assertThat(replica.server()).isEqualTo("standby");
        assertThat(replica.standbys()).isEmpty();
        assertThat(replica.replay().replayedLsn()).matches("[0-9A-F]+/[0-9A-F]+");
        assertThat(replica.replay().receiverStatus()).isEqualTo("streaming");
        assertThat(replica.replay().behindBytes()).isNotNull().isGreaterThanOrEqualTo(0L);
        assertThat(replica.replay().delaySeconds()).isNotNull().isGreaterThanOrEqualTo(0.0);
        assertThat(replica.problem()).isNull();
    }

    @Test
    void aMultiHostUrlIsAskedHostByHost() {
        assertThat(Replication.eachHost(PostgresPair.url())).containsExactly(single(PostgresPair.PRIMARY_PORT),
                single(PostgresPair.REPLICA_PORT));
        assertThat(Replication.eachHost("jdbc:postgresql://a:1,b:2/db?targetServerType=primary&ssl=true"))
                .containsExactly("jdbc:postgresql://a:1/db?ssl=true", "jdbc:postgresql://b:2/db?ssl=true");
        assertThat(Replication.eachHost("jdbc:postgresql://a:1,b:2/db?ssl=true&targetServerType=primary"))
                .containsExactly("jdbc:postgresql://a:1/db?ssl=true", "jdbc:postgresql://b:2/db?ssl=true");
        assertThat(Replication.eachHost("jdbc:postgresql://a:1/db")).isEqualTo(List.of("jdbc:postgresql://a:1/db"));
    }
}
