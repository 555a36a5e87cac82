package se.larmcentral.calls;

import se.larmcentral.calls.CallEvent.CrisisMessagePublished;

/**
 * What publishing a crisis message gave: the message as published, and whether this command recorded it (false for
 * an identical repeat of one already published).
 */
public record CrisisPublication(CrisisMessagePublished message, boolean recorded) {
}
