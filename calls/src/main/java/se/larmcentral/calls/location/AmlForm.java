package se.larmcentral.calls.location;

/** How an AML message arrived. */
public enum AmlForm {
    /** The SMS form: {@code A"ML=1;lt=...;lg=...;...;ml=...}. */
    SMS,
    /** The HTTPS form: an {@code application/x-www-form-urlencoded} POST body ({@code v=3&location_latitude=...}). */
    HTTPS
}
