package se.larmcentral.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.larmcentral.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCliTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsOneClearLineNamingTheSettingNotAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Path config = dir.resolve("larm.yaml");
            Files.writeString(config, "dataDir: " + dir.resolve("data") + "\nhttp:\n  port: " + taken.getLocalPort() + "\n");
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));
            int status = cli.execute("serve", "--config", config.toString());
            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).contains("larm serve:").contains("'http.port'")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aBadSettingStopsStartUpNamingIt() throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "journal:\n  maxBatch: 0\n");
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("serve", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'journal.maxBatch'").doesNotContain("\tat ");
    }
}
