package se.larmcentral.crisis.incident;

/** What kind of major incident (särskild händelse) a supervisor declares; the Swedish name is what screens show. */
public enum MajorIncidentType {
    FIRE("Brand"),
    TRAFFIC_ACCIDENT("Trafikolycka med många skadade"),
    CBRN("CBRN-händelse (kemiska, biologiska, radiologiska eller nukleära ämnen)"),
    STORM("Storm eller oväder"),
    OUTAGE("IT- eller teleavbrott"),
    OTHER("Annan allvarlig händelse");

    private final String swedish;

    MajorIncidentType(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
