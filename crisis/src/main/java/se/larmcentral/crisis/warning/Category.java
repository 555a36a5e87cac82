package se.larmcentral.crisis.warning;

/** CAP category of the event. */
public enum Category implements CapValue {
    GEO("Geo"), MET("Met"), SAFETY("Safety"), SECURITY("Security"), RESCUE("Rescue"), FIRE("Fire"), HEALTH("Health"),
    ENV("Env"), TRANSPORT("Transport"), INFRA("Infra"), CBRNE("CBRNE"), OTHER("Other");

    private final String cap;

    Category(String cap) {
        this.cap = cap;
    }

    @Override
    public String cap() {
        return cap;
    }
}
