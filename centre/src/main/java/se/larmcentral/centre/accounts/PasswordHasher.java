package se.larmcentral.centre.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes (password4j) with OWASP's parameters (19 MiB, 2 passes, 1 lane): the hash in PHC form
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) holds its salt and parameters, so stronger parameters later
 * still verify old hashes.
 */
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /** A hash no password matches, verified when there is no account so a wrong name costs as long as a wrong password. */
    private static final class Dummy {
        static final String HASH = Password.hash(TokenSecret.randomText(24)).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean verify(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of one verification and fails: for an unknown, disabled or password-less account. */
    public boolean verifyNothing(String password) {
        verify(password == null ? "" : password, Dummy.HASH);
        return false;
    }
}
