package se.larmcentral.crisis.warning;

/** CAP msgType of a message the centre publishes: the first, an update of an earlier one, or its cancellation. */
public enum MessageType implements CapValue {
    ALERT("Alert"), UPDATE("Update"), CANCEL("Cancel");

    private final String cap;

    MessageType(String cap) {
        this.cap = cap;
    }

    @Override
    public String cap() {
        return cap;
    }
}
