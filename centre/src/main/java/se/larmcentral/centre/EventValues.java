package se.larmcentral.centre;

import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.Elapsed;
import se.larmcentral.core.FreeText;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.TimeWindow;
import se.larmcentral.journal.EventCheck;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backstop behind each command's own checks: every value of every event a command decides, walked through its
 * records, lists and maps, before anything is recorded, so that nothing acknowledged can break a read or a replay
 * later, whichever front sent it and whichever command forgot a check.
 * <ul>
 *   <li>text: no control characters but line breaks and tab, no bidirectional-override or zero-width characters
 *       ({@link FreeText});</li>
 *   <li>a text component named {@code id} or {@code ...Id}: {@link Identifier}s, joined by {@code /} where the
 *       centre generates such keys (or empty: none);</li>
 *   <li>instants within {@link TimeWindow#RECORDED} of now, dates within years {@value #FIRST_YEAR} to
 *       {@value #LAST_YEAR}, durations within ±{@link Elapsed#LIMIT};</li>
 *   <li>decimal numbers finite.</li>
 * </ul>
 * A refusal names the value's path in the event ({@code position.civicAddress.elements.RD}).
 */
public final class EventValues implements EventCheck {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    private static final int MAX_DEPTH = 32;

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(Component::of).toList();
        }
    };

    private record Component(String name, MethodHandle accessor, boolean id) {

        static Component of(RecordComponent component) {
            try {
                var method = component.getAccessor();
                method.setAccessible(true);
                String name = component.getName();
                return new Component(name, MethodHandles.lookup().unreflect(method),
                        component.getType() == String.class && (name.equals("id") || name.endsWith("Id")));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read the component " + component.getName() + " of "
                        + component.getDeclaringRecord().getName(), e);
            }
        }
    }

    @Override
    public void check(DomainEvent event, Instant now) {
        value("", event, false, now, 0);
    }

    private void value(String path, Object value, boolean id, Instant now, int depth) {
        switch (value) {
            case null -> {
            }
            case String text -> text(path, text, id);
            case Instant instant -> TimeWindow.RECORDED.check(path, instant, now);
            case LocalDate date -> year(path, date.getYear());
            case LocalDateTime dateTime -> year(path, dateTime.getYear());
            case Duration duration -> {
                if (!duration.equals(Elapsed.bounded(duration))) {
                    throw new InvalidInputException(path, "is " + duration + ", longer than any duration the centre keeps");
                }
            }
            case Double number -> finite(path, number);
            case Float number -> finite(path, number.doubleValue());
            case Optional<?> optional -> value(path, optional.orElse(null), id, now, depth);
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    value(path + "[" + i++ + "]", item, id, now, deeper(path, depth));
                }
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    value(path, entry.getKey(), false, now, deeper(path, depth));
                    value(join(path, key), entry.getValue(), false, now, deeper(path, depth));
                }
            }
            default -> {
                if (value.getClass().isRecord()) {
                    record(path, value, now, deeper(path, depth));
                }
            }
        }
    }

    private void record(String path, Object record, Instant now, int depth) {
        for (Component component : COMPONENTS.get(record.getClass())) {
            Object inner;
            try {
                inner = component.accessor().invoke(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            value(join(path, component.name()), inner, component.id(), now, depth);
        }
    }

    private static void text(String path, String text, boolean id) {
        if (id && !text.isEmpty()) { // events write an absent id as empty
            Identifier.requireSegments(path, text);
            return;
        }
        String why = FreeText.refused(text, true);
        if (why != null) {
            throw new InvalidInputException(path, why);
        }
    }

    private static void year(String path, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(path, "has the year " + year + "; give a date from " + FIRST_YEAR + " to "
                    + LAST_YEAR);
        }
    }

    private static void finite(String path, double number) {
        if (!Double.isFinite(number)) {
            throw new InvalidInputException(path, "must be a finite number, was " + number);
        }
    }

    private static int deeper(String path, int depth) {
        if (depth + 1 > MAX_DEPTH) {
            throw new InvalidInputException(path, "is nested more than " + MAX_DEPTH + " levels deep");
        }
        return depth + 1;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
