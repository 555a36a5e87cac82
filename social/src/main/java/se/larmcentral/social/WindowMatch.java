package se.larmcentral.social;

import java.time.LocalDate;

/** The window that covers an instant: the day it started on, the window and the rule that chose it. */
record WindowMatch(LocalDate day, Window window, String ruleLabel) {

    String describe() {
        return ruleLabel + ": window " + window.text() + " starting " + day;
    }
}
