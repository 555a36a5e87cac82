package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;

/**
 * A routing question as a client gives it, parsed and checked: a municipality code or a direct number
 * (exactly one), the channel and an instant with its offset.
 */
public record RouteRequest(String municipality, PhoneNumber directNumber, Channel channel, Instant at) {

    /**
     * Parses text input (HTTP query, CLI arguments). {@code channel} may be {@code null}: a direct number implies
     * DIRECT_NUMBER, a municipality EMERGENCY_112. Errors name the field.
     */
    public static RouteRequest parse(String municipality, String directNumber, String channel, String at) {
        boolean hasMunicipality = municipality != null && !municipality.isBlank();
        boolean hasDirect = directNumber != null && !directNumber.isBlank();
        if (hasMunicipality == hasDirect) {
            throw new InvalidInputException("municipality", "give either a municipality code or a direct number, not "
                    + (hasMunicipality ? "both" : "neither"));
        }
        if (hasMunicipality && !municipality.strip().matches("[0-9]{4}")) {
            throw new InvalidInputException("municipality", "must be a four-digit SCB code, was '" + municipality + "'");
        }
        PhoneNumber dialled = hasDirect ? PhoneNumber.parse("directNumber", directNumber) : null;
        Channel parsedChannel;
        if (channel == null || channel.isBlank()) {
            parsedChannel = hasDirect ? Channel.DIRECT_NUMBER : Channel.EMERGENCY_112;
        } else {
            try {
                parsedChannel = Channel.valueOf(channel.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("channel", "must be EMERGENCY_112 or DIRECT_NUMBER, was '" + channel + "'");
            }
        }
        if (hasDirect && parsedChannel != Channel.DIRECT_NUMBER) {
            throw new InvalidInputException("channel", "a call to a direct number has channel DIRECT_NUMBER");
        }
        return new RouteRequest(hasMunicipality ? municipality.strip() : null, dialled, parsedChannel,
                SwedishTime.parseInstant("at", at));
    }
}
