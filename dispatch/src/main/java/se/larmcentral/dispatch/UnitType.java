package se.larmcentral.dispatch;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of vehicle in a fleet (enhetstyp). Which need a type may answer is {@link #canAnswer(UnitType)}.
 */
public enum UnitType {
    /** Ambulans: two crew, one of them a nurse. */
    AMBULANCE,
    /** Intensivvårdsambulans: an ambulance equipped and staffed for intensive care. */
    INTENSIVE_CARE_AMBULANCE,
    /** Läkarbil: a physician's car, no patient transport. */
    PHYSICIAN_CAR,
    /** Ambulanshelikopter. */
    HELICOPTER,
    /** Psykiatrisk akutmobilitet (PAM in Stockholm): a psychiatric ambulance with psychiatric nurses. */
    PSYCHIATRIC_AMBULANCE,
    /** Liggande sjuktransport: patient transport that needs no medical staff (priority 4). */
    PATIENT_TRANSPORT;

    /**
     * Whether a unit of this type may answer a need for {@code needed}. The product's rule: the same type always;
     * an intensive-care ambulance may also answer an ambulance need; an ambulance may also do a patient transport
     * (priority 4 "another vehicle than an ambulance may do it" implies that an ambulance may too); an ambulance
     * may also answer a psychiatric need, so that a patient is not left waiting where no PAM is free.
     */
    public boolean canAnswer(UnitType needed) {
        return answers().contains(needed);
    }

    /** Every need this type may answer, itself included. */
    public Set<UnitType> answers() {
        return switch (this) {
            case AMBULANCE -> EnumSet.of(AMBULANCE, PATIENT_TRANSPORT, PSYCHIATRIC_AMBULANCE);
            case INTENSIVE_CARE_AMBULANCE -> EnumSet.of(INTENSIVE_CARE_AMBULANCE, AMBULANCE);
            case PHYSICIAN_CAR -> EnumSet.of(PHYSICIAN_CAR);
            case HELICOPTER -> EnumSet.of(HELICOPTER);
            case PSYCHIATRIC_AMBULANCE -> EnumSet.of(PSYCHIATRIC_AMBULANCE);
            case PATIENT_TRANSPORT -> EnumSet.of(PATIENT_TRANSPORT);
        };
    }
}
