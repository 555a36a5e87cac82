package se.larmcentral.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import se.larmcentral.journal.StoredEvent;
import se.larmcentral.web.accounts.SecretFields;

import java.time.Instant;

/** A journal event as the API shows it: the stored payload passed through, password and token hashes hidden. */
public record EventView(long sequence, String type, int version, Instant at, String actor, String actorKind,
                        @JsonRawValue String payload) {

    public static EventView of(StoredEvent row) {
        return new EventView(row.sequence(), row.type(), row.version(), row.at(), row.actorId(), row.actorKind(),
                SecretFields.redact(row.payload()));
    }
}
