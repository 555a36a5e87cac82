package se.larmcentral.centre.accounts;

/**
 * What a person or machine may do in the centre. An account holds one or more roles; every route names the roles
 * it admits (see the route table).
 */
public enum Role {
    /** Answers calls, classifies them, runs the interview. */
    CALL_TAKER,
    /** Sends units: incidents, recommendations, assignments, the unit board. */
    DISPATCHER,
    /** Sjuksköterska: may override a medical priority, with a reason. */
    NURSE,
    /** Watches the floor: figures, queues, the shift log. */
    SUPERVISOR,
    /** Medicinskt ansvarig: edits the medical index and the region's response rules. */
    MEDICAL_DIRECTOR,
    /**
     * Changes every municipality's social agreements, jours and direct numbers, and the alarm service's customers,
     * objects and action plans (their agreements too).
     */
    AGREEMENTS_ADMIN,
    /** Changes only their own municipality's plan, rosters and messages, and the jours it belongs to. */
    MUNICIPALITY_ADMIN,
    /** Reads everything, the audit log included, and changes nothing. */
    AUDITOR,
    /** A unit's own terminal: reports only its own unit's status and position. */
    UNIT_DEVICE,
    /**
     * A receiving hospital's emergency department (akutmottagning): reads only the crews' pre-alerts to its own
     * hospital.
     */
    HOSPITAL,
    /** Manages accounts and API tokens. */
    ADMINISTRATOR,
    /**
     * A machine feeding the centre with an API token: the telephony front (intake, hang-ups, PIDF-LO) and the AML
     * receivers (the SMS gateway, the HTTPS endpoint's front). Never a person's role.
     */
    INTEGRATION,
    /** A metrics scraper (Prometheus) with an API token: reads {@code /metrics} and nothing else. */
    MONITORING
}
