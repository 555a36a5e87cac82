package se.larmcentral.dispatch;

/** The patient's sex as the crew reports it (kön); UNKNOWN when they cannot tell. */
public enum PatientSex { FEMALE, MALE, UNKNOWN }
