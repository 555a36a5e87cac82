package se.larmcentral.crisis.contract;

import java.util.List;

/**
 * The contracts a centre is configured with and when their ends are reminded of: configuration, the same at every
 * replay. Each state gets its own {@link Contracts} projection from it.
 */
public record ContractTerms(List<CareContract> contracts, ReminderSchedule reminders) {

    public ContractTerms {
        contracts = List.copyOf(contracts);
        new Contracts(contracts, reminders); // refuses two contracts for one county
    }

    /** No contract: nothing ends, nothing is handed over. */
    public static ContractTerms none() {
        return new ContractTerms(List.of(), ReminderSchedule.STANDARD);
    }

    public Contracts projection() {
        return new Contracts(contracts, reminders);
    }
}
