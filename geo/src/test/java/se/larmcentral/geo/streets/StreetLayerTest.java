package se.larmcentral.geo.streets;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreetLayerTest {

    private static final BoundingBox INNER_CITY = new BoundingBox(18.00, 59.30, 18.12, 59.36);
    private static final BoundingBox NORRMALM = BoundingBox.parse("18.055,59.330,18.070,59.338");

    private final StreetLayer inner = new StreetLayer(Extracts.read(Extracts.stockholmInner()));

    @Test
    void fewerRoadClassesAndFewerPointsTheFartherOutTheMapIs() {
        StreetView city = inner.view(INNER_CITY, 11);
        StreetView close = inner.view(INNER_CITY, 16);

        assertThat(city.streets()).isNotEmpty().hasSizeLessThan(close.streets().size() / 3);
        assertThat(city.streets()).extracting(StreetView.Shape::highway).doesNotContain("residential", "service");
        assertThat(close.streets()).extracting(StreetView.Shape::highway).contains("residential");
        assertThat(points(city)).isLessThan(points(close) / 3);
        assertThat(city.truncated()).isFalse();
    }

    @Test
    void onlyWhatLiesInTheView() {
        StreetView view = inner.view(NORRMALM, 16);

        assertThat(view.streets()).extracting(StreetView.Shape::name).contains("Kungsgatan", "Vasagatan")
                .doesNotContain("Götgatan"); // Södermalm
        assertThat(view.streets()).allSatisfy(s -> assertThat(s.line().getEnvelopeInternal().intersects(
                new org.locationtech.jts.geom.Envelope(18.055, 18.070, 59.330, 59.338))).isTrue());
    }

    @Test
    void placeNamesAppearByKindAndZoom() {
        StreetLayer norrmalm = new StreetLayer(Extracts.read(Extracts.norrmalm()));
        BoundingBox box = new BoundingBox(18.04, 59.32, 18.10, 59.36);

        assertThat(norrmalm.view(box, 12).places()).extracting(Place::name).contains("Östermalm")
                .doesNotContain("Östermalmstorg", "Konserthuset");
        assertThat(norrmalm.view(box, 17).places()).extracting(Place::name).contains("Östermalm", "Östermalmstorg", "Konserthuset");
    }

    @Test
    void aBadViewIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> inner.view(INNER_CITY, 23)).isInstanceOf(InvalidInputException.class)
                .hasMessage("zoom: must be a map zoom level from 0 to 22, was 23");
        assertThatThrownBy(() -> BoundingBox.parse("18.0,59.3,18.1")).hasMessageStartingWith("bbox: must be west,south,east,north");
        assertThatThrownBy(() -> BoundingBox.parse("18.0,59.3,x,59.4")).hasMessageStartingWith("bbox: must be west,south,east,north");
        assertThatThrownBy(() -> BoundingBox.parse("18.0,59.4,18.1,59.3")).hasMessageStartingWith("bbox: south must lie at or below north");
        assertThatThrownBy(() -> BoundingBox.parse(null)).hasMessageStartingWith("bbox: is missing");
    }

    private static int points(StreetView view) {
        return view.streets().stream().mapToInt(s -> s.line().getNumPoints()).sum();
    }
}
