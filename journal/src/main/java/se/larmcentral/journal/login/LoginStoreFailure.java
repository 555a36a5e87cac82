package se.larmcentral.journal.login;

import se.larmcentral.core.UnavailableException;

import java.sql.SQLException;

/** A login store's database error as the product reports it: the request cannot be served now (503). */
final class LoginStoreFailure {

    private LoginStoreFailure() {
    }

    static UnavailableException of(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new UnavailableException("the login sessions' database is unavailable: " + root.getMessage(), e);
    }
}
