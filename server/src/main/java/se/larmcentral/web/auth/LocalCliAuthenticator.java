package se.larmcentral.web.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.core.Actor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * The command line on the centre's own machine, by the token in the data folder's {@code cli-access.json}: it reads
 * what a supervisor, dispatcher, call-taker, auditor and administrator read, and changes nothing (a change with it
 * is refused: the journal's writes carry a person's name, the tool's are made by the person's own account or
 * while no centre runs). Any other credentials go to the next authenticator.
 */
public final class LocalCliAuthenticator implements Authenticator {

    /** The actor a read by the command line is logged under. */
    public static final Actor ACTOR = Actor.person("local-cli");
    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD);
    private static final Principal READER = new Principal(ACTOR, Set.of(Role.SUPERVISOR, Role.DISPATCHER,
            Role.CALL_TAKER, Role.NURSE, Role.AUDITOR, Role.ADMINISTRATOR, Role.MONITORING), Set.of(), null);

    private final byte[] expected;
    private final Authenticator next;

    public LocalCliAuthenticator(String token, Authenticator next) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.next = next;
    }

    @Override
    public Optional<Principal> authenticate(Context request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !MessageDigest.isEqual(authorization.strip().getBytes(StandardCharsets.UTF_8), expected)) {
            return next.authenticate(request);
        }
        if (!READS.contains(request.method())) {
            throw new ForbiddenResponse("the command line's local token reads only; make changes in the console, with"
                    + " an API token of your account, or with the centre stopped");
        }
        return Optional.of(READER);
    }
}
