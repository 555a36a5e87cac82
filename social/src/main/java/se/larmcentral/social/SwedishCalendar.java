package se.larmcentral.social;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Swedish day types from Jollyday's Swedish calendar. Jollyday counts midsommarafton, julafton and nyårsafton
 * as holidays (they are {@link DayType#EVE}s here) and lacks påskafton and pingstafton (derived here from
 * påskdagen and pingstdagen). Answers are computed once per year and kept, so a lookup is an array read.
 */
public final class SwedishCalendar {

    private static final Set<String> EVE_KEYS = Set.of("MIDSUMMER_EVE", "CHRISTMAS_EVE", "NEW_YEARS_EVE");
    private static final int HOLIDAY = 1;
    private static final int EVE = 2;
    private static final int DAY_BEFORE = 4;

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private final Map<Integer, byte[]> years = new ConcurrentHashMap<>();
    private final Map<Integer, Map<LocalDate, String>> names = new ConcurrentHashMap<>();

    /** The day types of a date; empty for an ordinary day. */
    public Set<DayType> dayTypes(LocalDate date) {
        int bits = bits(date);
        EnumSet<DayType> set = EnumSet.noneOf(DayType.class);
        if ((bits & HOLIDAY) != 0) {
            set.add(DayType.PUBLIC_HOLIDAY);
        }
        if ((bits & EVE) != 0) {
            set.add(DayType.EVE);
        }
        if ((bits & DAY_BEFORE) != 0) {
            set.add(DayType.DAY_BEFORE_PUBLIC_HOLIDAY);
        }
        return set;
    }

    /** Whether the date is of this day type; allocation-free, for the routing decision. */
    public boolean is(LocalDate date, DayType type) {
        int bit = switch (type) {
            case PUBLIC_HOLIDAY -> HOLIDAY;
            case EVE -> EVE;
            case DAY_BEFORE_PUBLIC_HOLIDAY -> DAY_BEFORE;
        };
        return (bits(date) & bit) != 0;
    }

    /** The holidays and eves of a year with their Swedish names, in date order. */
    public Map<LocalDate, String> namedDays(int year) {
        bits(LocalDate.of(year, 1, 1));
        return names.get(year);
    }

    private int bits(LocalDate date) {
        return years.computeIfAbsent(date.getYear(), this::computeYear)[date.getDayOfYear() - 1];
    }

    private byte[] computeYear(int year) {
        Map<LocalDate, String> named = new TreeMap<>();
        byte[] bits = new byte[Year.of(year).length()];
        for (Holiday h : manager.getHolidays(Year.of(year))) {
            LocalDate d = h.getDate();
            String key = h.getPropertiesKey();
            if (EVE_KEYS.contains(key)) {
                bits[d.getDayOfYear() - 1] |= EVE;
            } else {
                bits[d.getDayOfYear() - 1] |= HOLIDAY;
                if (key.endsWith("EASTER") || key.endsWith("PENTECOST")) {
                    LocalDate eve = d.minusDays(1);
                    bits[eve.getDayOfYear() - 1] |= EVE;
                    named.put(eve, key.endsWith("EASTER") ? "påskafton" : "pingstafton");
                }
            }
            named.put(d, swedishName(key));
        }
        for (int i = 0; i < bits.length - 1; i++) {
            if ((bits[i + 1] & HOLIDAY) != 0) {
                bits[i] |= DAY_BEFORE;
            }
        }
        // 31 December is the day before nyårsdagen, which is always a public holiday.
        bits[bits.length - 1] |= DAY_BEFORE;
        names.put(year, java.util.Collections.unmodifiableMap(named));
        return bits;
    }

    private static String swedishName(String key) {
        return switch (key.substring(key.lastIndexOf('.') + 1)) {
            case "NEW_YEAR" -> "nyårsdagen";
            case "EPIPHANY" -> "trettondedag jul";
            case "GOOD_FRIDAY" -> "långfredagen";
            case "EASTER" -> "påskdagen";
            case "EASTER_MONDAY" -> "annandag påsk";
            case "LABOUR_DAY" -> "första maj";
            case "ASCENSION_DAY" -> "Kristi himmelsfärdsdag";
            case "NATIONAL_DAY" -> "nationaldagen";
            case "PENTECOST" -> "pingstdagen";
            case "MIDSUMMER_EVE" -> "midsommarafton";
            case "MIDSUMMER" -> "midsommardagen";
            case "ALL_SAINTS" -> "alla helgons dag";
            case "CHRISTMAS_EVE" -> "julafton";
            case "CHRISTMAS" -> "juldagen";
            case "BOXING_DAY" -> "annandag jul";
            case "NEW_YEARS_EVE" -> "nyårsafton";
            default -> key;
        };
    }
}
