package se.larmcentral.centre.exchange;

import java.time.Instant;

/** One note of an incident's history as another centre sent it: when, by whom (their agent), what. */
public record ImportedNote(Instant at, String author, String text) {
}
