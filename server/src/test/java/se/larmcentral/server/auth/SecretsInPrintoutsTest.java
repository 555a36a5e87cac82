package se.larmcentral.server.auth;


import se.larmcentral.centre.accounts.Role;
import org.junit.jupiter.api.Test;
import se.larmcentral.centre.accounts.Account;
import se.larmcentral.centre.accounts.AccountEvent;
import se.larmcentral.centre.accounts.ApiToken;
import se.larmcentral.centre.accounts.PasswordHasher;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.config.JdbcUrls;
import se.larmcentral.config.SettingsLoader;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects that hold a hash or a secret print without it, so a log line or an exception's message that names one
 * cannot leak it; the journal's password stays out of the settings' printout and the JDBC URL shown at start-up.
 */
class SecretsInPrintoutsTest {

    @Test
    void accountsTokensAndTheirEventsPrintWithoutHashes() {
        String hash = new PasswordHasher().hash("correct horse battery");
        TokenSecret secret = TokenSecret.generate();
        Instant now = Instant.parse("2025-03-12T11:00:00Z");
        List<Object> printed = List.of(
                new Account("anna", Set.of(Role.NURSE), Set.of(), null, null, hash, false, now, now, null),
                new ApiToken(secret.tokenId(), "anna", "tablet", secret.secretHash(), now, null, null),
                new AccountEvent.AccountCreated("anna", List.of(Role.NURSE), List.of(), null, hash, null),
                new AccountEvent.AccountPasswordChanged("anna", hash),
                new AccountEvent.ApiTokenIssued("anna", secret.tokenId(), "tablet", secret.secretHash(), null),
                secret);
        for (Object object : printed) {
            assertThat(object.toString()).as(object.getClass().getSimpleName()).doesNotContain(hash, "$argon2", secret.secretHash(), secret.token());
        }
        assertThat(printed.get(0).toString()).contains("anna", "NURSE");
        assertThat(printed.get(4).toString()).contains(secret.tokenId(), "tablet");
    }

    @Test
    void theJournalPasswordIsNotPrinted() {
        String printout = SettingsLoader.load(null, Map.of("LARM_JOURNAL_URL", "jdbc:postgresql://db.example/larm",
                "LARM_JOURNAL_USER", "larm", "LARM_JOURNAL_PASSWORD", "pg-Secret-4711")).toString();
        assertThat(printout).contains("jdbc:postgresql://db.example/larm", "password=(set)").doesNotContain("pg-Secret-4711");
    }

    @Test
    void aPasswordInAJdbcUrlIsMaskedWhereTheUrlIsShown() {
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://db.example:5432/larm?user=larm&password=pg-Secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db.example:5432/larm?user=larm&password=***&ssl=true");
        assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://larm:pg-Secret@db.example/larm"))
                .isEqualTo("jdbc:postgresql://larm:***@db.example/larm");
        assertThat(JdbcUrls.withoutSecrets("jdbc:h2:file:/data/journal;USER=sa;PASSWORD=h2-Secret;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:/data/journal;USER=sa;PASSWORD=***;WRITE_DELAY=0");
        assertThat(JdbcUrls.withoutSecrets("jdbc:h2:file:/data/journal;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:/data/journal;WRITE_DELAY=0");
    }
}
