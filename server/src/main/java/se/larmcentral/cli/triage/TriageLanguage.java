package se.larmcentral.cli.triage;

import java.util.Set;

/** The languages the triage commands speak ({@code --lang}): those the console has. */
final class TriageLanguage {

    private static final Set<String> KNOWN = Set.of("sv", "en");

    private TriageLanguage() {
    }

    static boolean known(String lang) {
        return KNOWN.contains(lang);
    }

    static String refusal(String lang) {
        return "--lang: must be sv or en, was '" + lang + "'";
    }
}
