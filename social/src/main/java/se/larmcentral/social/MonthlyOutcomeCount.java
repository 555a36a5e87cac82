package se.larmcentral.social;

import java.time.YearMonth;

/** Routed calls of one municipality in one month (Swedish time) with one outcome. */
public record MonthlyOutcomeCount(String municipality, YearMonth month, Outcome outcome, long calls) {
}
