package se.larmcentral.triage;

/** A resource alerted in addition to the unit. */
public enum ExtraResource {
    /** Physician-staffed rapid response car (läkarbil). */
    PHYSICIAN_CAR,
    /** Ambulance helicopter (ambulanshelikopter). */
    HELICOPTER,
    /** Rescue-service or volunteer first responders for cardiac arrest (IVPA, SMS-livräddare). */
    FIRST_RESPONDERS,
    /** The rescue service (räddningstjänst): extrication, water rescue, fire. */
    RESCUE_SERVICE,
    /** The police, where there is violence or a threat to the crew. */
    POLICE
}
