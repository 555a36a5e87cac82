package se.larmcentral.web.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Text;

/** How triage reads in JSON wherever the product writes it (the API, the command line): its mix-ins, in one place. */
public final class TriageJson {

    private TriageJson() {
    }

    /** {@code mapper} with an index text as a plain string and a priority not yet decided left out. */
    public static ObjectMapper readable(ObjectMapper mapper) {
        return mapper.addMixIn(AssessmentView.class, AssessmentViewJson.class).addMixIn(Text.class, TextJson.class);
    }
}
