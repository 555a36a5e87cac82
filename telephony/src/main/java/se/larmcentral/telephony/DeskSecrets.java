package se.larmcentral.telephony;

import se.larmcentral.core.InvalidInputException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The desk phones' digest secrets, read from the environment at start: a desk whose variable is unset or shorter
 * than {@link #MIN_LENGTH} stops the front's start naming the desk and the variable (a guessable phone secret would
 * let anyone take a desk's calls).
 */
final class DeskSecrets {

    static final int MIN_LENGTH = 12;

    /** A desk phone that can authenticate. */
    record Desk(String desk, String user, String secret) {
    }

    private final Map<String, Desk> byUser;

    private DeskSecrets(Map<String, Desk> byUser) {
        this.byUser = Map.copyOf(byUser);
    }

    static DeskSecrets read(List<DeskPhone> phones, Function<String, String> environment) {
        Map<String, Desk> byUser = new HashMap<>();
        Set<String> desks = new HashSet<>();
        for (DeskPhone phone : phones) {
            if (!desks.add(phone.desk())) {
                throw new InvalidInputException("telephony.desks", "names desk " + phone.desk() + " twice");
            }
            String secret = environment.apply(phone.secretEnv());
            if (secret == null || secret.isBlank()) {
                throw new InvalidInputException("telephony.desks.secretEnv", "desk " + phone.desk() + ": "
                        + phone.secretEnv() + " is not set in the environment");
            }
            if (secret.length() < MIN_LENGTH) {
                throw new InvalidInputException("telephony.desks.secretEnv", "desk " + phone.desk() + ": "
                        + phone.secretEnv() + " must hold at least " + MIN_LENGTH + " characters");
            }
            if (byUser.put(phone.user(), new Desk(phone.desk(), phone.user(), secret)) != null) {
                throw new InvalidInputException("telephony.desks.user", "user " + phone.user() + " is given to two desks");
            }
        }
        return new DeskSecrets(byUser);
    }

    Optional<Desk> of(String user) {
        return user == null ? Optional.empty() : Optional.ofNullable(byUser.get(user));
    }

    int size() {
        return byUser.size();
    }
}
