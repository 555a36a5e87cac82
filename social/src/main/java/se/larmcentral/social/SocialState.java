package se.larmcentral.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

/**
 * The social module's state: jours and their rosters, agreements with their history, direct numbers, the
 * no-agreement policy and routed-call statistics, indexed for {@link SocialRouter}. Only the command loop's
 * writer thread calls {@link #apply}; events of other modules are ignored.
 */
public final class SocialState implements Projection {

    private final MunicipalityRegistry registry;
    private final SwedishCalendar calendar;
    private final Map<String, Jour> jours = new LinkedHashMap<>();
    private final Map<String, Roster> rosters = new HashMap<>();
    private final Map<String, Agreement> agreements = new LinkedHashMap<>();
    private final Map<String, MunicipalityAgreements> byMunicipality = new HashMap<>();
    private final Map<PhoneNumber, DirectNumber> directNumbers = new LinkedHashMap<>();
    private final NavigableMap<Instant, NoAgreementPolicy> policy = new TreeMap<>();
    private final RoutedCallStatistics statistics = new RoutedCallStatistics();
    private final Map<String, RoutedCall> routedCalls = new HashMap<>();
    private final Map<String, Customer> customers = new LinkedHashMap<>();

    /** A state with the standard no-agreement policy ({@link NoAgreementPolicy#STANDARD}) and nothing else. */
    public SocialState(MunicipalityRegistry registry, SwedishCalendar calendar) {
        this.registry = registry;
        this.calendar = calendar;
        for (NoAgreementPolicy row : NoAgreementPolicy.STANDARD) {
            policy.put(row.from(), row);
        }
    }

    public SocialState(MunicipalityRegistry registry) {
        this(registry, new SwedishCalendar());
    }

    /**
     * A private copy to decide on (a composite command's scratch state): applying events to it leaves this state
     * as it is. The registry, the calendar and the immutable values (jours, rosters, agreements) are shared.
     */
    public SocialState copy() {
        SocialState copy = new SocialState(registry, calendar);
        copy.jours.putAll(jours);
        copy.rosters.putAll(rosters);
        copy.agreements.putAll(agreements);
        copy.byMunicipality.putAll(byMunicipality);
        copy.directNumbers.putAll(directNumbers);
        copy.policy.clear();
        copy.policy.putAll(policy);
        copy.statistics.addAll(statistics);
        copy.routedCalls.putAll(routedCalls);
        copy.customers.putAll(customers);
        return copy;
    }

    @Override
    public void apply(Recorded recorded) {
        if (recorded.event() instanceof SocialEvent event) {
            apply(event);
        }
    }

    void apply(SocialEvent event) {
        switch (event) {
            case JourDefined e -> jours.put(e.jour().id(), e.jour());
            case JourChanged e -> jours.put(e.jour().id(), e.jour());
            case AgreementAdded e -> putAgreement(e.agreement());
            case AgreementEnded e -> putAgreement(agreements.get(e.agreementId()).withValidUntil(e.validUntil()));
            case ScheduleSet e -> putAgreement(agreements.get(e.agreementId()).withSchedule(e.schedule()));
            case AgreementTextsSet e -> putAgreement(agreements.get(e.agreementId()).withTexts(e.message(), e.instructions()));
            case OneOffChangeAdded e -> {
                Agreement a = agreements.get(e.agreementId());
                List<OneOffChange> changes = new ArrayList<>(a.oneOffChanges());
                changes.add(e.change());
                putAgreement(a.withOneOffChanges(changes));
            }
            case OneOffChangeRemoved e -> {
                Agreement a = agreements.get(e.agreementId());
                putAgreement(a.withOneOffChanges(a.oneOffChanges().stream().filter(c -> !c.id().equals(e.changeId())).toList()));
            }
            case RosterShiftsAdded e -> rosters.put(e.jourId(), roster(e.jourId()).with(e.shifts()));
            case RosterReplaced e -> rosters.put(e.jourId(), roster(e.jourId()).replacing(e.from(), e.to(), e.shifts()));
            case DirectNumberAssigned e -> directNumbers.put(e.directNumber().number(), e.directNumber());
            case DirectNumberRemoved e -> directNumbers.remove(e.number());
            case NoAgreementPolicyAdded e -> policy.put(e.row().from(), e.row());
            case CustomerDefined e -> customers.put(e.customer().id(), e.customer());
            case CallRouted e -> {
                routedCalls.put(e.callId(), RoutedCall.of(e));
                statistics.count(e);
            }
        }
    }

    private void putAgreement(Agreement a) {
        agreements.put(a.id(), a);
        List<Agreement> ofMunicipality = agreements.values().stream().filter(x -> x.municipality().equals(a.municipality())).toList();
        byMunicipality.put(a.municipality(), new MunicipalityAgreements(ofMunicipality));
    }

    public MunicipalityRegistry registry() {
        return registry;
    }

    public SwedishCalendar calendar() {
        return calendar;
    }

    public Optional<Customer> customer(String id) {
        return Optional.ofNullable(id == null ? null : customers.get(id));
    }

    public Collection<Customer> customers() {
        return List.copyOf(customers.values());
    }

    /**
     * The owner of the line keyed {@code key}: a registered customer by its id, else the municipality with that SCB
     * code; neither is a {@link NotFoundException} naming {@code field}.
     */
    public LineOwner requireLineOwner(String field, String key) {
        Customer customer = key == null ? null : customers.get(key);
        if (customer != null) {
            return new LineOwner.OfCustomer(customer);
        }
        Optional<Municipality> municipality = registry.find(key);
        if (municipality.isPresent()) {
            return new LineOwner.OfMunicipality(municipality.get());
        }
        if (key != null && key.matches("[a-z][a-z0-9-]*")) {
            throw new NotFoundException(field, field + ": no customer has the id '" + key + "' (nor is it an SCB municipality code)");
        }
        return new LineOwner.OfMunicipality(registry.require(field, key));
    }

    public Optional<Jour> jour(String id) {
        return Optional.ofNullable(id == null ? null : jours.get(id));
    }

    public Jour requireJour(String field, String id) {
        return jour(id).orElseThrow(() -> new NotFoundException(field, field + ": no jour has the id '" + id + "'"));
    }

    public Collection<Jour> jours() {
        return List.copyOf(jours.values());
    }

    /** The municipalities whose agreements (any, in the history) name this jour. */
    public List<String> municipalitiesServedBy(String jourId) {
        return agreements.values().stream().filter(a -> a.jourId().equals(jourId)).map(Agreement::municipality)
                .distinct().sorted().toList();
    }

    public Roster roster(String jourId) {
        return rosters.getOrDefault(jourId, Roster.EMPTY);
    }

    public Optional<Agreement> agreement(String id) {
        return Optional.ofNullable(id == null ? null : agreements.get(id));
    }

    public Agreement requireAgreement(String field, String id) {
        return agreement(id).orElseThrow(() -> new NotFoundException(field, field + ": no agreement has the id '" + id + "'"));
    }

    /** A municipality's agreements, current and past, ordered by start. */
    public List<Agreement> agreementsOf(String municipality) {
        MunicipalityAgreements m = byMunicipality.get(municipality);
        return m == null ? List.of() : m.agreements();
    }

    /** The agreement in force for a municipality at an instant. */
    public Optional<Agreement> agreementInForce(String municipality, Instant at) {
        CompiledAgreement c = compiledInForce(municipality, at);
        return Optional.ofNullable(c == null ? null : c.agreement);
    }

    List<CompiledAgreement> compiledAgreementsOf(String municipality) {
        MunicipalityAgreements m = byMunicipality.get(municipality);
        return m == null ? List.of() : m.compiled();
    }

    CompiledAgreement compiledInForce(String municipality, Instant at) {
        MunicipalityAgreements m = byMunicipality.get(municipality);
        return m == null ? null : m.inForce(at);
    }

    public Optional<DirectNumber> directNumber(PhoneNumber number) {
        return Optional.ofNullable(number == null ? null : directNumbers.get(number));
    }

    public Collection<DirectNumber> directNumbers() {
        return List.copyOf(directNumbers.values());
    }

    /** The no-agreement policy row in force at an instant. */
    public NoAgreementPolicy policyAt(Instant at) {
        var e = policy.floorEntry(at);
        return e == null ? policy.firstEntry().getValue() : e.getValue();
    }

    public List<NoAgreementPolicy> policyRows() {
        return List.copyOf(policy.values());
    }

    /** The instants at which a policy row starts, in [from, to). */
    List<Instant> policyStarts(Instant from, Instant to) {
        return List.copyOf(policy.subMap(from, true, to, false).keySet());
    }

    public RoutedCallStatistics statistics() {
        return statistics;
    }

    public boolean callRouted(String callId) {
        return routedCalls.containsKey(callId);
    }

    /** The decision recorded for a social call, if it was routed. */
    public Optional<RoutedCall> routedCall(String callId) {
        return Optional.ofNullable(routedCalls.get(callId));
    }
}
