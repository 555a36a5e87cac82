package se.larmcentral.triage;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of two versions of an index or of response rules is newer: by the numbers in them, in order
 * ({@code generic-2025.1 < generic-2025.2 < generic-2025.10 < sll-2026.1}); the words around the numbers do not
 * count, so a region may rename its index and keep counting. A version without numbers is never newer.
 */
public final class VersionOrder {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private VersionOrder() {
    }

    /** Whether {@code candidate} is newer than {@code current}. */
    public static boolean isNewer(String candidate, String current) {
        List<BigInteger> a = numbers(candidate);
        List<BigInteger> b = numbers(current);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c > 0;
            }
        }
        return a.size() > b.size();
    }

    private static List<BigInteger> numbers(String version) {
        List<BigInteger> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(version == null ? "" : version);
        while (m.find()) {
            numbers.add(new BigInteger(m.group()));
        }
        return numbers;
    }
}
