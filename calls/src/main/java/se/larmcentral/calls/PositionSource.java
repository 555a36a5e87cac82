package se.larmcentral.calls;

/** Where a caller's reported position came from. */
public enum PositionSource {
    /** Advanced Mobile Location, SMS form. */
    AML_SMS,
    /** Advanced Mobile Location, HTTPS form. */
    AML_HTTPS,
    /** A PIDF-LO location body (RFC 4119) from the network, for example in a SIP INVITE. */
    PIDF_LO
}
