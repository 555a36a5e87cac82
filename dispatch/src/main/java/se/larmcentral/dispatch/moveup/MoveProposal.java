package se.larmcentral.dispatch.moveup;

import java.time.Duration;

/**
 * One proposed move: a free unit drives to another station and stands by there.
 *
 * @param travelTime how long it drives from where it is to the station
 * @param gain       what the move is worth to the policy: for DMEXCLP the rise in expected covered demand (in the
 *                   demand points' weight), for a compliance table 1 (one place the table asks for is filled)
 * @param reason     the policy's reason in words, for the dispatcher
 */
public record MoveProposal(String policy, String unitId, String callSign, String fromStationId, String toStationId,
                           String toStationName, Duration travelTime, double gain, String reason) {
}
