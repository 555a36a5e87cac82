package se.larmcentral.sim;

/**
 * How long the people and vehicles take, per call, as distributions: everything the simulation does not decide
 * with the product itself. Travel comes from the scenario's road network, not from here.
 *
 * @param dispatchDelay        call entered the queue → incident created with its priority (the interview)
 * @param acknowledge          alerted → acknowledged
 * @param turnoutAtStation     acknowledged → en route, for a unit alerted at its station
 * @param turnoutMobile        acknowledged → en route, for a unit alerted elsewhere
 * @param onScene              on scene → leaves (with the patient, or clear)
 * @param transportProbability the chance that the patient is taken to hospital
 * @param handover             at hospital → clear
 */
public record ServiceModel(Distribution dispatchDelay, Distribution acknowledge, Distribution turnoutAtStation,
                           Distribution turnoutMobile, Distribution onScene, double transportProbability,
                           Distribution handover) {
}
