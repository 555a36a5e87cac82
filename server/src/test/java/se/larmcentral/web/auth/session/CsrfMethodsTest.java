package se.larmcentral.web.auth.session;


import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which methods on a login session need the CSRF token: all but GET, HEAD and OPTIONS, PATCH included. */
class CsrfMethodsTest {

    @Test
    void everyMethodButTheSafeOnesNeedsTheToken() {
        Set<HandlerType> safe = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
        for (HandlerType method : HandlerType.values().stream().filter(HandlerType::isHttpMethod).toList()) {
            assertThat(AccountAuthenticator.changesState(method)).as(method.name()).isEqualTo(!safe.contains(method));
        }
        assertThat(Arrays.asList(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE))
                .allMatch(AccountAuthenticator::changesState);
        assertThat(AccountAuthenticator.changesState(HandlerType.findOrCreate("PROPPATCH"))).as("a method of its own").isTrue();
    }
}
