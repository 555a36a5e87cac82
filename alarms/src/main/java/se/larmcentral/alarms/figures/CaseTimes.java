package se.larmcentral.alarms.figures;

import se.larmcentral.alarms.desk.ClosingReason;

import java.time.Instant;

/**
 * What the figures need of one alarm case: whose it was, when it came, was first taken and was closed, and why.
 *
 * @param customerId the object's customer, or null when the account belonged to no object
 * @param takenAt    when an operator first took it, or null
 * @param closedAt   when it was closed, or null while open
 * @param reason     why it was closed, or null while open
 */
public record CaseTimes(String caseId, String customerId, Instant receivedAt, Instant takenAt, Instant closedAt,
                        ClosingReason reason) {

    CaseTimes taken(Instant at) {
        return takenAt != null ? this : new CaseTimes(caseId, customerId, receivedAt, at, closedAt, reason);
    }

    CaseTimes closed(Instant at, ClosingReason why) {
        return new CaseTimes(caseId, customerId, receivedAt, takenAt, at, why);
    }
}
