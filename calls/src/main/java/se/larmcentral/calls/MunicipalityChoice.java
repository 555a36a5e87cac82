package se.larmcentral.calls;

import java.time.Instant;

/** The municipality as the operator chose or corrected it, kept beside the located one. */
public record MunicipalityChoice(String code, String name, String reason, Instant at, String operator) {
}
