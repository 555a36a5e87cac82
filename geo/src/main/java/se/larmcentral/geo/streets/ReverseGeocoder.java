package se.larmcentral.geo.streets;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import se.larmcentral.core.GeoPoint;

import java.util.Optional;

/**
 * The address of a position from the extract: the nearest address within {@code addressMetres}; failing that the
 * nearest street within {@code streetMetres}; and the nearest named place within {@code placeMetres} (city blocks
 * are named only when nothing larger is that near).
 */
public final class ReverseGeocoder {

    /** Defaults: an address across the street, a street a block away, a district or square within walking distance. */
    public static final int ADDRESS_METRES = 60;
    public static final int STREET_METRES = 250;
    public static final int PLACE_METRES = 1500;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double METRES_PER_DEGREE_LAT = 111_320;

    private final STRtree addresses = new STRtree();
    private final STRtree streets = new STRtree();
    private final STRtree places = new STRtree();
    private final STRtree blocks = new STRtree();

    public ReverseGeocoder(MapExtract map) {
        for (Address address : map.addresses()) {
            addresses.insert(point(address.at()), address);
        }
        for (Street street : map.streets()) {
            streets.insert(street.line().getEnvelopeInternal(), street);
        }
        for (Place place : map.places()) {
            ("city_block".equals(place.kind()) ? blocks : places).insert(point(place.at()), place);
        }
        addresses.build();
        streets.build();
        places.build();
        blocks.build();
    }

    public AddressAt at(GeoPoint position) {
        return at(position, ADDRESS_METRES, STREET_METRES, PLACE_METRES);
    }

    public AddressAt at(GeoPoint position, int addressMetres, int streetMetres, int placeMetres) {
        Optional<AddressAt.Near<Address>> address = nearest(addresses, position, addressMetres, Address.class);
        Optional<AddressAt.Near<String>> street = address.isPresent() ? Optional.empty() : nearestStreet(position, streetMetres);
        Optional<AddressAt.Near<Place>> place = nearest(places, position, placeMetres, Place.class)
                .or(() -> nearest(blocks, position, placeMetres, Place.class));
        return new AddressAt(position, address, street, place);
    }

    private static <T> Optional<AddressAt.Near<T>> nearest(STRtree tree, GeoPoint position, int metres, Class<T> type) {
        Object[] best = new Object[1];
        double[] bestMetres = {Double.POSITIVE_INFINITY};
        tree.query(around(position, metres), item -> {
            GeoPoint at = item instanceof Address a ? a.at() : ((Place) item).at();
            double distance = position.distanceMetresTo(at);
            if (distance <= metres && distance < bestMetres[0]) {
                best[0] = item;
                bestMetres[0] = distance;
            }
        });
        return Optional.ofNullable(best[0]).map(thing -> new AddressAt.Near<>(type.cast(thing), (int) Math.round(bestMetres[0])));
    }

    private Optional<AddressAt.Near<String>> nearestStreet(GeoPoint position, int metres) {
        String[] best = new String[1];
        double[] bestMetres = {Double.POSITIVE_INFINITY};
        var point = GEOMETRY.createPoint(new Coordinate(position.lon(), position.lat()));
        streets.query(around(position, metres), item -> {
            Street street = (Street) item;
            Coordinate nearest = DistanceOp.nearestPoints(street.line(), point)[0];
            double distance = position.distanceMetresTo(new GeoPoint(nearest.y, nearest.x));
            if (distance <= metres && distance < bestMetres[0]) {
                best[0] = street.name();
                bestMetres[0] = distance;
            }
        });
        return Optional.ofNullable(best[0]).map(name -> new AddressAt.Near<>(name, (int) Math.round(bestMetres[0])));
    }

    private static Envelope point(GeoPoint at) {
        return new Envelope(at.lon(), at.lon(), at.lat(), at.lat());
    }

    private static Envelope around(GeoPoint at, int metres) {
        double dLat = metres / METRES_PER_DEGREE_LAT;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(at.lat())));
        return new Envelope(at.lon() - dLon, at.lon() + dLon, at.lat() - dLat, at.lat() + dLat);
    }
}
