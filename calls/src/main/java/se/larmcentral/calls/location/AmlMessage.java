package se.larmcentral.calls.location;

import se.larmcentral.calls.FieldProblem;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.GeoPoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Advanced Mobile Location message: every field as received ({@code fields}, in order), the values read
 * from them, the fields that could not be used ({@code problems}) and the fields this parser does not know
 * ({@code unknownFields}, kept in {@code fields}). A message with problems is still a message: the endpoint
 * acknowledges it and attaches what is usable.
 */
public record AmlMessage(AmlForm form, AmlMessageInfo info, AmlLocation location, AmlHandset handset,
                         AmlNetwork network, Map<String, String> fields, List<FieldProblem> problems,
                         List<String> unknownFields) {

    public AmlMessage {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
        unknownFields = List.copyOf(unknownFields);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * The position to attach to the call, when latitude and longitude were both read and the handset did not say
     * it had none ({@code pm=N}).
     */
    public Optional<ReportedPosition> position() {
        if (location.latitude() == null || location.longitude() == null
                || location.method() == AmlPositioningMethod.NONE) {
            return Optional.empty();
        }
        return Optional.of(new ReportedPosition(new GeoPoint(location.latitude(), location.longitude()),
                location.radiusMetres(), location.confidencePercent(),
                form == AmlForm.SMS ? PositionSource.AML_SMS : PositionSource.AML_HTTPS,
                location.method() == null ? "" : location.method().name(), location.positionedAt(), null));
    }
}
