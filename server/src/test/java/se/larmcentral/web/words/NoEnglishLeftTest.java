package se.larmcentral.web.words;

import org.junit.jupiter.api.Test;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.CallsState;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.CorrectPosition;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.calls.ReclassifyCall;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.dispatch.AssignUnit;
import se.larmcentral.dispatch.CreateIncident;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.HospitalChooser;
import se.larmcentral.dispatch.PendingQueue;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.RecommendationRequest;
import se.larmcentral.dispatch.RegisterHospital;
import se.larmcentral.dispatch.RegisterStation;
import se.larmcentral.dispatch.RegisterUnit;
import se.larmcentral.dispatch.ReportStatus;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.UnitDefinition;
import se.larmcentral.dispatch.UnitFlags;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.dispatch.WaitingLimits;
import se.larmcentral.dispatch.moveup.ComplianceTable;
import se.larmcentral.dispatch.moveup.DemandPoint;
import se.larmcentral.dispatch.moveup.Dmexclp;
import se.larmcentral.dispatch.moveup.DmexclpSettings;
import se.larmcentral.dispatch.moveup.IdleUnit;
import se.larmcentral.dispatch.moveup.MoveProposal;
import se.larmcentral.dispatch.moveup.MoveUpSituation;
import se.larmcentral.geo.EmergencyProfile;
import se.larmcentral.geo.EstimatedTravelTimes;
import se.larmcentral.geo.RoadSpeeds;
import se.larmcentral.social.AddAgreement;
import se.larmcentral.social.AddNoAgreementPolicyRow;
import se.larmcentral.social.AddOneOffChange;
import se.larmcentral.social.AddRosterShifts;
import se.larmcentral.social.AgreementKind;
import se.larmcentral.social.Channel;
import se.larmcentral.social.CoverageGap;
import se.larmcentral.social.CoverageGaps;
import se.larmcentral.social.DateRule;
import se.larmcentral.social.Customer;
import se.larmcentral.social.DayType;
import se.larmcentral.social.DefineCustomer;
import se.larmcentral.social.DayTypeRule;
import se.larmcentral.social.DefineJour;
import se.larmcentral.social.Jour;
import se.larmcentral.social.NoAgreementPolicy;
import se.larmcentral.social.OneOffChange;
import se.larmcentral.social.RosterShift;
import se.larmcentral.social.Schedule;
import se.larmcentral.social.SocialDecision;
import se.larmcentral.social.SocialRouter;
import se.larmcentral.social.SocialState;
import se.larmcentral.social.SwedishCalendar;
import se.larmcentral.social.WeeklyWindow;
import se.larmcentral.social.Window;
import se.larmcentral.social.file.MunicipalityRegistryFile;
import se.larmcentral.social.file.SocialConfiguration;
import se.larmcentral.social.file.SocialConfigurationReader;
import se.larmcentral.social.ical.RosterCalendarReader;
import se.larmcentral.social.EndAgreement;
import se.larmcentral.social.RemoveOneOffChange;
import se.larmcentral.social.RouteRequest;
import se.larmcentral.social.SetSchedule;
import se.larmcentral.triage.AnswerQuestions;
import se.larmcentral.triage.ConfirmCriterion;
import se.larmcentral.triage.OverridePriority;
import se.larmcentral.triage.Reprioritise;
import se.larmcentral.triage.StartAssessment;
import se.larmcentral.triage.TriageState;
import se.larmcentral.triage.file.TriageConfigFiles;
import se.larmcentral.crisis.incident.MajorIncident;
import se.larmcentral.crisis.incident.MajorIncidentType;
import se.larmcentral.crisis.incident.MajorIncidents;
import se.larmcentral.crisis.warning.ApproveWarning;
import se.larmcentral.crisis.warning.Polygon;
import se.larmcentral.crisis.warning.CancelWarning;
import se.larmcentral.crisis.warning.Category;
import se.larmcentral.crisis.warning.Certainty;
import se.larmcentral.crisis.warning.DraftWarning;
import se.larmcentral.crisis.warning.PublicWarnings;
import se.larmcentral.crisis.warning.PublishWarning;
import se.larmcentral.crisis.warning.Severity;
import se.larmcentral.crisis.warning.Urgency;
import se.larmcentral.crisis.warning.WarningArea;
import se.larmcentral.crisis.warning.WarningContent;
import se.larmcentral.crisis.warning.WarningKind;
import se.larmcentral.crisis.warning.WarningScope;
import se.larmcentral.crisis.warning.WarningStatus;
import se.larmcentral.crisis.warning.WarningText;
import se.larmcentral.core.ServiceNumber;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard that makes the phrasebook safe to keep: the domain's own decision code, given table inputs, writes its
 * explanations, flags, notes and refusals; each must come out of the phrasebook with no English word left. When
 * someone adds or rewords an English text in a domain module, this names the text and the words left.
 */
class NoEnglishLeftTest {

    /**
     * Words that do not occur in Swedish text (not "station", "incident", "position", "service" or "given", which
     * do): what is left of an English sentence the phrasebook did not know.
     */
    static final Pattern ENGLISH = Pattern.compile("(?iU)\\b(the|is|for|not|no|at|with|of|and|has|have|from|to|by|"
            + "agreement|waited|unit|road|nearest|free|demand|expected|available|without|outside|roster|"
            + "window|message|falls|referred|forward|connected|change|queue|queued|priority|ago|"
            + "estimated|straight-line|distance|hospital|taking|next|earlier|than|margin|covered|rises|would|"
            + "wants|which|beyond|table|days?|weekly|type|date|open|end|in force|policy|row|basic|extended|gap|"
            + "nobody|fallback|takes|precedence|acknowledged|limit|reporting|clear|may|given|assignment|"
            + "municipality|boundaries|configured|operator|picks|attached|corrected|call|on|since|"
            + "set|every|one-off|none|neither|nor|number|give|redirection|stale|older|reported|used|"
            + "clearly|closer|ranked|after|route|getting|going|must|was|missing|unknown|known|between|"
            + "motorway|trunk|primary|secondary|tertiary|unclassified|residential|origins?|destinations?|"
            + "already|exists|needs|overlaps|ends|starts|case|question|answer|chapter|criterion|draft|published|"
            + "cancelled|update|assessment|shift|yet|only|can|cannot|instead|approve|identifiers?|used|when)\\b");

    private static final Pattern API_VALUE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{2,}\\b");
    private static final Pattern FIELD = Pattern.compile("^[\\w.\\[\\]]+: ");

    /** The English words left in a text's Swedish (none is the goal). */
    static List<String> englishLeft(Phrasebook book, String text) {
        List<String> left = new ArrayList<>();
        // a refusal names its field as the API spells it ("priority: ..."): that name stays as sent
        // a value of the API (an enum constant such as CLEAR) stays as sent
        String swedish = API_VALUE.matcher(book.swedish(text)).replaceAll("");
        var matcher = ENGLISH.matcher(book == Phrasebook.PROBLEMS ? FIELD.matcher(swedish).replaceFirst("") : swedish);
        while (matcher.find()) {
            left.add(matcher.group());
        }
        return left;
    }

    @Test
    void theWordListCatchesAnUnknownEnglishTextAndPassesSwedish() {
        assertThat(englishLeft(Phrasebook.EXPLANATIONS, "the unit has no route to the incident")).isNotEmpty();
        assertThat(englishLeft(Phrasebook.EXPLANATIONS, "AMB 101 är närmast av 3 sjukhus; kommun 0160 Täby är satt")).isEmpty();
    }

    @Test
    void socialRoutingExplainsEveryKindOfOutcomeInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Social s = new Social();
        s.jour("city", JOUR);
        // no agreement: before the cut-over (police) and after (not available), and a later policy row
        s.explain(texts, "no agreement, police", "0180", "2017-12-23T16:00");
        s.explain(texts, "no agreement, not available", "0180", "2024-06-16T20:00");
        s.submit(new AddNoAgreementPolicyRow(new NoAgreementPolicy(SwedishTime.parseInstant("from", "2030-01-01T00:00+01:00"),
                NoAgreementPolicy.Action.REFER_POLICE, ServiceNumber.POLICE_114_14, "Hänvisa till 114 14.")));
        s.explain(texts, "no agreement, later row", "0180", "2030-02-01T12:00");
        // a basic agreement on a forwarding number, and on the jour's own
        s.submit(AddAgreement.basic("0182", "city", LocalDate.of(2018, 1, 1), null, OTHER, true, "Talsvar."));
        s.explain(texts, "basic, forwarding number", "0182", "2025-07-01T03:00");
        s.submit(AddAgreement.basic("0138", "city", LocalDate.of(2018, 1, 1), LocalDate.of(2030, 12, 31), null, false, null));
        s.explain(texts, "basic, jour", "0138", "2025-07-01T03:00");
        // an extended agreement: weekly windows, day types, dates, one-off changes, a roster with a gap
        Schedule schedule = new Schedule(
                List.of(new WeeklyWindow(DayOfWeek.WEDNESDAY, Window.parse("w", "16:00-22:00")),
                        new WeeklyWindow(DayOfWeek.TUESDAY, Window.parse("w", "16:00-10:00"))),
                List.of(new DayTypeRule(DayType.EVE, List.of(Window.parse("w", "12:00-01:30"))),
                        new DayTypeRule(DayType.PUBLIC_HOLIDAY, List.of(Window.parse("w", "00:00-24:00")))),
                List.of(new DateRule(LocalDate.of(2026, 1, 1), List.of())));
        String agreement = s.extended("0180", "city", schedule, false);
        s.explain(texts, "extended, weekly window", "0180", "2025-12-17T17:00");
        s.explain(texts, "extended, outside the set times", "0180", "2025-12-17T13:00");
        s.explain(texts, "extended, eve", "0180", "2025-12-24T13:00");
        s.explain(texts, "extended, public holiday", "0180", "2025-12-25T10:00");
        s.explain(texts, "extended, closed date", "0180", "2026-01-01T17:00");
        s.submit(new AddOneOffChange(agreement, new OneOffChange("nyar", LocalDateTime.parse("2026-02-04T12:00"),
                LocalDateTime.parse("2026-02-05T08:00"), OneOffChange.Action.CLOSE, null, "Stängt: ring 08-123 456 78.")));
        s.submit(new AddOneOffChange(agreement, new OneOffChange("extra", LocalDateTime.parse("2026-02-07T10:00"),
                LocalDateTime.parse("2026-02-07T12:00"), OneOffChange.Action.CONNECT, OTHER, "Jourhavande chef")));
        s.explain(texts, "one-off close", "0180", "2026-02-04T13:00");
        s.explain(texts, "one-off connect", "0180", "2026-02-07T11:00");
        s.extended("0120", "city", Schedule.NONE, true);
        s.submit(new AddRosterShifts("city", List.of(
                shift("2025-06-16T08:00", "2025-06-16T16:00", "Anna Berg", "070-111 11 11"),
                shift("2025-06-16T18:00", "2025-06-17T08:00", "Bo Ek", "070-222 22 22"))));
        s.explain(texts, "roster, rostered person", "0120", "2025-06-16T09:00");
        s.explain(texts, "roster, gap", "0120", "2025-06-16T17:00");
        for (CoverageGap gap : CoverageGaps.find(s.state, "0120", LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 17))) {
            texts.computeIfAbsent("coverage gap's fallback", k -> new ArrayList<>()).add(gap.fallback());
        }
        for (CoverageGap gap : CoverageGaps.find(s.state, "0180", LocalDate.of(2025, 12, 17), LocalDate.of(2025, 12, 18))) {
            texts.computeIfAbsent("coverage gap's fallback", k -> new ArrayList<>()).add(gap.fallback());
        }
        s.submit(new DefineJour(new Jour("beredskap", "Social beredskap", null, false, null, null)));
        s.extended("0186", "beredskap", weekly(DayOfWeek.FRIDAY, "18:00-01:00"), true);
        s.explain(texts, "roster gap, no number", "0186", "2025-06-13T19:00");
        // a customer's on-call line: before its agreement, then outside its set times
        s.submit(new DefineCustomer(new Customer("fastab", "Fastighets AB", Customer.Kind.COMPANY), null));
        s.explain(texts, "customer line, no agreement", "fastab", "2017-06-13T19:00");
        s.extended("fastab", "city", weekly(DayOfWeek.FRIDAY, "08:00-17:00"), false);
        s.explain(texts, "customer line, closed", "fastab", "2025-06-13T19:00");

        assertAllSwedish(Phrasebook.EXPLANATIONS, texts);
    }

    @Test
    void dispatchFlagsRecommendationsHospitalsAndTheQueueInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Dispatch d = new Dispatch();
        d.run(new RegisterStation(new Station("s1", "Station Söder", CENTRE, "0180")));
        d.run(new RegisterStation(new Station("s2", "Station Norr", north(8), "0180")));
        for (String[] unit : new String[][] {{"A1", "s1"}, {"A2", "s1"}, {"A3", "s2"}, {"A4", "s2"}}) {
            d.run(new RegisterUnit(new UnitDefinition(unit[0], "AMB " + unit[0], UnitType.AMBULANCE, unit[1], List.of())));
        }
        d.run(new RegisterHospital(new Hospital("h1", "Södersjukhuset", north(1), List.of(HospitalCapability.ADULT))));
        d.run(new RegisterHospital(new Hospital("h2", "Karolinska Solna", north(6), List.of(HospitalCapability.ADULT))));
        EstimatedTravelTimes estimated = new EstimatedTravelTimes();

        // an unacknowledged alert, a long hospital stay
        d.run(new CreateIncident("I1", north(2), 1, UnitType.AMBULANCE, d.now));
        d.run(new AssignUnit("I1", "A1"));
        d.run(new CreateIncident("I2", north(3), 2, UnitType.AMBULANCE, d.now));
        d.run(new AssignUnit("I2", "A3"));
        for (UnitStatus status : List.of(UnitStatus.ACKNOWLEDGED, UnitStatus.EN_ROUTE, UnitStatus.ON_SCENE,
                UnitStatus.TRANSPORT, UnitStatus.AT_HOSPITAL)) {
            d.run(ReportStatus.of("A3", status));
        }
        d.now = d.now.plus(Duration.ofMinutes(16));
        UnitFlags.at(d.state, d.now).forEach(f -> add(texts, "flag " + f.kind(), f.explanation()));
        // incidents waiting past their limit, in the queue
        d.run(new CreateIncident("I3", north(4), 1, UnitType.AMBULANCE, d.now));
        d.run(new CreateIncident("I4", north(5), 3, UnitType.AMBULANCE, d.now));
        d.run(new AssignUnit("I4", "A4"));
        d.run(new CreateIncident("I5", north(7), 2, UnitType.AMBULANCE, d.now));
        d.now = d.now.plus(Duration.ofMinutes(20));
        WaitingLimits.DEFAULT.overdue(d.state, d.now).forEach(f -> add(texts, "waiting " + f.incidentId(), f.explanation()));
        PendingQueue.proposeFor(d.state, "A2", estimated, d.now).ifPresent(p -> add(texts, "queue proposal", p.explanation()));
        // recommendations: free at station, on hospital stay, redirection from a lower priority
        var recommendation = new Recommender().recommend(d.state,
                RecommendationRequest.forIncident(d.state.incident("I3").orElseThrow()), estimated, d.now);
        add(texts, "recommendation's travel method", recommendation.travelMethod());
        recommendation.candidates().forEach(c -> add(texts, "candidate " + c.unitId(), c.explanation()));
        recommendation.unreachable().forEach(u -> add(texts, "unreachable", u));
        // hospitals
        add(texts, "hospital choice", HospitalChooser.choose(d.state, north(3), HospitalCapability.ADULT, estimated).explanation());
        add(texts, "estimated travel times' method", estimated.toDestination(CENTRE, List.of(north(1))).method());
        // the road network's method as RoadNetworkTravelTimes and CoverageFallbackTravelTimes compose it around the
        // profile's own words (a graph is too slow to build here)
        String profile = EmergencyProfile.describe(RoadSpeeds.DEFAULT);
        add(texts, "road network's method", "road network: GraphHopper over x.osm.pbf, " + profile
                + "; one search from the destination (contraction hierarchies, PHAST)");
        add(texts, "road network's method, origin", "road network: GraphHopper over x.osm.pbf, " + profile
                + "; one search from the origin; 1 of 3 destinations lie more than 300 m from a road and are unreachable");
        add(texts, "road network's method, destination", "road network: GraphHopper over x.osm.pbf, " + profile
                + "; one search from the destination; 2 of 7 origins lie more than 300 m from a road and are unreachable");
        add(texts, "outside the road network", "estimated: " + estimated.formula() + "; the destination lies outside the"
                + " road network of x.osm.pbf (lat 59.2872-59.3820, lon 17.9674-18.1520)");
        add(texts, "partly outside the road network", "road network: GraphHopper over x.osm.pbf, " + profile
                + "; one search from the destination; 2 of 5 origins lie outside the road network of x.osm.pbf"
                + " (lat 59.2872-59.3820, lon 17.9674-18.1520) and are ESTIMATED: " + estimated.formula());

        assertAllSwedish(Phrasebook.EXPLANATIONS, texts);
    }

    @Test
    void theHospitalChoiceNamesWhatTheHospitalTakesInWords() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Dispatch d = new Dispatch();
        d.run(new RegisterHospital(new Hospital("h1", "Södersjukhuset", north(1), List.of(HospitalCapability.values()))));
        d.run(new RegisterHospital(new Hospital("h2", "Karolinska Solna", north(6), List.of(HospitalCapability.values()))));
        for (HospitalCapability capability : HospitalCapability.values()) {
            String explanation = HospitalChooser.choose(d.state, north(3), capability, new EstimatedTravelTimes()).explanation();
            add(texts, "hospital choice " + capability, explanation);
            // the guard passes ALL_CAPS values as the API's; in this explanation the value is said in words
            assertThat(Phrasebook.EXPLANATIONS.swedish(explanation)).as(explanation).doesNotContain(capability.name());
        }
        assertAllSwedish(Phrasebook.EXPLANATIONS, texts);
    }

    @Test
    void moveUpReasonsInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Station a = new Station("A", "Station A", CENTRE, null);
        Station b = new Station("B", "Station B", north(10), null);
        Station c = new Station("C", "Station C", north(20), null);
        List<IdleUnit> idle = List.of(new IdleUnit("U-1", "U 1", a.position(), "A", true),
                new IdleUnit("U-2", "U 2", a.position(), "A", true), new IdleUnit("U-3", "U 3", b.position(), "B", true));
        List<DemandPoint> demand = List.of(new DemandPoint("a", a.position(), 10, 1), new DemandPoint("b", b.position(), 10, 1),
                new DemandPoint("c", c.position(), 10, 1));
        MoveUpSituation situation = new MoveUpSituation(idle, List.of(a, b, c), demand, NOW);
        EstimatedTravelTimes estimated = new EstimatedTravelTimes();
        Dmexclp dmexclp = new Dmexclp(new DmexclpSettings(0.5, Map.of(1, Duration.ofMinutes(15)), Duration.ZERO, 0.01,
                Duration.ofMinutes(60)), Dmexclp.Scope.ANY_IDLE);
        dmexclp.propose(situation, estimated).forEach(m -> add(texts, "DMEXCLP", m.reason()));
        ComplianceTable table = new ComplianceTable(Map.of(1, List.of("B"), 2, List.of("A", "C"), 3, List.of("A", "B", "C")));
        table.propose(new MoveUpSituation(List.of(idle.get(0), idle.get(1)), List.of(a, b, c), List.of(), NOW), estimated)
                .stream().map(MoveProposal::reason).forEach(r -> add(texts, "compliance table", r));
        assertThat(texts).as("both policies propose a move").containsKeys("DMEXCLP", "compliance table");

        assertAllSwedish(Phrasebook.EXPLANATIONS, texts);
    }

    @Test
    void aCallsMunicipalityIsExplainedInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        add(texts, "no boundaries", MunicipalityLookup.none().locate(CENTRE).explanation());
        assertAllSwedish(Phrasebook.EXPLANATIONS, texts);
    }

    @Test
    void theMainRefusalsInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Dispatch d = new Dispatch();
        d.run(new RegisterStation(new Station("s1", "Station Söder", CENTRE, "0180")));
        d.run(new RegisterUnit(new UnitDefinition("A1", "AMB A1", UnitType.AMBULANCE, "s1", List.of())));
        refusal(texts, "priority out of range", () -> d.run(new CreateIncident("I9", CENTRE, 5, UnitType.AMBULANCE, d.now)));
        refusal(texts, "no position", () -> d.run(new CreateIncident("I9", null, 1, UnitType.AMBULANCE, d.now)));
        refusal(texts, "no hospital with the capability", () -> HospitalChooser.choose(d.state, CENTRE,
                HospitalCapability.CHILDREN, new EstimatedTravelTimes()));
        refusal(texts, "no capability", () -> HospitalChooser.choose(d.state, CENTRE, null, new EstimatedTravelTimes()));
        d.run(new RegisterUnit(new UnitDefinition("A2", "AMB A2", UnitType.AMBULANCE, "s1", List.of())));
        d.run(new CreateIncident("I1", CENTRE, 1, UnitType.AMBULANCE, d.now));
        d.run(new CreateIncident("I2", CENTRE, 2, UnitType.AMBULANCE, d.now));
        refusal(texts, "unknown unit", () -> d.run(new AssignUnit("I1", "A9")));
        refusal(texts, "unknown incident", () -> d.run(new AssignUnit("I8", "A1")));
        d.run(new AssignUnit("I1", "A1"));
        refusal(texts, "already assigned", () -> d.run(new AssignUnit("I1", "A1")));
        refusal(texts, "busy with a higher priority", () -> d.run(new AssignUnit("I2", "A1")));
        refusal(texts, "status missing", () -> d.run(new ReportStatus("A1", null, null, null)));
        refusal(texts, "alerted is not reported", () -> d.run(ReportStatus.of("A1", UnitStatus.ALERTED)));
        refusal(texts, "status not allowed now", () -> d.run(ReportStatus.of("A1", UnitStatus.TEMPORARILY_UNAVAILABLE)));
        refusal(texts, "unavailable without a reason", () -> d.run(ReportStatus.of("A2", UnitStatus.TEMPORARILY_UNAVAILABLE)));
        refusal(texts, "unavailable without a time", () -> d.run(new ReportStatus("A2", UnitStatus.TEMPORARILY_UNAVAILABLE,
                "sanering", null)));
        assertThat(texts).hasSize(13);

        assertAllSwedish(Phrasebook.PROBLEMS, texts);
    }

    @Test
    void theCallTakersMainRefusalsInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Calls c = new Calls();
        DialledLine line = DialledLine.service(ServiceNumber.EMERGENCY_112);
        PhoneNumber caller = PhoneNumber.parse("caller", "070-123 45 67");
        c.run(new IntakeCall("c1", line, caller, NOW));
        c.run(new IntakeCall("c2", line, caller, NOW));
        refusal(texts, "a queued call reclassified", () -> c.run(new ReclassifyCall("c2", Classification.CARE, "vård", null, null, null)));
        refusal(texts, "unknown call", () -> c.run(new AnswerCall("c9")));
        c.run(new AnswerCall("c1"));
        refusal(texts, "answered twice", () -> c.run(new AnswerCall("c1")));
        refusal(texts, "no classification", () -> c.run(ClassifyCall.as("c1", null)));
        c.run(ClassifyCall.as("c1", Classification.SOCIAL));
        refusal(texts, "reclassified to the same", () -> c.run(new ReclassifyCall("c1", Classification.SOCIAL, "samma", null, null, null)));
        refusal(texts, "reclassified without a reason", () -> c.run(new ReclassifyCall("c1", Classification.CARE, " ", null, null, null)));
        refusal(texts, "position corrected without a reason", () -> c.run(new CorrectPosition("c1", CENTRE, null,
                new MunicipalityLocation("0184", "Solna", "in 0184 Solna", null))));
        assertThat(texts).hasSize(7);

        assertAllSwedish(Phrasebook.PROBLEMS, texts);
    }

    @Test
    void socialsMainRefusalsInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Social s = new Social();
        s.jour("city", JOUR);
        refusal(texts, "jour defined twice", () -> s.jour("city", JOUR));
        refusal(texts, "jour without a name", () -> new Jour("natt", " ", JOUR, true, null, null));
        refusal(texts, "jour id malformed", () -> new Jour("Natt Jour", "Nattjour", JOUR, true, null, null));
        refusal(texts, "unknown jour", () -> s.submit(AddAgreement.basic("0182", "nope", LocalDate.of(2018, 1, 1), null,
                OTHER, true, null)));
        refusal(texts, "unknown municipality", () -> s.submit(AddAgreement.basic("0999", "city", LocalDate.of(2018, 1, 1),
                null, OTHER, true, null)));
        refusal(texts, "agreement ends before it begins", () -> s.submit(AddAgreement.basic("0182", "city",
                LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1), OTHER, true, null)));
        refusal(texts, "agreement without a start", () -> s.submit(AddAgreement.basic("0182", "city", null, null, OTHER,
                true, null)));
        refusal(texts, "basic agreement not answered round the clock", () -> s.submit(AddAgreement.basic("0182", "city",
                LocalDate.of(2018, 1, 1), null, OTHER, false, null)));
        String basic = s.submit(AddAgreement.basic("0182", "city", LocalDate.of(2018, 1, 1), null, OTHER, true, null));
        refusal(texts, "agreement added twice", () -> s.submit(AddAgreement.basic("0182", "city", LocalDate.of(2018, 1, 1),
                null, OTHER, true, null)));
        refusal(texts, "agreements overlap", () -> s.submit(AddAgreement.basic("0182", "city", LocalDate.of(2019, 1, 1),
                null, OTHER, true, null)));
        refusal(texts, "one-off change on a basic agreement", () -> s.submit(new AddOneOffChange(basic, new OneOffChange(
                "nyar", LocalDateTime.parse("2026-02-04T12:00"), LocalDateTime.parse("2026-02-05T08:00"),
                OneOffChange.Action.CLOSE, null, "Stängt."))));
        refusal(texts, "set times on a basic agreement", () -> s.submit(new SetSchedule(basic,
                weekly(DayOfWeek.FRIDAY, "18:00-01:00"))));
        refusal(texts, "unknown one-off change", () -> s.submit(new RemoveOneOffChange(basic, "nyar")));
        refusal(texts, "agreement ended in the past", () -> s.submit(new EndAgreement(basic, LocalDate.of(2020, 1, 1))));
        refusal(texts, "unknown agreement", () -> s.submit(new EndAgreement("0182-1999-01-01", LocalDate.of(2030, 1, 1))));
        refusal(texts, "one-off change ends before it starts", () -> new OneOffChange("x",
                LocalDateTime.parse("2026-02-05T12:00"), LocalDateTime.parse("2026-02-04T08:00"), OneOffChange.Action.CLOSE,
                null, "Stängt."));
        refusal(texts, "one-off connect without a number", () -> new OneOffChange("x",
                LocalDateTime.parse("2026-02-04T12:00"), LocalDateTime.parse("2026-02-05T08:00"),
                OneOffChange.Action.CONNECT, null, null));
        refusal(texts, "no shifts", () -> s.submit(new AddRosterShifts("city", List.of())));
        s.submit(new AddRosterShifts("city", List.of(shift("2025-06-16T08:00", "2025-06-16T16:00", "Anna Berg",
                "070-111 11 11"))));
        refusal(texts, "shifts overlap", () -> s.submit(new AddRosterShifts("city", List.of(shift("2025-06-16T12:00",
                "2025-06-16T20:00", "Bo Ek", "070-222 22 22")))));
        refusal(texts, "shift ends before it starts", () -> shift("2025-06-16T12:00", "2025-06-16T10:00", "Bo Ek",
                "070-222 22 22"));
        refusal(texts, "policy row without a referral", () -> new NoAgreementPolicy(
                SwedishTime.parseInstant("from", "2031-01-01T00:00+01:00"), NoAgreementPolicy.Action.REFER_POLICE, null,
                "Hänvisa."));
        refusal(texts, "policy row without a text", () -> new NoAgreementPolicy(
                SwedishTime.parseInstant("from", "2031-01-01T00:00+01:00"), NoAgreementPolicy.Action.NOT_AVAILABLE, null,
                " "));
        refusal(texts, "window malformed", () -> Window.parse("window", "kväll"));
        refusal(texts, "window empty", () -> Window.parse("window", "16:00-16:00"));
        refusal(texts, "route to both a municipality and a direct number", () -> RouteRequest.parse("0180", "070-123 45 67",
                null, null));
        refusal(texts, "unknown direct number", () -> SocialRouter.routeDirectNumber(s.state, OTHER, NOW));
        assertThat(texts).hasSize(26);

        assertAllSwedish(Phrasebook.PROBLEMS, texts);
    }

    @Test
    void triagesMainRefusalsInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Triage t = new Triage();
        refusal(texts, "no case", () -> t.run(new StartAssessment(" ", null)));
        refusal(texts, "unknown chapter", () -> t.run(new StartAssessment("A-17", "kapitel-99")));
        refusal(texts, "unknown case", () -> t.run(new AnswerQuestions("A-99", Map.of("conscious", true))));
        t.run(new StartAssessment("A-17", null));
        refusal(texts, "started twice", () -> t.run(new StartAssessment("A-17", null)));
        refusal(texts, "no answers", () -> t.run(new AnswerQuestions("A-17", Map.of())));
        refusal(texts, "unknown question", () -> t.run(new AnswerQuestions("A-17", Map.of("flying", true))));
        refusal(texts, "question not asked", () -> t.run(new AnswerQuestions("A-17", Map.of("chest-pain-breathless", true))));
        refusal(texts, "confirmed before a proposal", () -> t.run(new ConfirmCriterion("A-17", null, NURSE)));
        refusal(texts, "reprioritised before a priority", () -> t.run(new Reprioritise("A-17", "A.03.01", "ändrat läge",
                NURSE)));
        refusal(texts, "overridden before a proposal", () -> t.run(new OverridePriority("A-17", 2, "bedömning", NURSE)));
        refusal(texts, "overridden to a priority out of the scale", () -> t.run(new OverridePriority("A-17", 9,
                "bedömning", NURSE)));
        refusal(texts, "overridden by the system", () -> t.run(new OverridePriority("A-17", 2, "bedömning", Actor.SYSTEM)));
        assertThat(texts).hasSize(12);

        assertAllSwedish(Phrasebook.PROBLEMS, texts);
    }

    @Test
    void publicWarningsMainRefusalsInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Warnings w = new Warnings();
        WarningContent content = warning(WarningKind.INFORMATION_113_13, NOW.plus(Duration.ofHours(6)));
        refusal(texts, "already expired", () -> w.run(new DraftWarning("m0", SENDER, null,
                warning(WarningKind.INFORMATION_113_13, NOW.minus(Duration.ofHours(1))), "anna")));
        refusal(texts, "expires too late", () -> w.run(new DraftWarning("m0", SENDER, null,
                warning(WarningKind.INFORMATION_113_13, NOW.plus(Duration.ofDays(120))), "anna")));
        refusal(texts, "no drafter", () -> w.run(new DraftWarning("m0", SENDER, null, content, null)));
        refusal(texts, "unknown message", () -> w.run(new ApproveWarning("m9", "bertil")));
        w.run(new DraftWarning("m1", SENDER, null, content, "anna"));
        refusal(texts, "identifier reused", () -> w.run(new DraftWarning("m1", SENDER, null, content, "anna")));
        refusal(texts, "approved by its drafter", () -> w.run(new ApproveWarning("m1", "anna")));
        refusal(texts, "published unapproved", () -> w.run(new PublishWarning("m1", "anna")));
        refusal(texts, "update of a draft", () -> w.run(new DraftWarning("m2", SENDER, "m1", content, "anna")));
        w.run(new ApproveWarning("m1", "bertil"));
        refusal(texts, "approved twice", () -> w.run(new ApproveWarning("m1", "cecilia")));
        w.run(new PublishWarning("m1", "anna"));
        refusal(texts, "update of another kind", () -> w.run(new DraftWarning("m3", SENDER, "m1",
                warning(WarningKind.VMA, NOW.plus(Duration.ofHours(6))), "anna")));
        w.run(new CancelWarning("m1", "m1-c", "släckt", "anna"));
        refusal(texts, "cancelled twice", () -> w.run(new CancelWarning("m1", "m1-d", "släckt", "anna")));
        assertThat(texts).hasSize(11);

        assertAllSwedish(Phrasebook.PROBLEMS, texts);
    }

    @Test
    void majorIncidentsAndPublicMessagesContentRefusalsInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Incidents m = new Incidents();
        Instant end = NOW.plus(Duration.ofHours(8));
        refusal(texts, "no type", () -> m.run(MajorIncidents.declare(declaration(null, List.of("0180"), NOW, end), "anna")));
        refusal(texts, "no area", () -> m.run(MajorIncidents.declare(declaration(MajorIncidentType.STORM, List.of(), NOW, end),
                "anna")));
        refusal(texts, "a bad municipality code", () -> m.run(MajorIncidents.declare(declaration(MajorIncidentType.STORM,
                List.of("Solna"), NOW, end), "anna")));
        refusal(texts, "a polygon of two points", () -> m.run(MajorIncidents.declare(new MajorIncidents.Declaration(
                MajorIncidentType.STORM, List.of(), List.of(CENTRE, north(1)), NOW, end, "Storm.", "Storm."), "anna")));
        refusal(texts, "start too far ahead", () -> m.run(MajorIncidents.declare(declaration(MajorIncidentType.STORM,
                List.of("0180"), NOW.plus(Duration.ofDays(9)), NOW.plus(Duration.ofDays(10))), "anna")));
        refusal(texts, "start too far back", () -> m.run(MajorIncidents.declare(declaration(MajorIncidentType.STORM,
                List.of("0180"), NOW.minus(Duration.ofDays(9)), end), "anna")));
        refusal(texts, "no expected end", () -> m.run(MajorIncidents.declare(declaration(MajorIncidentType.STORM,
                List.of("0180"), NOW, null), "anna")));
        refusal(texts, "ends before it starts", () -> m.run(MajorIncidents.declare(declaration(MajorIncidentType.STORM,
                List.of("0180"), NOW, NOW.minus(Duration.ofHours(1))), "anna")));
        refusal(texts, "unknown incident", () -> m.run(MajorIncidents.end("major-9", "över", "anna")));
        MajorIncident storm = m.run(MajorIncidents.declare(declaration(MajorIncidentType.STORM, List.of("0180"), NOW, end),
                "anna"));
        refusal(texts, "an amendment that changes nothing", () -> m.run(MajorIncidents.amend(storm.id(),
                new MajorIncidents.Amendment(null, null, null, null, null, null), "anna")));
        m.run(MajorIncidents.end(storm.id(), "över", "anna"));
        refusal(texts, "amended after its end", () -> m.run(MajorIncidents.amend(storm.id(),
                new MajorIncidents.Amendment(null, null, end.plus(Duration.ofHours(1)), null, null, null), "anna")));

        WarningContent good = warning(WarningKind.INFORMATION_113_13, NOW.plus(Duration.ofHours(6)));
        refusal(texts, "English first", () -> WarningContent.checked(withTexts(good, List.of(new WarningText("en-US", "Fire",
                "Close windows", "Smoke.", "Go indoors."))), NOW));
        refusal(texts, "no areas", () -> WarningContent.checked(withAreas(good, List.of()), NOW));
        refusal(texts, "an area naming no place", () -> WarningContent.checked(withAreas(good,
                List.of(new WarningArea("Solna", List.of(), List.of()))), NOW));
        refusal(texts, "an area's bad code", () -> WarningContent.checked(withAreas(good,
                List.of(new WarningArea("Solna", List.of("Solna"), List.of()))), NOW));
        refusal(texts, "a polygon not closed", () -> WarningContent.checked(withAreas(good, List.of(new WarningArea("Solna",
                List.of("0184"), List.of(new Polygon(List.of(CENTRE, north(1), north(2), north(3))))))), NOW));
        refusal(texts, "a polygon of three points", () -> WarningContent.checked(withAreas(good, List.of(new WarningArea(
                "Solna", List.of("0184"), List.of(new Polygon(List.of(CENTRE, north(1), CENTRE)))))), NOW));
        refusal(texts, "113 13 without a municipality", () -> WarningContent.checked(withAreas(good, List.of(new WarningArea(
                "Solna", List.of(), List.of(new Polygon(List.of(CENTRE, north(1), north(2), CENTRE)))))), NOW));
        refusal(texts, "no expiry", () -> WarningContent.checked(warning(WarningKind.INFORMATION_113_13, null), NOW));
        assertThat(texts).hasSize(19);

        assertAllSwedish(Phrasebook.PROBLEMS, texts);
    }

    @Test
    void socialTermsAndRosterCalendarsAsTheApiReadsThemInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        refusal(texts, "weekly without days", () -> terms(List.of("16:00-08:00"), null));
        refusal(texts, "weekly with a Swedish day", () -> terms(List.of("Mån 16:00-08:00"), null));
        refusal(texts, "weekly with three days in a range", () -> terms(List.of("Mon-Tue-Wed 16:00-08:00"), null));
        refusal(texts, "weekly with a bad time", () -> terms(List.of("Mon 16:00-8"), null));
        refusal(texts, "one-off change with a bad start", () -> terms(null, new SocialConfiguration.OneOffEntry("nyar",
                "igår", "2026-01-01T08:00", null, true, "Stängt.")));
        refusal(texts, "one-off change without a start", () -> terms(null, new SocialConfiguration.OneOffEntry("nyar",
                null, "2026-01-01T08:00", null, true, "Stängt.")));
        refusal(texts, "one-off change neither connecting nor closing", () -> terms(null,
                new SocialConfiguration.OneOffEntry("nyar", "2025-12-31T18:00", "2026-01-01T08:00", null, null, null)));
        refusal(texts, "calendar not iCalendar", () -> calendar("inte en kalender"));
        refusal(texts, "calendar shift without a start", () -> calendar(vevent("DTEND:20250616T160000Z\r\n"
                + "ATTENDEE;CN=Anna Berg:tel:+46701111111\r\n")));
        refusal(texts, "calendar shift without an end (iCalendar: zero length)", () -> calendar(vevent("DTSTART:20250616T080000Z\r\n"
                + "ATTENDEE;CN=Anna Berg:tel:+46701111111\r\n")));
        refusal(texts, "calendar shift without a person", () -> calendar(vevent("DTSTART:20250616T080000Z\r\n"
                + "DTEND:20250616T160000Z\r\n")));
        refusal(texts, "calendar shift with a bad number", () -> calendar(vevent("DTSTART:20250616T080000Z\r\n"
                + "DTEND:20250616T160000Z\r\nATTENDEE;CN=Anna Berg:mailto:anna@example.se\r\n")));
        assertThat(texts).hasSize(12);

        assertAllSwedish(Phrasebook.PROBLEMS, texts);
    }

    // ---- the check

    private static void assertAllSwedish(Phrasebook book, Map<String, List<String>> texts) {
        assertThat(texts).as("the domain wrote texts").isNotEmpty();
        List<String> english = new ArrayList<>();
        texts.forEach((what, list) -> list.forEach(text -> {
            List<String> left = englishLeft(book, text);
            if (!left.isEmpty()) {
                english.add(what + ": \"" + text + "\"\n    in Swedish: \"" + book.swedish(text) + "\"\n    English left: " + left);
            }
        }));
        assertThat(english).as("texts the phrasebook (Phrasebook.java) leaves in English; add or fix their phrases")
                .isEmpty();
    }

    @Test
    void customersOnCallLinesRefusalsInSwedish() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Social s = new Social();
        PhoneNumber line = PhoneNumber.parse("number", "08-555 100 99");
        s.submit(new DefineCustomer(new Customer("fastab", "Fastighets AB", Customer.Kind.COMPANY), line));
        refusal(texts, "customer id reads as a code", () -> new Customer("0180", "Kommunen", Customer.Kind.MUNICIPALITY));
        refusal(texts, "customer without a name", () -> new Customer("vatten", " ", Customer.Kind.COMPANY));
        refusal(texts, "customer without a kind", () -> new Customer("vatten", "Vatten AB", null));
        refusal(texts, "customer defined twice", () -> s.submit(new DefineCustomer(
                new Customer("fastab", "Fastighets AB", Customer.Kind.COMPANY), null)));
        refusal(texts, "customer's number taken", () -> s.submit(new DefineCustomer(
                new Customer("vatten", "Vatten AB", Customer.Kind.COMPANY), line)));
        refusal(texts, "unknown customer", () -> SocialRouter.route(s.state, "fastbo", Channel.DIRECT_NUMBER, NOW));
        refusal(texts, "a municipality given for a customer's line", () -> se.larmcentral.centre.calls.DialledLines
                .resolve("08-555 100 99", "0180", s.state));
        assertThat(texts).hasSize(7);

        assertAllSwedish(Phrasebook.PROBLEMS, texts);
    }

    private static void add(Map<String, List<String>> texts, String what, String text) {
        if (text != null && !text.isBlank()) {
            texts.computeIfAbsent(what, k -> new ArrayList<>()).add(text);
        }
    }

    private static void refusal(Map<String, List<String>> texts, String what, Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            add(texts, what, e.getMessage());
            return;
        }
        throw new AssertionError(what + ": the command was not refused");
    }

    // ---- table inputs

    static final Instant NOW = Instant.parse("2025-03-12T11:00:00Z");
    static final GeoPoint CENTRE = new GeoPoint(59.3098, 18.0519);
    static final PhoneNumber JOUR = PhoneNumber.parse("number", "08-718 00 00");
    static final PhoneNumber OTHER = PhoneNumber.parse("number", "070-123 45 67");

    static GeoPoint north(double km) {
        return new GeoPoint(CENTRE.lat() + km / 111.2, CENTRE.lon());
    }

    static Schedule weekly(DayOfWeek day, String window) {
        return new Schedule(List.of(new WeeklyWindow(day, Window.parse("w", window))), List.of(), List.of());
    }

    static RosterShift shift(String from, String to, String person, String number) {
        return new RosterShift(local(from), local(to), person, PhoneNumber.parse("number", number));
    }

    static Instant local(String text) {
        return LocalDateTime.parse(text).atZone(SwedishTime.ZONE).toInstant();
    }

    /** A social state with a command loop: decide, apply. */
    private static final class Social {
        final SocialState state = new SocialState(MunicipalityRegistryFile.standard(), new SwedishCalendar());
        private long sequence;

        <R> R submit(Command<SocialState, R> command) {
            Decision<R> decision = command.decide(state, NOW);
            for (DomainEvent event : decision.events()) {
                state.apply(new Recorded(++sequence, NOW, Actor.SYSTEM, event));
            }
            return decision.result();
        }

        void jour(String id, PhoneNumber number) {
            submit(new DefineJour(new Jour(id, "Socialjour " + id, number, true, "16:00-08:00", "talsvar hänvisar till växeln")));
        }

        String extended(String municipality, String jourId, Schedule schedule, boolean roster) {
            return submit(new AddAgreement(municipality, jourId, AgreementKind.EXTENDED, LocalDate.of(2018, 1, 1), null, null,
                    null, "Fråga efter adressen.", "Ring kommunens växel 08-508 290 00 vardagar 08-16.", roster, schedule,
                    List.of()));
        }

        void explain(Map<String, List<String>> texts, String what, String municipality, String localTime) {
            if (localTime == null) {
                return;
            }
            SocialDecision decision = SocialRouter.route(state, municipality, Channel.EMERGENCY_112, local(localTime));
            decision.explanation().forEach(line -> add(texts, what + " (" + decision.outcome() + ")", line));
            add(texts, what + " (rule)", decision.rule());
        }
    }

    static final Actor NURSE = Actor.person("nurse-anna");
    static final String SENDER = "larmcentral@example.se";

    /** A 113 13 message (or VMA) for Solna in Swedish, effective now. */
    static WarningContent warning(WarningKind kind, Instant expires) {
        return new WarningContent(kind, WarningStatus.ACTUAL, WarningScope.PUBLIC, Category.FIRE, Urgency.IMMEDIATE,
                Severity.SEVERE, Certainty.OBSERVED,
                List.of(new WarningText("sv-SE", "Brand i industribyggnad", "Stäng fönster i Solna",
                        "Kraftig rök från en brand i Solna.", "Gå inomhus.")),
                List.of(new WarningArea("Solna", List.of("0184"), List.of())), NOW, NOW, expires);
    }

    static MajorIncidents.Declaration declaration(MajorIncidentType type, List<String> municipalities, Instant start,
                                                 Instant expectedEnd) {
        return new MajorIncidents.Declaration(type, municipalities, null, start, expectedEnd, "Storm över länet.",
                "Vi har många samtal om stormen.");
    }

    static WarningContent withTexts(WarningContent c, List<WarningText> texts) {
        return new WarningContent(c.kind(), c.status(), c.scope(), c.category(), c.urgency(), c.severity(), c.certainty(),
                texts, c.areas(), c.effective(), c.onset(), c.expires());
    }

    static WarningContent withAreas(WarningContent c, List<WarningArea> areas) {
        return new WarningContent(c.kind(), c.status(), c.scope(), c.category(), c.urgency(), c.severity(), c.certainty(),
                c.texts(), areas, c.effective(), c.onset(), c.expires());
    }

    /** An extended agreement's set times and one-off change, as the API reads them (AgreementTerms). */
    static Object terms(List<String> weekly, SocialConfiguration.OneOffEntry change) {
        var entry = new SocialConfiguration.AgreementEntry("0180", "city", "EXTENDED", "2025-01-01", null, null, null, null,
                null, "Ring växeln.", false, weekly, null, null, change == null ? null : List.of(change));
        return SocialConfigurationReader.commands(new SocialConfiguration(SocialConfigurationReader.FORMAT, null, List.of(),
                List.of(entry), List.of(), List.of()));
    }

    static Object calendar(String ics) {
        try {
            return RosterCalendarReader.read(new java.io.ByteArrayInputStream(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String vevent(String properties) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20250601T000000Z\r\n"
                + "SUMMARY:Jour\r\n" + properties + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    /** Major incidents with a command loop. */
    private static final class Incidents {
        final MajorIncidents state = new MajorIncidents();
        private long sequence;

        <R> R run(Command<MajorIncidents, R> command) {
            Decision<R> decision = command.decide(state, NOW);
            for (DomainEvent event : decision.events()) {
                state.apply(new Recorded(++sequence, NOW, Actor.person("anna"), event));
            }
            return decision.result();
        }
    }

    /** A triage state on the shipped index and rules, with a command loop. */
    private static final class Triage {
        final TriageState state = new TriageState(TriageConfigFiles.shipped());
        private long sequence;

        <R> R run(Command<TriageState, R> command) {
            Decision<R> decision = command.decide(state, NOW);
            for (DomainEvent event : decision.events()) {
                state.apply(new Recorded(++sequence, NOW, Actor.person("operator-1"), event));
            }
            return decision.result();
        }
    }

    /** Public messages with a command loop. */
    private static final class Warnings {
        final PublicWarnings state = new PublicWarnings();
        private long sequence;

        <R> R run(Command<PublicWarnings, R> command) {
            Decision<R> decision = command.decide(state, NOW);
            for (DomainEvent event : decision.events()) {
                state.apply(new Recorded(++sequence, NOW, Actor.person("test"), event));
            }
            return decision.result();
        }
    }

    /** A calls state with a command loop. */
    private static final class Calls {
        final CallsState state = new CallsState();
        private long sequence;

        <R> R run(Command<CallsState, R> command) {
            Decision<R> decision = command.decide(state, NOW);
            for (DomainEvent event : decision.events()) {
                state.apply(new Recorded(++sequence, NOW, Actor.person("operator-1"), event));
            }
            return decision.result();
        }
    }

    /** A dispatch state with a command loop at a settable clock. */
    private static final class Dispatch {
        final DispatchState state = new DispatchState();
        Instant now = NOW;
        private long sequence;

        <R> R run(Command<DispatchState, R> command) {
            Decision<R> decision = command.decide(state, now);
            for (DomainEvent event : decision.events()) {
                state.apply(new Recorded(++sequence, now, Actor.SYSTEM, event));
            }
            return decision.result();
        }
    }
}
