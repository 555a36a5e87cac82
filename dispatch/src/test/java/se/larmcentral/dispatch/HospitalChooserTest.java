package se.larmcentral.dispatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.NotFoundException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.dispatch.HospitalCapability.*;

class HospitalChooserTest {

    private static final GeoPoint SOLNA = new GeoPoint(59.3495, 18.0328);
    private static final GeoPoint HUDDINGE = new GeoPoint(59.2220, 17.9380);
    private static final GeoPoint SOS = new GeoPoint(59.3098, 18.0519);
    private static final GeoPoint ST_GORAN = new GeoPoint(59.3370, 18.0240);

    private final StraightLineTravelTimes travel = new StraightLineTravelTimes();
    private Centre centre;

    @BeforeEach
    void hospitals() {
        centre = new Centre();
        centre.run(new RegisterHospital(new Hospital("solna", "Karolinska Solna", SOLNA, List.of(INTENSIVE_CARE, CHILDREN))));
        centre.run(new RegisterHospital(new Hospital("huddinge", "Karolinska Huddinge", HUDDINGE, List.of(ADULT, CHILDREN))));
        centre.run(new RegisterHospital(new Hospital("sos", "Södersjukhuset", SOS, List.of(ADULT, CHILDREN))));
        centre.run(new RegisterHospital(new Hospital("stg", "S:t Göran", ST_GORAN, List.of(ADULT))));
    }

    @Test
    void anAdultGoesToTheNearestAdultDepartmentNotToTheNearestHospital() {
        GeoPoint nextToSolna = new GeoPoint(59.3500, 18.0330);
        HospitalChooser.Choice choice = HospitalChooser.choose(centre.state, nextToSolna, ADULT, travel);
        assertThat(choice.hospital().hospitalId()).isEqualTo("stg");
        assertThat(choice.alternatives()).extracting(HospitalChooser.Option::hospitalId).containsExactly("stg", "sos", "huddinge");
        assertThat(choice.explanation()).contains("S:t Göran is the nearest of 3 hospital(s) taking ADULT");
        assertThat(travel.fromOriginCalls).isEqualTo(1);
    }

    @Test
    void aChildGoesToAChildrensDepartment() {
        GeoPoint nearStGoran = new GeoPoint(59.3372, 18.0242);
        assertThat(HospitalChooser.choose(centre.state, nearStGoran, CHILDREN, travel).hospital().hospitalId()).isEqualTo("solna");
        GeoPoint south = new GeoPoint(59.20, 17.95);
        assertThat(HospitalChooser.choose(centre.state, south, CHILDREN, travel).hospital().hospitalId()).isEqualTo("huddinge");
    }

    @Test
    void intensiveCareGoesToTheOnlyIntensiveCareDepartmentHoweverFar() {
        GeoPoint south = new GeoPoint(59.20, 17.95);
        assertThat(HospitalChooser.choose(centre.state, south, INTENSIVE_CARE, travel).hospital().hospitalId()).isEqualTo("solna");
    }

    @Test
    void anUnreachableHospitalIsSkippedAndNoneSuitableIsNotFound() {
        travel.unreachable(ST_GORAN);
        assertThat(HospitalChooser.choose(centre.state, SOLNA, ADULT, travel).hospital().hospitalId()).isEqualTo("sos");
        Centre empty = new Centre();
        assertThatThrownBy(() -> HospitalChooser.choose(empty.state, SOLNA, ADULT, travel))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no registered hospital takes ADULT");
    }
}
