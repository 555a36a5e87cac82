package se.larmcentral.centre.audit;

import se.larmcentral.core.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an audit entry is about: the social configuration a municipality's calls are forwarded by, and who may act
 * (the accounts and their API tokens), and incidents exchanged with other centres.
 */
public enum AuditSubject {
    /** A jour's roster (jourlista): listed for every municipality the jour serves at the time of the change. */
    ROSTER("roster"),
    /** A municipality's agreement: signed, ended, its set times, its texts (message, instructions), its one-off changes. */
    AGREEMENT("agreement"),
    /** A jour's details (name, number, hours): listed for every municipality it serves at the time. */
    JOUR("jour"),
    /** A municipality's direct numbers into the centre. */
    DIRECT_NUMBERS("direct-numbers"),
    /** The centre-wide policy for municipalities without an agreement; concerns every municipality. */
    NO_AGREEMENT_POLICY("no-agreement-policy"),
    /**
     * Local accounts and their API tokens: created, roles changed, password set, disabled, enabled, locked, unlocked,
     * tokens issued and revoked. Listed for the municipalities the account administers before or after the change.
     */
    ACCOUNTS("accounts"),
    /**
     * The regional ambulance-care contract: extensions recorded (who, the new end, the decision) and the incidents
     * handed over at its end. County-wide: listed when no municipality is asked for.
     */
    CONTRACT("contract"),
    /**
     * Public warnings and 113 13 information (CAP): drafted, approved, published, updated, cancelled, imported. Listed
     * for the municipalities of the message's areas.
     */
    WARNINGS("warnings"),
    /** Major incidents (särskilda händelser): declared, amended, ended. Listed for the municipalities of the area before or after. */
    MAJOR_INCIDENTS("major-incidents"),
    /**

     * Incidents exchanged with other centres (EIDO): who imported one and from whom, who handed one over and to whom.
     * Concerns no municipality; for the supervisor and the auditor.
     */
    INCIDENT_EXCHANGE("incident-exchange"),
    /**
     * The alarm service's register (larmkunder): customers, alarm objects and their action plans saved. Concerns no
     * municipality; for the agreements administrator who keeps it, the supervisor and the auditor.
     */
    ALARM_REGISTER("alarm-register");

    private final String wireName;

    AuditSubject(String wireName) {
        this.wireName = wireName;
    }

    /** As written in queries and answers: {@code direct-numbers}. */
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }

    public static AuditSubject parse(String field, String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.wireName.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + text + "' is not an audit subject; one of "
                        + Arrays.stream(values()).map(AuditSubject::wireName).collect(Collectors.joining(", "))));
    }
}
