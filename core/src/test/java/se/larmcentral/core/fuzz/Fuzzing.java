package se.larmcentral.core.fuzz;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a parser over seeded mutations of its real samples. The seed and the number of inputs are fixed in CI and
 * raised on demand: {@code -Dlarm.fuzz.iterations=N} (a multiplier-free count per target) and
 * {@code -Dlarm.fuzz.seed=S}. Every input must be accepted or refused with one of the target's refusals whose message
 * is plain words; anything else (NullPointerException, ArithmeticException, StackOverflowError, OutOfMemoryError, a
 * Java type name or stack frame in the message, more than {@link #SLOW_MILLIS} for one input) fails the test naming
 * the seed, the iteration and the input. Each run prints one line: {@code fuzz TARGET: N inputs, A accepted, R refused
 * (seed S)}.
 */
public final class Fuzzing {

    /** One input may take this long on a busy CI machine; the iCalendar bomb took minutes before its fix. */
    public static final long SLOW_MILLIS = 5_000;

    private Fuzzing() {
    }

    public static long seed() {
        return Long.getLong("larm.fuzz.seed", 20_251_207L);
    }

    /** The target's count, or {@code -Dlarm.fuzz.iterations} when given. */
    public static int iterations(int defaultCount) {
        return Integer.getInteger("larm.fuzz.iterations", defaultCount);
    }

    /** The target's outcome counts. */
    public record Tally(String target, int inputs, int accepted, int refused, long seed) {
        public String line() {
            return "fuzz " + target + ": " + inputs + " inputs, " + accepted + " accepted, " + refused + " refused (seed "
                    + seed + ")";
        }
    }

    /**
     * Feeds the samples themselves, then {@link #iterations} mutations of them, to {@code parser}.
     *
     * @param refusals the exception types that are the parser's documented refusal of bad input
     */
    public static Tally run(String target, List<String> samples, int defaultIterations,
                            Set<Class<? extends RuntimeException>> refusals, Consumer<String> parser) {
        long seed = seed() ^ target.hashCode();
        Mutator mutator = new Mutator(seed);
        int inputs = iterations(defaultIterations);
        int accepted = 0;
        int refused = 0;
        for (int i = -samples.size(); i < inputs; i++) {
            String input = i < 0 ? samples.get(samples.size() + i) : mutator.mutate(mutator.pick(samples));
            long started = System.nanoTime();
            try {
                parser.accept(input);
                accepted++;
            } catch (RuntimeException e) {
                if (refusals.stream().noneMatch(type -> type.isInstance(e))) {
                    throw failure(target, seed, i, input, "threw " + e, e);
                }
                String message = String.valueOf(e.getMessage());
                if (message.isBlank() || message.contains("Exception") || message.contains("java.")
                        || message.contains("\tat ")) {
                    throw failure(target, seed, i, input, "refused without plain words: " + message, e);
                }
                refused++;
            } catch (StackOverflowError | OutOfMemoryError e) {
                throw failure(target, seed, i, input, "threw " + e, e);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > SLOW_MILLIS) {
                throw failure(target, seed, i, input, "took " + millis + " ms", null);
            }
        }
        Tally tally = new Tally(target, inputs + samples.size(), accepted, refused, seed());
        System.out.println(tally.line());
        return tally;
    }

    private static AssertionError failure(String target, long seed, int iteration, String input, String what,
                                          Throwable cause) {
        return new AssertionError("fuzz " + target + " (seed " + seed() + ", target seed " + seed + ", iteration "
                + iteration + ") " + what + " on input: " + shown(input), cause);
    }

    /** The input as Java string text, shortened: controls and non-ASCII as escapes, so it can be pasted into a test. */
    public static String shown(String input) {
        StringBuilder out = new StringBuilder();
        String text = input.length() > 2_000 ? input.substring(0, 1_000) + "…[" + input.length() + " chars]…"
                + input.substring(input.length() - 500) : input;
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return "\"" + out + "\"";
    }
}
