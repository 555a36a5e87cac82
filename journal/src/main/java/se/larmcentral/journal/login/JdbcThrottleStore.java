package se.larmcentral.journal.login;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The login throttle's counters in the journal's database (table {@code login_throttle}, migration V5). An update
 * reads the row {@code FOR UPDATE} and writes it in one transaction, so two nodes counting the same username at
 * once both count; when both insert a first row, the loser (unique violation) reads the winner's and goes on.
 */
public final class JdbcThrottleStore implements ThrottleStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public JdbcThrottleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ThrottleCount update(String kind, String subject, UnaryOperator<ThrottleCount> change) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (int attempt = 1; ; attempt++) {
                    ThrottleCount current = select(connection, kind, subject, true).orElse(null);
                    ThrottleCount next = change.apply(current);
                    try {
                        write(connection, kind, subject, next, current == null);
                        connection.commit();
                        return next;
                    } catch (SQLException e) {
                        connection.rollback();
                        if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == 3) {
                            throw e;
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw LoginStoreFailure.of(e);
        }
    }

    private static void write(Connection connection, String kind, String subject, ThrottleCount count, boolean insert)
            throws SQLException {
        String sql = insert ? "INSERT INTO login_throttle (attempts, counted_at, kind, subject) VALUES (?, ?, ?, ?)"
                : "UPDATE login_throttle SET attempts = ?, counted_at = ? WHERE kind = ? AND subject = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, count.attempts());
            statement.setLong(2, count.at().toEpochMilli());
            statement.setString(3, kind);
            statement.setString(4, subject);
            statement.executeUpdate();
        }
    }

    @Override
    public Optional<ThrottleCount> find(String kind, String subject) {
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, kind, subject, false);
        } catch (SQLException e) {
            throw LoginStoreFailure.of(e);
        }
    }

    private static Optional<ThrottleCount> select(Connection connection, String kind, String subject, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT attempts, counted_at FROM login_throttle"
                + " WHERE kind = ? AND subject = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, kind);
            select.setString(2, subject);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new ThrottleCount(row.getInt(1), Instant.ofEpochMilli(row.getLong(2))))
                        : Optional.empty();
            }
        }
    }

    @Override
    public void remove(String kind, String subject) {
        update("DELETE FROM login_throttle WHERE kind = ? AND subject = ?", kind, subject);
    }

    @Override
    public int sweep(String kind, Instant before) {
        return update("DELETE FROM login_throttle WHERE kind = ? AND counted_at < ?", kind, before.toEpochMilli());
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
