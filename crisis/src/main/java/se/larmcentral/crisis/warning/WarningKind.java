package se.larmcentral.crisis.warning;

/** Which public message it is: a VMA (Viktigt meddelande till allmänheten) or 113 13 information. */
public enum WarningKind {
    /** Viktigt meddelande till allmänheten: an urgent warning broadcast to the public. */
    VMA("VMA"),
    /** Information for the public about a serious event; what 113 13 call-takers read to callers. */
    INFORMATION_113_13("113 13");

    private final String label;

    WarningKind(String label) {
        this.label = label;
    }

    /** As people name it; also the CAP eventCode value under valueName {@code SE-Larmcentral-kind}. */
    public String label() {
        return label;
    }
}
