package kr.go.msit.sovereignai.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import kr.go.msit.sovereignai.infrastructure.persistence.SchemaMigrations;
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

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO account (email, display_name, password_hash, role, created_at, version) "
                    + "VALUES ('a@example.kr', 'A', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0)");
            assertThrows(SQLException.class, () -> sql.execute("INSERT INTO account (email, display_name, password_hash, role, created_at, version) "
                    + "VALUES ('a@example.kr', 'B', 'h', 'CITIZEN', CURRENT_TIMESTAMP, 0)"), "one account per email");
            assertThrows(SQLException.class, () -> sql.execute("INSERT INTO review_round (round_number, opens_at, closes_at, status, planned_eliminations, version) "
                    + "VALUES (9, TIMESTAMP WITH TIME ZONE '2026-01-02 00:00:00+09', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+09', 'SCHEDULED', 1, 0)"),
                    "a window cannot close before it opens");
            assertThrows(SQLException.class, () -> sql.execute("INSERT INTO account (email, display_name, password_hash, role, created_at, version) "
                    + "VALUES ('b@example.kr', 'B', 'h', 'SUPERUSER', CURRENT_TIMESTAMP, 0)"), "only known roles");
        }
    }
}
