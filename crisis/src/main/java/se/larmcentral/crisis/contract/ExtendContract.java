package se.larmcentral.crisis.contract;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;

import java.time.Instant;

/**
 * Records an extension of a county's contract (förlängning). Refused when it would not move the end later, and once
 * the contract has ended (its open work is handed over then; a new contract is configuration, not an extension).
 */
public record ExtendContract(String countyCode, Extension extension) implements Command<Contracts, CareContract> {

    @Override
    public Decision<CareContract> decide(Contracts contracts, Instant now) {
        CareContract contract = contracts.require(countyCode);
        if (contract.endedAt(now)) {
            throw new ConflictException("newEnd", "the contract for " + contract.region().text() + " ended "
                    + contract.endText() + "; an ended contract is not extended");
        }
        CareContract extended = contract.extendedBy(extension);
        return Decision.of(extended, new ContractEvent.ContractExtended(countyCode, extension.newEnd(),
                extension.decidedOn(), extension.reason()));
    }
}
