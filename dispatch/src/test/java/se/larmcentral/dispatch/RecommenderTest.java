package se.larmcentral.dispatch;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.dispatch.UnitStatus.*;

class RecommenderTest {

    private static final GeoPoint INCIDENT = Places.north(3);

    private final StraightLineTravelTimes travel = new StraightLineTravelTimes();
    private final Recommender recommender = new Recommender();
    private final Centre centre = new Centre()
            .station("far", Places.south(3))
            .station("near", Places.north(1));

    private Recommendation recommend(int priority, UnitType type) {
        return recommender.recommend(centre.state, new RecommendationRequest(INCIDENT, priority, type, null), travel, centre.now);
    }

    private static List<String> ids(Recommendation r) {
        return r.candidates().stream().map(Candidate::unitId).toList();
    }

    @Test
    void estimateIsTurnoutPlusTravelAndAMobileUnitGetsGoingSoonerThanOneAtItsStation() {
        centre.ambulance("AT-STATION", "near").ambulance("MOBILE", "far");
        centre.status("MOBILE", AVAILABLE_MOBILE);
        centre.run(new ReportPosition("MOBILE", Places.north(1), centre.now));

        Recommendation r = recommend(1, UnitType.AMBULANCE);

        assertThat(ids(r)).containsExactly("MOBILE", "AT-STATION");
        Candidate mobile = r.candidates().get(0);
        Candidate atStation = r.candidates().get(1);
        Duration drive = travel.time(Places.north(1), INCIDENT);
        assertThat(mobile.turnout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(atStation.turnout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(mobile.estimate()).isEqualTo(drive.plusSeconds(30));
        assertThat(atStation.estimate()).isEqualTo(drive.plusSeconds(90));
        assertThat(mobile.rank()).isEqualTo(1);
        assertThat(atStation.rank()).isEqualTo(2);
        assertThat(atStation.explanation()).contains("available at station", "1 min 30 s to get going", "by road", "Station near");
        assertThat(mobile.explanation()).contains("30 s to get going", "position 0 s old").doesNotContain("stale");
        assertThat(mobile.travelEstimated()).isTrue();
        assertThat(r.travelMethod()).contains("straight line");
    }

    /** Explanations only for the first k: the same ranking, numbers and texts; the others' text is null. */
    @Test
    void explainingOnlyTheFirstCandidatesGivesTheSameAnswerWithoutTheOthersTexts() {
        centre.ambulance("FREE", "far").ambulance("ON-P2", "near").ambulance("ON-P3", "near").ambulance("MOBILE", "far");
        centre.incident("P2", Places.north(2), 2).incident("P3", Places.north(2), 3);
        centre.run(new AssignUnit("P2", "ON-P2"));
        centre.run(new AssignUnit("P3", "ON-P3"));
        centre.status("ON-P3", ACKNOWLEDGED, EN_ROUTE);
        centre.status("MOBILE", AVAILABLE_MOBILE);
        centre.run(new ReportPosition("MOBILE", Places.north(1), centre.now.minus(Duration.ofMinutes(6))));
        RecommendationRequest request = new RecommendationRequest(INCIDENT, 1, UnitType.AMBULANCE, null);

        Recommendation full = recommender.recommend(centre.state, request, travel, centre.now);
        assertThat(full.candidates()).hasSize(4).allSatisfy(c -> assertThat(c.explanation()).isNotBlank());
        for (int k = 0; k <= 5; k++) {
            Recommendation some = recommender.recommend(centre.state, request, travel, centre.now, k);
            assertThat(some.travelMethod()).isEqualTo(full.travelMethod());
            assertThat(some.unreachable()).isEqualTo(full.unreachable());
            for (int i = 0; i < full.candidates().size(); i++) {
                Candidate f = full.candidates().get(i);
                Candidate expected = i < k ? f : new Candidate(f.rank(), f.unitId(), f.callSign(), f.type(), f.status(),
                        f.kind(), f.origin(), f.turnout(), f.travel(), f.estimate(), f.metres(), f.travelEstimated(),
                        f.redirectedFrom(), f.redirectedFromPriority(), f.positionStale(), f.positionAge(), null);
                assertThat(some.candidates().get(i)).isEqualTo(expected);
            }
        }
    }

    @Test
    void nearerUnitsRankFirst() {
        centre.ambulance("FAR", "far").ambulance("NEAR", "near");
        assertThat(ids(recommend(2, UnitType.AMBULANCE))).containsExactly("NEAR", "FAR");
    }

    @Test
    void aUnitOnItsWayToAPriority2Or3IsARedirectionCandidateForANewPriority1Only() {
        centre.ambulance("FREE", "far").ambulance("ON-P2", "near").ambulance("ON-P3", "near");
        centre.incident("P2", Places.north(2), 2).incident("P3", Places.north(2), 3);
        centre.run(new AssignUnit("P2", "ON-P2"));
        centre.run(new AssignUnit("P3", "ON-P3"));
        centre.status("ON-P3", ACKNOWLEDGED, EN_ROUTE);

        Recommendation forP1 = recommend(1, UnitType.AMBULANCE);
        assertThat(ids(forP1)).containsExactlyInAnyOrder("FREE", "ON-P2", "ON-P3");
        Candidate redirected = forP1.candidates().stream().filter(c -> c.unitId().equals("ON-P2")).findFirst().orElseThrow();
        assertThat(redirected.isRedirection()).isTrue();
        assertThat(redirected.redirectedFrom()).isEqualTo("P2");
        assertThat(redirected.redirectedFromPriority()).isEqualTo(2);
        assertThat(redirected.explanation()).contains("redirection from priority 2 incident P2", "earlier than the best free unit");
        assertThat(forP1.candidates().stream().filter(c -> c.unitId().equals("FREE")).findFirst().orElseThrow().isRedirection()).isFalse();

        assertThat(ids(recommend(2, UnitType.AMBULANCE))).containsExactly("FREE");
        assertThat(ids(recommend(3, UnitType.AMBULANCE))).containsExactly("FREE");
    }

    @Test
    void aUnitOnAPriority1IsNeverACandidate() {
        centre.ambulance("FREE", "far").ambulance("ON-P1", "near");
        centre.incident("P1", Places.north(2), 1);
        centre.run(new AssignUnit("P1", "ON-P1"));
        assertThat(ids(recommend(1, UnitType.AMBULANCE))).containsExactly("FREE");
    }

    @Test
    void unitsOnSceneInTransportUnavailableOrOutOfServiceAreNotCandidates() {
        centre.ambulance("ON-SCENE", "near").ambulance("TRANSPORT", "near").ambulance("BREAK", "near")
                .ambulance("OFF", "near").ambulance("FREE", "far");
        centre.incident("P3a", Places.north(2), 3).incident("P3b", Places.north(2), 3);
        centre.run(new AssignUnit("P3a", "ON-SCENE"));
        centre.status("ON-SCENE", ACKNOWLEDGED, EN_ROUTE, ON_SCENE);
        centre.run(new AssignUnit("P3b", "TRANSPORT"));
        centre.status("TRANSPORT", ACKNOWLEDGED, EN_ROUTE, ON_SCENE, TRANSPORT);
        centre.run(new ReportStatus("BREAK", TEMPORARILY_UNAVAILABLE, "meal", centre.now.plusSeconds(1800)));
        centre.status("OFF", OUT_OF_SERVICE);

        assertThat(ids(recommend(1, UnitType.AMBULANCE))).containsExactly("FREE");
    }

    @Test
    void aPositionOlderThanFiveMinutesIsUsedButMarkedStale() {
        centre.ambulance("FRESH", "far").ambulance("OLD", "far");
        centre.status("FRESH", AVAILABLE_MOBILE).status("OLD", AVAILABLE_MOBILE);
        centre.run(new ReportPosition("FRESH", Places.north(2), centre.now.minus(Duration.ofMinutes(5))));
        centre.run(new ReportPosition("OLD", Places.north(1), centre.now.minus(Duration.ofMinutes(5)).minusSeconds(1)));

        Recommendation r = recommend(1, UnitType.AMBULANCE);

        Candidate fresh = r.candidates().get(0);
        Candidate old = r.candidates().get(1);
        assertThat(fresh.unitId()).isEqualTo("FRESH");
        assertThat(fresh.positionStale()).isFalse();
        assertThat(fresh.positionAge()).isEqualTo(Duration.ofMinutes(5));
        assertThat(old.unitId()).isEqualTo("OLD");
        assertThat(old.positionStale()).isTrue();
        assertThat(old.origin()).isEqualTo(Places.north(1));
        assertThat(old.explanation()).contains("5 min 01 s old", "stale");
    }

    @Test
    void aMobileUnitWithoutAReportedPositionIsPlacedAtItsStationAndSaysSo() {
        centre.ambulance("M", "near");
        centre.status("M", AVAILABLE_MOBILE);
        Candidate c = recommend(1, UnitType.AMBULANCE).candidates().getFirst();
        assertThat(c.origin()).isEqualTo(Places.north(1));
        assertThat(c.explanation()).contains("no position reported, its station was used");
    }

    @Test
    void onlyUnitsThatCanAnswerTheNeededTypeAreCandidates() {
        centre.ambulance("AMB", "near")
                .unit("IVA", UnitType.INTENSIVE_CARE_AMBULANCE, "near")
                .unit("LB", UnitType.PHYSICIAN_CAR, "near")
                .unit("HKP", UnitType.HELICOPTER, "near")
                .unit("ST", UnitType.PATIENT_TRANSPORT, "near");

        assertThat(ids(recommend(1, UnitType.AMBULANCE))).containsExactlyInAnyOrder("AMB", "IVA");
        assertThat(ids(recommend(1, UnitType.INTENSIVE_CARE_AMBULANCE))).containsExactly("IVA");
        assertThat(ids(recommend(1, UnitType.PHYSICIAN_CAR))).containsExactly("LB");
        assertThat(ids(recommend(1, UnitType.HELICOPTER))).containsExactly("HKP");
        assertThat(ids(recommend(4, UnitType.PATIENT_TRANSPORT))).containsExactlyInAnyOrder("AMB", "ST");
    }

    @Test
    void aUnitAtHospitalFifteenMinutesWithoutClearIsAMarkedCandidate() {
        centre.ambulance("H", "near").ambulance("FREE", "far");
        centre.incident("OLD", Places.north(2), 2);
        centre.run(new AssignUnit("OLD", "H"));
        centre.status("H", ACKNOWLEDGED, EN_ROUTE, ON_SCENE, TRANSPORT, AT_HOSPITAL);

        centre.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(ids(recommend(1, UnitType.AMBULANCE))).containsExactly("FREE");

        centre.advance(Duration.ofSeconds(1));
        Candidate h = recommend(1, UnitType.AMBULANCE).candidates().stream()
                .filter(c -> c.unitId().equals("H")).findFirst().orElseThrow();
        assertThat(h.kind()).isEqualTo(Eligibility.Kind.HOSPITAL_OVERDUE);
        assertThat(h.turnout()).isEqualTo(TurnoutTimes.DEFAULT.atHospital());
        assertThat(h.explanation()).contains("at hospital for 15 min 00 s without reporting clear");
    }

    @Test
    void theIncidentsOwnUnitsAreLeftOut() {
        centre.ambulance("A", "near").ambulance("B", "far");
        centre.incident("I", INCIDENT, 1);
        centre.run(new AssignUnit("I", "A"));
        Recommendation r = recommender.recommend(centre.state,
                RecommendationRequest.forIncident(centre.incidentNow("I")), travel, centre.now);
        assertThat(ids(r)).containsExactly("B");
    }

    @Test
    void unitsWithoutARouteAreListedApartWithTheReason() {
        centre.ambulance("ISLAND", "near").ambulance("B", "far");
        travel.unreachable(Places.north(1));
        Recommendation r = recommend(1, UnitType.AMBULANCE);
        assertThat(ids(r)).containsExactly("B");
        assertThat(r.unreachable()).singleElement().asString().startsWith("ISLAND: no road route");
    }

    @Test
    void noUnitMeansAnEmptyRecommendationWithoutAskingForTravelTimes() {
        Recommendation r = recommend(1, UnitType.AMBULANCE);
        assertThat(r.candidates()).isEmpty();
        assertThat(travel.toDestinationCalls).isZero();
    }

    @Test
    void twoHundredUnitsAreRankedWithOneTravelTimeQueryAndCheaply() {
        Random random = new Random(42);
        for (int s = 0; s < 20; s++) {
            centre.station("st" + s, new GeoPoint(59.25 + random.nextDouble() * 0.15, 17.9 + random.nextDouble() * 0.25));
        }
        for (int u = 0; u < 200; u++) {
            String id = "U" + u;
            centre.ambulance(id, "st" + (u % 20));
            if (u % 2 == 0) {
                centre.status(id, AVAILABLE_MOBILE);
                centre.run(new ReportPosition(id, new GeoPoint(59.25 + random.nextDouble() * 0.15,
                        17.9 + random.nextDouble() * 0.25), centre.now.minusSeconds(random.nextInt(600))));
            }
        }

        Recommendation r = recommend(1, UnitType.AMBULANCE);

        assertThat(travel.toDestinationCalls).isEqualTo(1);
        assertThat(r.candidates()).hasSize(200);
        for (int i = 1; i < r.candidates().size(); i++) {
            assertThat(r.candidates().get(i).estimate()).isGreaterThanOrEqualTo(r.candidates().get(i - 1).estimate());
            assertThat(r.candidates().get(i).rank()).isEqualTo(i + 1);
        }

        long[] nanos = new long[400];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            recommend(1, UnitType.AMBULANCE);
            nanos[i] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(nanos, 200, 400);
        Arrays.sort(measured);
        // The ranking around the travel-time call (here a trivial straight line) must leave room in the 2 ms p99 budget.
        assertThat(Duration.ofNanos(measured[measured.length / 2])).isLessThan(Duration.ofMillis(2));
    }

    @Test
    void equalEstimatesPreferAFreeUnitOverARedirection() {
        centre.ambulance("FREE", "near").ambulance("BUSY", "near");
        centre.incident("P2", Places.north(1), 2);
        centre.run(new AssignUnit("P2", "BUSY"));
        centre.status("FREE", AVAILABLE_MOBILE);
        centre.run(new ReportPosition("FREE", Places.north(1), centre.now));
        centre.run(new ReportPosition("BUSY", Places.north(1), centre.now));
        List<String> order = new ArrayList<>(ids(recommend(1, UnitType.AMBULANCE)));
        assertThat(order).containsExactly("FREE", "BUSY");
    }

    /** A free unit at station "near" and a unit on its way to a priority 2, reported at {@code position}. */
    private void freeUnitAndRedirectionCandidateAt(GeoPoint position) {
        centre.ambulance("FREE", "near").ambulance("ON-P2", "far");
        centre.incident("P2", Places.south(4), 2);
        centre.run(new AssignUnit("P2", "ON-P2"));
        centre.status("ON-P2", ACKNOWLEDGED, EN_ROUTE);
        centre.run(new ReportPosition("ON-P2", position, centre.now));
    }

    private Recommendation recommendWithMargin(Duration margin) {
        RecommenderSettings settings = new RecommenderSettings(TurnoutTimes.DEFAULT, Duration.ofMinutes(5), margin);
        return new Recommender(settings).recommend(centre.state,
                new RecommendationRequest(INCIDENT, 1, UnitType.AMBULANCE, null), travel, centre.now);
    }

    private static Candidate candidate(Recommendation r, String unitId) {
        return r.candidates().stream().filter(c -> c.unitId().equals(unitId)).findFirst().orElseThrow();
    }

    @Test
    void aRedirectionRanksAboveTheBestFreeUnitOnlyWhenEarlierByAtLeastTheMargin() {
        freeUnitAndRedirectionCandidateAt(Places.north(1.4));
        Recommendation anyGain = recommendWithMargin(Duration.ZERO);
        Duration gain = candidate(anyGain, "FREE").estimate().minus(candidate(anyGain, "ON-P2").estimate());
        assertThat(gain).isPositive();

        Recommendation atTheMargin = recommendWithMargin(gain);
        assertThat(ids(atTheMargin)).containsExactly("ON-P2", "FREE");
        assertThat(candidate(atTheMargin, "ON-P2").explanation()).contains("earlier than the best free unit (clearly closer");

        Recommendation justShort = recommendWithMargin(gain.plusSeconds(1));
        assertThat(ids(justShort)).containsExactly("FREE", "ON-P2");
        assertThat(candidate(justShort, "ON-P2").explanation())
                .contains("earlier than the best free unit, less than the redirection margin of", "ranked after it");
        assertThat(candidate(justShort, "ON-P2").estimate()).as("the estimate itself is not changed")
                .isEqualTo(candidate(anyGain, "ON-P2").estimate());
    }

    @Test
    void theDefaultMarginIsSixtySeconds() {
        assertThat(RecommenderSettings.DEFAULT.redirectionMargin()).isEqualTo(Duration.ofSeconds(60));
        assertThat(new RecommenderSettings(TurnoutTimes.DEFAULT, Duration.ofMinutes(5)).redirectionMargin())
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void withTheDefaultMarginARedirectionFarLessThanAMinuteEarlierRanksAfterTheFreeUnit() {
        freeUnitAndRedirectionCandidateAt(Places.north(0.6));
        Recommendation r = recommend(1, UnitType.AMBULANCE);
        Duration gain = candidate(r, "FREE").estimate().minus(candidate(r, "ON-P2").estimate());
        assertThat(gain).isPositive().isLessThan(Duration.ofSeconds(60));
        assertThat(ids(r)).containsExactly("FREE", "ON-P2");
    }

    @Test
    void withTheDefaultMarginARedirectionMoreThanAMinuteEarlierRanksFirst() {
        freeUnitAndRedirectionCandidateAt(Places.north(1.4));
        Recommendation r = recommend(1, UnitType.AMBULANCE);
        Duration gain = candidate(r, "FREE").estimate().minus(candidate(r, "ON-P2").estimate());
        assertThat(gain).isGreaterThan(Duration.ofSeconds(60));
        assertThat(ids(r)).containsExactly("ON-P2", "FREE");
    }

    @Test
    void aNegativeMarginIsRefusedNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RecommenderSettings(TurnoutTimes.DEFAULT,
                        Duration.ofMinutes(5), Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(se.larmcentral.core.InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("redirectionMargin"));
    }

    @Test
    void aFreeUnitWhoseShiftEndedIsLeftOutButOneStartedByHandAfterItsShiftIsOffered() {
        java.time.Instant beforeEvening = java.time.LocalDateTime.parse("2025-03-12T18:59")
                .atZone(se.larmcentral.core.SwedishTime.ZONE).toInstant();
        ShiftWindow day = new ShiftWindow(List.of(java.time.DayOfWeek.values()), java.time.LocalTime.of(7, 0),
                java.time.LocalTime.of(19, 0));
        Centre evening = new Centre(beforeEvening).station("near", Places.north(1));
        evening.run(new RegisterUnit(new UnitDefinition("DAY", "DAY", UnitType.AMBULANCE, "near", List.of(day))));
        evening.run(new RegisterUnit(new UnitDefinition("SPARE", "SPARE", UnitType.AMBULANCE, "near", List.of(day))));
        evening.run(new EndShift("SPARE"));
        RecommendationRequest request = new RecommendationRequest(INCIDENT, 1, UnitType.AMBULANCE, null);
        assertThat(ids(recommender.recommend(evening.state, request, travel, evening.now))).containsExactly("DAY");

        evening.advance(Duration.ofMinutes(30));
        evening.run(new StartShift("SPARE"));
        assertThat(evening.unitNow("DAY").status()).as("no timer has run").isEqualTo(AVAILABLE_AT_STATION);
        assertThat(ids(recommender.recommend(evening.state, request, travel, evening.now))).containsExactly("SPARE");
    }

    @Test
    void rankingASnapshotNeedsNoStateAndGivesTheSameAnswer() {
        centre.ambulance("A", "near").ambulance("B", "far");
        RecommendationRequest request = new RecommendationRequest(INCIDENT, 1, UnitType.AMBULANCE, null);
        RecommendationSnapshot snapshot = recommender.snapshot(centre.state, request, centre.now);
        Recommendation direct = recommender.recommend(centre.state, request, travel, centre.now);

        centre.status("A", OUT_OF_SERVICE);

        assertThat(recommender.rank(snapshot, travel)).isEqualTo(direct);
        assertThat(ids(recommender.recommend(centre.state, request, travel, centre.now))).containsExactly("B");
    }

    @Test
    void aLegOutsideTheRoadNetworkIsMarkedEstimatedInThatCandidateOnly() {
        centre.ambulance("ROAD", "near").ambulance("OUTSIDE", "far");
        travel.asRoadNetwork().outsideRoadNetwork(Places.south(3));

        Recommendation r = recommend(1, UnitType.AMBULANCE);

        assertThat(r.travelEstimated()).isFalse();
        assertThat(candidate(r, "ROAD").travelEstimated()).isFalse();
        assertThat(candidate(r, "ROAD").explanation()).contains("test road network").doesNotContain("ESTIMATED");
        assertThat(candidate(r, "OUTSIDE").travelEstimated()).isTrue();
        assertThat(candidate(r, "OUTSIDE").explanation())
                .contains("ESTIMATED from straight-line distance: the road network does not cover this leg");
    }
}
