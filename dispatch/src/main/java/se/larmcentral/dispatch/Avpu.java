package se.larmcentral.dispatch;

/** Level of consciousness on the AVPU scale: alert, responds to voice, to pain, unresponsive. */
public enum Avpu { A, V, P, U }
