package se.larmcentral.alarms.dc09;

import java.util.Optional;

/**
 * An account the receiver knows (abonnemang): its number as the transmitter sends it, and its key when its
 * messages must come encrypted. An account with a key takes only encrypted messages, one without only plain ones.
 */
public record Dc09Account(String account, Optional<AesKey> key) {

    public Dc09Account {
        if (account == null || !account.matches("[0-9A-Fa-f]{3,16}")) {
            throw new IllegalArgumentException("account: must be 3-16 hex digits");
        }
        account = account.toUpperCase(java.util.Locale.ROOT);
    }
}
