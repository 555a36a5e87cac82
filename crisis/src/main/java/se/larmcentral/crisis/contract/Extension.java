package se.larmcentral.crisis.contract;

import se.larmcentral.core.InvalidInputException;

import java.time.LocalDate;

/**
 * A decision to extend the contract (förlängning): the new last day, the day it was decided and why.
 *
 * @param newEnd    the new last day the contract is in force (inclusive, Europe/Stockholm)
 * @param decidedOn the day the decision was taken (e.g. by the region's health and medical care committee)
 */
public record Extension(LocalDate newEnd, LocalDate decidedOn, String reason) {

    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    public Extension {
        if (newEnd == null) {
            throw new InvalidInputException("newEnd", "the new last day (yyyy-mm-dd) is required");
        }
        if (decidedOn == null) {
            throw new InvalidInputException("decidedOn", "the day of the decision (yyyy-mm-dd) is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "the reason for the extension is required");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "at most " + MAX_REASON + " characters");
        }
        if (decidedOn.isAfter(newEnd)) {
            throw new InvalidInputException("decidedOn", "the decision (" + decidedOn + ") is after the new end ("
                    + newEnd + ")");
        }
    }
}
