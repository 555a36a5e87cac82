package se.larmcentral.web.accounts;

import java.util.regex.Pattern;

/**
 * Hides the password and token hashes of account events wherever the journal is shown (the events API and stream):
 * the audit trail says that a password was set, not what it hashes to.
 */
public final class SecretFields {

    // Argon2 PHC strings and hex digests never hold a quote or a backslash, so a JSON string value ends at the next quote.
    private static final Pattern HASH_FIELD = Pattern.compile("\"(passwordHash|secretHash)\"\\s*:\\s*\"[^\"]*\"");

    private SecretFields() {
    }

    public static String redact(String payload) {
        if (payload == null || !payload.contains("Hash\"")) {
            return payload;
        }
        return HASH_FIELD.matcher(payload).replaceAll("\"$1\":\"[hidden]\"");
    }
}
