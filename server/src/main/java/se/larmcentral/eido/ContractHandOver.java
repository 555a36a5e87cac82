package se.larmcentral.eido;

import com.fasterxml.jackson.databind.node.ObjectNode;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.crisis.contract.CareContract;
import se.larmcentral.crisis.contract.ReceivingParty;

import java.time.Instant;
import java.util.List;

/**
 * What the receiving party is given at the regional contract's end: one EIDO document per incident handed over
 * ({@code contract.IncidentHandedOver}), in the order handed over, each naming the receiver and the end in its notes.
 * Empty before the end. Made from the state ({@link #of}), then {@link #checked} outside its read lock.
 */
public record ContractHandOver(String countyCode, String region, ReceivingParty receiver, Instant endsAt,
                               String endText, boolean ended, List<ObjectNode> documents) {

    public ContractHandOver {
        documents = List.copyOf(documents);
    }

    /** The documents as made; a county without a contract is refused naming it. */
    public static ContractHandOver of(EidoExchange eido, CentreState state, String countyCode, String exportedBy,
                                      Instant now) {
        eido.schema(); // without the schema nothing is made
        CareContract contract = state.contracts().contract(countyCode).orElseThrow(() -> new NotFoundException(
                "countyCode", "no regional contract for county '" + countyCode + "'"));
        return new ContractHandOver(countyCode, contract.region().text(), contract.receiver(), contract.endsAt(),
                contract.endText(), contract.endedAt(now), state.contracts().handedOverIn(countyCode).stream()
                .map(id -> eido.unchecked(state, id, exportedBy, now)).toList());
    }

    /** The same, each document checked against the schema: one of ours that fails is never sent. */
    public ContractHandOver checked(EidoExchange eido) {
        return new ContractHandOver(countyCode, region, receiver, endsAt, endText, ended,
                documents.stream().map(eido::checked).toList());
    }
}
