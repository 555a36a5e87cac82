package se.larmcentral.crisis.warning;

import se.larmcentral.core.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value CAP 1.2 spells in its own way ({@code Met}, {@code CBRNE}); parsed from either spelling. */
public interface CapValue {

    /** As CAP writes it. */
    String cap();

    static <E extends Enum<E> & CapValue> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is missing; one of " + choices(type));
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.cap().equalsIgnoreCase(wanted) || v.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + text + "' is not one of " + choices(type)));
    }

    static <E extends Enum<E> & CapValue> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CapValue::cap).collect(Collectors.joining(", "));
    }
}
