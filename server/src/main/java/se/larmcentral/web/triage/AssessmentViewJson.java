package se.larmcentral.web.triage;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an assessment reads over HTTP: a priority not yet decided is absent, not 0 (0 is no priority on any scale a
 * reader knows). A Jackson mix-in, so the triage module stays free of JSON.
 */
public abstract class AssessmentViewJson {

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    abstract int priority();
}
