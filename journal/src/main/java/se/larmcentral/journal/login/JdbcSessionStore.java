package se.larmcentral.journal.login;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions in the journal's database (table {@code login_session}, migration V5), over the journal's pool
 * ({@code JournalDatabase.dataSource()}): the same SQL on H2 and PostgreSQL. Each call is one short transaction.
 */
public final class JdbcSessionStore implements SessionStore {

    private final DataSource dataSource;

    public JdbcSessionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void insert(LoginSession session) {
        update("INSERT INTO login_session (id_hash, csrf_token, username, external, started_at, last_seen_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", session.idHash(), session.csrfToken(), session.username(),
                session.external(), session.startedAt().toEpochMilli(), session.lastSeenAt().toEpochMilli());
    }

    @Override
    public Optional<LoginSession> find(String idHash) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT csrf_token, username, external, started_at,"
                     + " last_seen_at FROM login_session WHERE id_hash = ?")) {
            select.setString(1, idHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LoginSession(idHash, row.getString(1), row.getString(2), row.getString(3),
                        Instant.ofEpochMilli(row.getLong(4)), Instant.ofEpochMilli(row.getLong(5))));
            }
        } catch (SQLException e) {
            throw LoginStoreFailure.of(e);
        }
    }

    @Override
    public void touch(String idHash, Instant at) {
        long millis = at.toEpochMilli();
        update("UPDATE login_session SET last_seen_at = ? WHERE id_hash = ? AND last_seen_at < ?", millis, idHash, millis);
    }

    @Override
    public void delete(String idHash) {
        update("DELETE FROM login_session WHERE id_hash = ?", idHash);
    }

    @Override
    public int deleteAllOf(String username) {
        return update("DELETE FROM login_session WHERE username = ?", username);
    }

    @Override
    public int sweep(Instant idleBefore, Instant startedBefore) {
        return update("DELETE FROM login_session WHERE last_seen_at < ? OR started_at < ?",
                idleBefore.toEpochMilli(), startedBefore.toEpochMilli());
    }

    @Override
    public int count() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM login_session");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw LoginStoreFailure.of(e);
        }
    }

    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw LoginStoreFailure.of(e);
        }
    }
}
