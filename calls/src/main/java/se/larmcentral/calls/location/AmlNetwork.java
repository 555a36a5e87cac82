package se.larmcentral.calls.location;

/**
 * The mobile networks in an AML message; null when absent or bad.
 *
 * @param homeMcc    country of the SIM's home network (HTTPS {@code cell_home_mcc})
 * @param homeMnc    the SIM's home network (HTTPS {@code cell_home_mnc})
 * @param networkMcc country of the network the call was made on (SMS {@code mcc}, HTTPS {@code cell_network_mcc})
 * @param networkMnc the network the call was made on (SMS {@code mnc}, HTTPS {@code cell_network_mnc})
 * @param cellId     HTTPS {@code cell_id}
 * @param carrier    HTTPS {@code cell_carrier}
 */
public record AmlNetwork(String homeMcc, String homeMnc, String networkMcc, String networkMnc, String cellId,
                         String carrier) {
}
