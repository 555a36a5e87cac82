package se.larmcentral.centre.connect;

/** A side of a call connected on: who hung up first and so ended it. */
public enum ConnectedParty {
    /** The person who called the centre. */
    CALLER,
    /** The number the caller was connected on to (e.g. the socialjour). */
    FAR_END
}
