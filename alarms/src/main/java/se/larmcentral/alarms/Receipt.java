package se.larmcentral.alarms;

/** What the centre did with a message: recorded it, or recognised it as one it already holds (resent). */
public enum Receipt {
    RECORDED,
    DUPLICATE
}
