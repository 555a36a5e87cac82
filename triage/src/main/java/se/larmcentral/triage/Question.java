package se.larmcentral.triage;

/** A yes/no question the operator asks the caller. */
public record Question(String id, String text) {
}
