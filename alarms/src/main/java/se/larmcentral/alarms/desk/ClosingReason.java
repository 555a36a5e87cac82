package se.larmcentral.alarms.desk;

/** Why an alarm case was closed (avslutsorsak). */
public enum ClosingReason {
    /** Nothing had happened: a mistake, a detector's fault, an animal (obefogat larm). */
    FALSE_ALARM,
    /** Acted on by the plan and over. */
    HANDLED,
    /** Passed on to an incident for the rescue service, the police or the ambulance. */
    PASSED_TO_INCIDENT,
    /** The customer cancelled it (a key holder on site, the right code given). */
    CANCELLED_BY_CUSTOMER
}
