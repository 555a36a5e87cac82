package se.larmcentral.calls;

import se.larmcentral.core.SwedishTime;
import se.larmcentral.calls.CallEvent.CrisisMessagePublished;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.InvalidInputException;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Publishes an approved 113 13 crisis message for operators to read from. The same message again records nothing
 * (answered as not recorded); a different one under the same id is a conflict (publish a new id and withdraw the old
 * one), and so is any message under the id of a withdrawn one: a withdrawn message stays withdrawn.
 *
 * @param areaCodes SCB codes: two digits for a county, four for a municipality; at least one
 */
public record PublishCrisisMessage(String messageId, String topic, String text, List<String> areaCodes,
                                   Instant validFrom, Instant validTo, String approvedBy)
        implements Command<CallsState, CrisisPublication> {

    @Override
    public Decision<CrisisPublication> decide(CallsState state, Instant now) {
        String id = Ids.require("messageId", messageId);
        String cleanTopic = Ids.requireText("topic", topic, 100);
        String cleanText = Ids.requireText("text", text, 4000);
        String approver = Ids.requireText("approvedBy", approvedBy, 200);
        if (areaCodes == null || areaCodes.isEmpty()) {
            throw new InvalidInputException("areaCodes", "is empty; name the counties (two digits) or municipalities (four digits)");
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < areaCodes.size(); i++) {
            String code = areaCodes.get(i);
            if (code == null || !code.matches("\\d{2}|\\d{4}")) {
                throw new InvalidInputException("areaCodes[" + i + "]", "must be an SCB county code (two digits) or"
                        + " municipality code (four digits), was '" + code + "'");
            }
            codes.add(code);
        }
        if (validFrom == null || validTo == null) {
            throw new InvalidInputException(validFrom == null ? "validFrom" : "validTo", "is missing");
        }
        if (!validTo.isAfter(validFrom)) {
            throw new InvalidInputException("validTo", "must be after validFrom (" + validFrom + "), was " + validTo);
        }
        if (!validTo.isAfter(now)) {
            throw new InvalidInputException("validTo", "is " + SwedishTime.text(validTo) + ", already past (now " + SwedishTime.text(now) + ")");
        }
        CrisisMessagePublished event = new CrisisMessagePublished(id, cleanTopic, cleanText, List.copyOf(codes),
                validFrom, validTo, approver, now);
        var existing = state.crisisMessage(id);
        if (existing.isPresent()) {
            CrisisMessage m = existing.get();
            if (m.withdrawnAt() != null) {
                throw new ConflictException("messageId", "crisis message " + id + " was withdrawn at " + m.withdrawnAt()
                        + " (" + m.withdrawReason() + "); publish the text under a new id");
            }
            boolean same = m.topic().equals(cleanTopic) && m.text().equals(cleanText)
                    && m.areaCodes().equals(event.areaCodes()) && m.validFrom().equals(validFrom)
                    && m.validTo().equals(validTo) && m.approvedBy().equals(approver);
            if (!same) {
                throw new ConflictException("messageId", "crisis message " + id + " was already published with other"
                        + " content; publish it under a new id and withdraw this one");
            }
            return Decision.of(new CrisisPublication(new CrisisMessagePublished(id, m.topic(), m.text(), m.areaCodes(),
                    m.validFrom(), m.validTo(), m.approvedBy(), m.publishedAt()), false));
        }
        return Decision.of(new CrisisPublication(event, true), event);
    }
}
