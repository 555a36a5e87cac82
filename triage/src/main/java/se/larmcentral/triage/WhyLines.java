package se.larmcentral.triage;

import java.util.Map;

/**
 * The why-lines of a proposal. As recorded in the journal they name questions by id, in English; for a reader
 * they quote the question as it was asked, in the reader's language (Swedish or English).
 */
sealed interface WhyLines {

    /** The recorded form: ids, English. */
    WhyLines RECORDED = new Recorded();

    static WhyLines forReader(MedicalIndex index, String language) {
        return "en".equals(language) ? new Quoted(index, "en", EN) : new Quoted(index, language, SV);
    }

    String matches(Criterion criterion, Map<String, Boolean> answers);

    String ruledOut(Criterion criterion, Finding contradicted, Map<String, Boolean> answers);

    String notSettled(Criterion firstOpen);

    /** The words of a language. */
    record Words(String isDefault, String matches, String ruledOut, String notSettled, String yes, String no) {
    }

    Words EN = new Words("%s is the chapter's default: no more urgent criterion matches", "%s matches: %s",
            "%s ruled out: %s", "not settled: %s (priority %d) is still possible", "yes", "no");
    Words SV = new Words("%s är kapitlets grundnivå: inget mer brådskande kriterium stämmer", "%s stämmer: %s",
            "%s utesluts: %s", "inte avgjort: %s (prioritet %d) är fortfarande möjligt", "ja", "nej");

    record Recorded() implements WhyLines {
        @Override
        public String matches(Criterion c, Map<String, Boolean> answers) {
            return c.isDefault() ? EN.isDefault().formatted(c.code()) : EN.matches().formatted(c.code(), String.join(
                    ", ", c.when().stream().map(f -> f.question() + ": " + (answers.get(f.question()) ? "yes" : "no"))
                            .toList()));
        }

        @Override
        public String ruledOut(Criterion c, Finding contradicted, Map<String, Boolean> answers) {
            String q = contradicted.question();
            return EN.ruledOut().formatted(c.code(), q + ": " + (answers.get(q) ? "yes" : "no"));
        }

        @Override
        public String notSettled(Criterion firstOpen) {
            return EN.notSettled().formatted(firstOpen.code(), firstOpen.priority());
        }
    }

    /** Quotes the questions' texts: {@code A.04.01 stämmer: ”Är smärtan svår …?” ja}. */
    record Quoted(MedicalIndex index, String language, Words words) implements WhyLines {
        @Override
        public String matches(Criterion c, Map<String, Boolean> answers) {
            return c.isDefault() ? words.isDefault().formatted(c.code()) : words.matches().formatted(c.code(),
                    String.join("; ", c.when().stream().map(f -> answered(f.question(), answers)).toList()));
        }

        @Override
        public String ruledOut(Criterion c, Finding contradicted, Map<String, Boolean> answers) {
            return words.ruledOut().formatted(c.code(), answered(contradicted.question(), answers));
        }

        @Override
        public String notSettled(Criterion firstOpen) {
            return words.notSettled().formatted(firstOpen.code(), firstOpen.priority());
        }

        private String answered(String question, Map<String, Boolean> answers) {
            String text = index.question(question).map(q -> q.text().in(language)).orElse(question);
            return "”" + text + "” " + (answers.get(question) ? words.yes() : words.no());
        }
    }
}
