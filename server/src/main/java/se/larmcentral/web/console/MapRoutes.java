package se.larmcentral.web.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.geo.streets.AddressAt;
import se.larmcentral.geo.streets.BoundingBox;
import se.larmcentral.geo.streets.OfflineMap;
import se.larmcentral.geo.streets.Place;
import se.larmcentral.geo.streets.SearchHit;
import se.larmcentral.geo.streets.StreetView;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;

import java.util.List;
import java.util.Optional;

/**
 * The offline map over HTTP: streets and place names of the configured extract by view and zoom (GeoJSON), address
 * and place search, and the address of a position. A thin adapter over {@link OfflineMap}; without an extract each
 * answers 404 naming {@code geo.osmExtract}.
 */
public final class MapRoutes implements RouteGroup, AutoCloseable {

    private static final Access FLOOR = Access.roles(Role.CALL_TAKER, Role.DISPATCHER, Role.NURSE, Role.SUPERVISOR);
    /** Drawn lines to about a metre. */
    private static final double ROUND = 1e5;

    private final Optional<OfflineMap> map;
    private final ObjectMapper mapper;

    public MapRoutes(Optional<OfflineMap> map, ObjectMapper mapper) {
        this.map = map;
        this.mapper = mapper;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/geo/streets").access(FLOOR).tag("console")
                        .summary("The configured extract's named streets and place names in a view, as GeoJSON for a map"
                                + " without a tile server: lines simplified for the zoom, fewer road classes and place kinds"
                                + " the farther out; properties.truncated when the view holds more than one answer carries."
                                + " 404 when geo.osmExtract is not set")
                        .requiredQuery("bbox", "the view: west,south,east,north in degrees (Leaflet's toBBoxString())")
                        .requiredQuery("zoom", "the map's zoom level, 0-22")
                        .produces("application/geo+json").response(ObjectNode.class).handle(ctx -> {
                            StreetView view = map().view(BoundingBox.parse(ctx.queryParam("bbox")),
                                    integer("zoom", ctx.queryParam("zoom")));
                            // The bytes in UTF-8 and said so: street names have å, ä and ö.
                            ctx.contentType("application/geo+json; charset=utf-8")
                                    .result(streets(view).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }),
                Route.get("/api/geo/search").access(FLOOR).tag("console")
                        .summary("Address and place search in the configured extract: addresses, streets and named places,"
                                + " best first; Swedish letters or their plain spelling, misspellings and unfinished words"
                                + " are found. 404 when geo.osmExtract is not set")
                        .requiredQuery("q", "what the operator typed: \"Drottninggatan 1\", \"sodermalm\"")
                        .query("limit", "most hits, 1-50; default 10")
                        .response(ObjectNode.class).handle(ctx -> {
                            String limit = ctx.queryParam("limit");
                            List<SearchHit> hits = map().search(ctx.queryParam("q"),
                                    limit == null || limit.isBlank() ? 10 : integer("limit", limit));
                            ObjectNode answer = mapper.createObjectNode();
                            ArrayNode array = answer.putArray("hits");
                            for (SearchHit hit : hits) {
                                ObjectNode item = array.addObject().put("kind", hit.kind().name()).put("label", hit.label())
                                        .put("detail", hit.detail());
                                position(item, hit.at());
                            }
                            ctx.json(answer);
                        }),
                Route.get("/api/geo/address").access(FLOOR).tag("console")
                        .summary("What a position is called (reverse geocoding) in the configured extract: the nearest"
                                + " address within 60 m, else the nearest street within 250 m; and the nearest named place"
                                + " within 1.5 km; each with its distance in metres, absent when none is that near."
                                + " 404 when geo.osmExtract is not set")
                        .requiredQuery("at", "the position: LAT,LON in degrees")
                        .response(ObjectNode.class).handle(ctx -> {
                            AddressAt at = map().addressAt(position("at", ctx.queryParam("at")));
                            ObjectNode answer = mapper.createObjectNode();
                            position(answer.putObject("at"), at.at());
                            at.address().ifPresent(near -> {
                                ObjectNode address = answer.putObject("address").put("label", near.thing().label())
                                        .put("street", near.thing().street()).put("number", near.thing().number())
                                        .put("postcode", near.thing().postcode()).put("city", near.thing().city())
                                        .put("metres", near.metres());
                                position(address, near.thing().at());
                            });
                            at.street().ifPresent(near -> answer.putObject("street").put("name", near.thing())
                                    .put("metres", near.metres()));
                            at.place().ifPresent(near -> answer.putObject("place").put("name", near.thing().name())
                                    .put("kind", near.thing().kind()).put("metres", near.metres()));
                            ctx.json(answer);
                        }));
    }

    private OfflineMap map() {
        return map.orElseThrow(() -> new NotFoundException("geo.osmExtract", "no map is configured: set geo.osmExtract"
                + " to an OpenStreetMap extract of the region for its streets, places and addresses"));
    }

    private ObjectNode streets(StreetView view) {
        ObjectNode collection = mapper.createObjectNode().put("type", "FeatureCollection");
        collection.putObject("properties").put("source", map().source()).put("truncated", view.truncated());
        ArrayNode features = collection.putArray("features");
        for (StreetView.Shape street : view.streets()) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties").put("name", street.name()).put("highway", street.highway());
            ArrayNode line = feature.putObject("geometry").put("type", "LineString").putArray("coordinates");
            for (Coordinate c : street.line().getCoordinates()) {
                line.addArray().add(round(c.x)).add(round(c.y));
            }
        }
        for (Place place : view.places()) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties").put("name", place.name()).put("place", place.kind());
            feature.putObject("geometry").put("type", "Point").putArray("coordinates")
                    .add(round(place.at().lon())).add(round(place.at().lat()));
        }
        return collection;
    }

    /** Positions an operator may take over as the caller's: to about 10 cm, so the address stays the one found. */
    private static void position(ObjectNode into, GeoPoint at) {
        into.put("lat", Math.round(at.lat() * 1e6) / 1e6).put("lon", Math.round(at.lon() * 1e6) / 1e6);
    }

    private static double round(double degrees) {
        return Math.round(degrees * ROUND) / ROUND;
    }

    private static int integer(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, "is missing; give a whole number");
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, was '" + text + "'");
        }
    }

    private static GeoPoint position(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, "is missing; give LAT,LON in degrees");
        }
        try {
            return GeoPoint.parse(name, text);
        } catch (InvalidInputException e) {
            throw name.equals(e.field()) ? e : new InvalidInputException(name, e.reason());
        }
    }

    @Override
    public void close() {
        map.ifPresent(OfflineMap::close);
    }
}
