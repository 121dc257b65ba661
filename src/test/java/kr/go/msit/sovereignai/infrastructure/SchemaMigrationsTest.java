package kr.go.msit.sovereignai.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.sovereignai.infrastructure.persistence.SchemaMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migrations build the schema on an empty database, in H2's own mode and in its PostgreSQL
 * compatibility mode (a first check that they stay portable), and the constraints hold.
 */
class SchemaMigrationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
    void theSchemaMigratesOnAnEmptyDatabaseAndEnforcesItsRules(String mode) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode);

        MigrateResult result = SchemaMigrations.migrate(dataSource);
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1);
        assertEquals(0, SchemaMigrations.migrate(dataSource).migrationsExecuted, "a second run has nothing to do");

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO account (email, mailbox, display_name, password_hash, role, created_at, version) "
                    + "VALUES ('a@example.kr', 'a@example.kr', 'A', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0)");
            assertThrows(
                    SQLException.class,
                    () -> sql.execute(
                            "INSERT INTO account (email, mailbox, display_name, password_hash, role, created_at, version) "
                                    + "VALUES ('a@example.kr', 'b@example.kr', 'B', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0)"),
                    "one account per email");
            assertThrows(
                    SQLException.class,
                    () -> sql.execute(
                            "INSERT INTO account (email, mailbox, display_name, password_hash, role, created_at, version) "
                                    + "VALUES ('a+1@example.kr', 'a@example.kr', 'B', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0)"),
                    "one account per mailbox");
            assertThrows(
                    SQLException.class,
                    () -> sql.execute(
                            "INSERT INTO review_round (round_number, opens_at, closes_at, status, planned_eliminations, version) "
                                    + "VALUES (9, TIMESTAMP WITH TIME ZONE '2026-01-02 00:00:00+09', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+09', 'SCHEDULED', 1, 0)"),
                    "a window cannot close before it opens");
            assertThrows(
                    SQLException.class,
                    () -> sql.execute(
                            "INSERT INTO account (email, mailbox, display_name, password_hash, role, created_at, version) "
                                    + "VALUES ('b@example.kr', 'b@example.kr', 'B', 'h', 'SUPERUSER', CURRENT_TIMESTAMP, 0)"),
                    "only known roles");
        }
    }

    /**
     * V23 gives every account its canonical mailbox; accounts that collide do not fail it: an administrator's, then
     * a confirmed one, then the oldest keeps the mailbox, the others are set aside with one no address can reach.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
    void existingAccountsGetTheirMailboxAndCollisionsAreSetAside(String mode) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode);
        Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("21")
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            String insert = "INSERT INTO account (id, email, display_name, password_hash, role, created_at, version, "
                    + "email_confirmed_at) VALUES ";
            sql.execute(insert + "(1, 'x+1@gmail.com', 'A', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0, NULL), "
                    + "(2, 'x.y@gmail.com', 'B', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP), "
                    + "(3, 'xy+2@googlemail.com', 'C', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP), "
                    + "(4, 'x@gmail.com', 'D', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP), "
                    + "(5, 'x.y@naver.com', 'E', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0, NULL), "
                    + "(6, 'xy@naver.com', 'F', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0, NULL), "
                    + "(7, 'boss+it@example.kr', 'G', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP), "
                    + "(8, 'boss@example.kr', 'H', 'h', 'ADMIN', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP)");
        }
        assertTrue(SchemaMigrations.migrate(dataSource).success);
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT id, email, mailbox FROM account ORDER BY id")) {
            List<String> accounts = new ArrayList<>();
            while (rows.next()) {
                accounts.add(rows.getLong(1) + " " + rows.getString(2) + " -> " + rows.getString(3));
            }
            assertEquals(
                    List.of(
                            "1 x+1@gmail.com -> duplicate 1 of x@gmail.com",
                            "2 x.y@gmail.com -> xy@gmail.com",
                            "3 xy+2@googlemail.com -> duplicate 3 of xy@gmail.com",
                            "4 x@gmail.com -> x@gmail.com",
                            "5 x.y@naver.com -> x.y@naver.com",
                            "6 xy@naver.com -> xy@naver.com",
                            "7 boss+it@example.kr -> duplicate 7 of boss@example.kr",
                            "8 boss@example.kr -> boss@example.kr"),
                    accounts);
        }
    }

    /** V10 renumbers existing rubric lines across the round, expert panel first, keeping each panel's order. */
    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
    void existingRubricLinesAreNumberedAcrossTheRound(String mode) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode);
        Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("9")
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(
                    "INSERT INTO review_round (id, round_number, opens_at, closes_at, status, planned_eliminations, version) "
                            + "VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+09', TIMESTAMP WITH TIME ZONE '2026-01-15 00:00:00+09', 'SCHEDULED', 1, 0)");
            // One expert line and three user-panel lines: the user panel's old and new positions overlap.
            sql.execute(
                    "INSERT INTO rubric_criterion (round_id, panel, position, label_ko, label_en, max_points) VALUES "
                            + "(1, 'USER_PANEL', 0, 'u0', 'u0', 5), (1, 'USER_PANEL', 1, 'u1', 'u1', 5), (1, 'USER_PANEL', 2, 'u2', 'u2', 5), "
                            + "(1, 'EXPERT', 0, 'e0', 'e0', 35)");
        }
        assertTrue(SchemaMigrations.migrate(dataSource).success);
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "SELECT position, label_ko FROM rubric_criterion WHERE round_id = 1 ORDER BY position")) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getInt(1) + ":" + rows.getString(2));
            }
            assertEquals(List.of("0:e0", "1:u0", "2:u1", "3:u2"), lines);
        }
    }
}
