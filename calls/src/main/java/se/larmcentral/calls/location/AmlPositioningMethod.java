package se.larmcentral.calls.location;

/**
 * How the handset found its position: SMS {@code pm=G/W/C/N}, HTTPS {@code location_source=gps/wifi/cell/unknown}.
 */
public enum AmlPositioningMethod {
    /** Satellites (GPS, Galileo, GLONASS): SMS {@code G}, HTTPS {@code gps}. */
    GNSS,
    /** Wi-Fi access points: SMS {@code W}, HTTPS {@code wifi}. */
    WIFI,
    /** Mobile network cells: SMS {@code C}, HTTPS {@code cell}. */
    CELL,
    /** The handset had no position: SMS {@code N}. */
    NONE,
    /** The handset did not say: HTTPS {@code unknown}, or the field was missing or bad. */
    UNKNOWN
}
