package se.larmcentral.centre.connect;

/** Why a caller could not be connected on. */
public enum ConnectFailure {
    /** The number answered busy (486, 600). */
    BUSY,
    /** Nobody answered in the time the centre waits. */
    NO_ANSWER,
    /** Declined or refused by the network (any other 4xx-6xx). */
    REJECTED,
    /** The number or its proxy did not respond at all, or the call could not be sent. */
    UNREACHABLE,
    /** The caller's line is not one the telephony front holds (answered in the console only, or a restart since). */
    NO_LINE
}
