package se.larmcentral.triage;

/**
 * A region's default action at one priority.
 *
 * @param priority        the priority (1 most urgent)
 * @param meaning         what the priority means
 * @param action          the default action
 * @param lightsAndSirens whether units drive with blue lights and sirens (utryckning) by default
 * @param instruction     what the operator does, in words
 */
public record PriorityRule(int priority, String meaning, DispatchAction action, boolean lightsAndSirens,
                           String instruction) {
}
