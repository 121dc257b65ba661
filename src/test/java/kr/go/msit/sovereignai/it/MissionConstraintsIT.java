package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The constraints that guard the mission, tried in the container against whichever database the
 * platform runs on in this half of the run (H2, then PostgreSQL): one ballot per citizen per round,
 * ratings 1 to 5, scores not negative and within their precision, one account per address, an audit
 * chain that cannot fork. Each refusal must name its constraint, as the repositories rely on
 * ({@code DatabaseConstraints}). Everything is rolled back afterwards.
 */
class MissionConstraintsIT extends ContainerTest {

    @Resource(lookup = "java:jboss/datasources/PlatformDS")
    DataSource dataSource;

    private Connection connection;
    private long round;
    private long team;
    private long criterion;

    @BeforeEach
    void begin() throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        round = single("SELECT MIN(id) FROM review_round");
        team = single("SELECT MIN(id) FROM team");
        criterion = single("SELECT MIN(id) FROM public_criterion WHERE round_id = " + round);
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
        connection.close();
    }

    private long single(String query) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getLong(1);
        }
    }

    private long citizen() throws SQLException {
        String email = "constraint-" + UUID.randomUUID() + "@example.kr";
        update("INSERT INTO account (email, mailbox, display_name, password_hash, role, created_at, version) "
                + "VALUES ('" + email + "', '" + email + "', '시민', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0)");
        return single("SELECT id FROM account WHERE email = '" + email + "'");
    }

    private long ballot(long citizen) throws SQLException {
        String receipt =
                UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase(Locale.ROOT);
        update("INSERT INTO ballot (round_id, citizen_id, receipt, cast_at, revision, version) VALUES (" + round + ", "
                + citizen + ", '" + receipt + "', CURRENT_TIMESTAMP, 1, 0)");
        return single("SELECT id FROM ballot WHERE receipt = '" + receipt + "'");
    }

    private void update(String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    /** The statement is refused, naming {@code constraint} (or, for a precision, simply refused); the transaction goes on. */
    private void assertRefused(String constraint, String statement) throws SQLException {
        Savepoint before = connection.setSavepoint();
        SQLException refused = assertThrows(SQLException.class, () -> update(statement), statement);
        connection.rollback(before);
        if (constraint != null) {
            assertTrue(
                    String.valueOf(refused.getMessage())
                            .toUpperCase(Locale.ROOT)
                            .contains(constraint),
                    "names " + constraint + ": " + refused.getMessage());
        }
    }

    @Test
    void aSecondBallotOfTheSameCitizenInTheSameRoundIsRefused() throws SQLException {
        long citizen = citizen();
        ballot(citizen);
        assertRefused(
                "UK_BALLOT_ROUND_CITIZEN",
                "INSERT INTO ballot (round_id, citizen_id, receipt, cast_at, revision, version) VALUES (" + round + ", "
                        + citizen + ", 'SECONDBALLOTRECEIPT00000', CURRENT_TIMESTAMP, 1, 0)");
        assertDoesNotThrow(() -> ballot(citizen()), "another citizen may vote");
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() throws SQLException {
        long ballot = ballot(citizen());
        String insert = "INSERT INTO ballot_rating (ballot_id, team_id, criterion_id, rating) VALUES (" + ballot + ", "
                + team + ", " + criterion + ", ";
        assertRefused("CK_BALLOT_RATING_RANGE", insert + "0)");
        assertRefused("CK_BALLOT_RATING_RANGE", insert + "6)");
        assertDoesNotThrow(() -> update(insert + "5)"));
    }

    @Test
    void negativeOrOutOfPrecisionScoresAreRefused() throws SQLException {
        long reviewer = citizen();
        update("INSERT INTO score_sheet (round_id, reviewer_id, team_id, panel, status, version) VALUES (" + round
                + ", " + reviewer + ", " + team + ", 'EXPERT', 'DRAFT', 0)");
        long sheet = single("SELECT id FROM score_sheet WHERE reviewer_id = " + reviewer);
        assertRefused(null, "INSERT INTO score_sheet_line (sheet_id, position, score) VALUES (" + sheet + ", 0, -0.5)");
        assertRefused(
                null, "INSERT INTO score_sheet_line (sheet_id, position, score) VALUES (" + sheet + ", 0, 10000.0)");
        assertRefused("CK_SCORE_SHEET_STATUS", "UPDATE score_sheet SET status = 'PUBLISHED' WHERE id = " + sheet);
        assertDoesNotThrow(() ->
                update("INSERT INTO score_sheet_line (sheet_id, position, score) VALUES (" + sheet + ", 0, 9999.9)"));
    }

    @Test
    void oneAccountPerAddressAndPerMailbox() throws SQLException {
        String columns =
                "INSERT INTO account (email, mailbox, display_name, password_hash, role, created_at, version) ";
        update(columns + "VALUES ('twice@constraint.example', 'twice@constraint.example', 'A', 'h', 'CITIZEN', "
                + "CURRENT_TIMESTAMP, 0)");
        assertRefused(
                null,
                columns + "VALUES ('twice@constraint.example', 'other@constraint.example', 'B', 'h', 'CITIZEN', "
                        + "CURRENT_TIMESTAMP, 0)");
        // Another spelling of the same mailbox (a tag) is a second address but not a second person.
        assertRefused(
                null,
                columns + "VALUES ('twice+b@constraint.example', 'twice@constraint.example', 'B', 'h', 'CITIZEN', "
                        + "CURRENT_TIMESTAMP, 0)");
        assertRefused(
                null,
                "INSERT INTO account (email, display_name, password_hash, role, created_at, version) "
                        + "VALUES ('nomailbox@constraint.example', 'C', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0)");
    }

    @Test
    void theAuditChainCannotForkOrStartBeforeOne() throws SQLException {
        long next = single("SELECT COALESCE(MAX(sequence_number), 0) + 1 FROM audit_entry");
        String insert =
                "INSERT INTO audit_entry (sequence_number, recorded_at, actor, action, subject, previous_hash, hash) VALUES (";
        update(insert + (next + 1000) + ", CURRENT_TIMESTAMP, 'test', 'TEST', 'chain', '" + "f".repeat(64) + "', '"
                + "e".repeat(64) + "')");
        assertRefused(
                "UK_AUDIT_ENTRY_PREVIOUS_HASH",
                insert + (next + 1001) + ", CURRENT_TIMESTAMP, 'test', 'TEST', 'fork', '" + "f".repeat(64) + "', '"
                        + "d".repeat(64) + "')");
        assertRefused(
                null,
                insert + (next + 1000) + ", CURRENT_TIMESTAMP, 'test', 'TEST', 'same place', '" + "c".repeat(64)
                        + "', '" + "b".repeat(64) + "')");
        assertRefused(
                "CK_AUDIT_ENTRY_SEQUENCE",
                insert + "0, CURRENT_TIMESTAMP, 'test', 'TEST', 'before one', '" + "a".repeat(64) + "', '"
                        + "9".repeat(64) + "')");
    }
}
