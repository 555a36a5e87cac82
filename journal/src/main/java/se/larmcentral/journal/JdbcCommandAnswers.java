package se.larmcentral.journal;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** {@link CommandAnswers} in the journal's database: every node of the centre reads what any node kept. */
public final class JdbcCommandAnswers implements CommandAnswers {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Expired answers are removed at every this many saves, so a save stays one insert. */
    private static final long PURGE_EVERY = 500;

    private final DataSource dataSource;
    private final AtomicLong saves = new AtomicLong();

    public JdbcCommandAnswers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(String requestKey, Answer answer) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO journal_command_answer"
                     + " (request_key, request_hash, status, content_type, body, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, requestKey);
            insert.setString(2, answer.requestHash());
            insert.setInt(3, answer.status());
            insert.setString(4, answer.contentType());
            insert.setString(5, answer.body());
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            if (saves.incrementAndGet() % PURGE_EVERY == 0) {
                purge(connection);
            }
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("the first answer to a keyed request could not be kept: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<Answer> find(String requestKey) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT status, content_type, body, request_hash"
                     + " FROM journal_command_answer WHERE request_key = ? AND recorded_at > ?")) {
            select.setString(1, requestKey);
            select.setObject(2, OffsetDateTime.now(ZoneOffset.UTC).minus(CommandLoop.KEY_WINDOW));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Answer(row.getInt(1), row.getString(2), row.getString(3),
                        row.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the first answer to a keyed request could not be read: " + e.getMessage(), e);
        }
    }

    private static void purge(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM journal_command_answer WHERE recorded_at < ?")) {
            delete.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(CommandLoop.KEY_WINDOW));
            delete.executeUpdate();
        }
    }
}
