package se.larmcentral.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Jackson's own words reach a client without the Java types they name. */
class JsonBodyWordsTest {

    @Test
    void javaTypeNamesAreReplacedByWhatTheyAreToAClient() {
        assertThat(JsonBody.withoutJavaNames("Cannot deserialize value of type `java.lang.Double` from Object value"))
                .isEqualTo("Cannot deserialize value of type a number from Object value");
        assertThat(JsonBody.withoutJavaNames("Cannot construct instance of `se.larmcentral.web.dispatch.DispatchRequests$StatusReport`"))
                .isEqualTo("Cannot construct instance of the value").doesNotContain("DispatchRequests", "StatusReport");
        assertThat(JsonBody.withoutJavaNames("no types here")).isEqualTo("no types here");
        assertThat(JsonBody.withoutJavaNames(null)).isEqualTo("is not in the expected form");
    }
}
