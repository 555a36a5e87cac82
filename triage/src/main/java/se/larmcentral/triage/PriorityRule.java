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
public record PriorityRule(int priority, Text meaning, DispatchAction action, boolean lightsAndSirens,
                           Text instruction) {

    /** A rule with plain texts (written without a language). */
    public PriorityRule(int priority, String meaning, DispatchAction action, boolean lightsAndSirens,
                        String instruction) {
        this(priority, Text.plain(meaning), action, lightsAndSirens, Text.plain(instruction));
    }

    /** The rule for a reader of one language. */
    public PriorityRule in(String language) {
        return new PriorityRule(priority, meaning.only(language), action, lightsAndSirens, instruction.only(language));
    }
}
