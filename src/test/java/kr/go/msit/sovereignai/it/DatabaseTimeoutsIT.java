package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: nothing waits forever on the database. On PostgreSQL every PlatformDS connection starts with the
 * configured lock_timeout (10s) and statement_timeout (60s) (configure.cli); on either database a transaction waiting
 * for a row another transaction holds fails after the lock timeout, with the database saying so.
 */
class DatabaseTimeoutsIT extends ContainerTest {

    @Resource(lookup = "java:jboss/datasources/PlatformDS")
    DataSource dataSource;

    private static boolean postgresql(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    @Test
    void everyPostgreSqlConnectionHasTheLockAndStatementTimeouts() throws Exception {
        // Several connections at once, so more than one of the pool's is looked at.
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection();
                Connection third = dataSource.getConnection()) {
            if (!postgresql(first)) {
                return; // H2: the URL's LOCK_TIMEOUT, shown by the next test
            }
            for (Connection connection : List.of(first, second, third)) {
                assertEquals("10s", show(connection, "lock_timeout"));
                assertEquals("1min", show(connection, "statement_timeout"));
            }
        }
    }

    @Test
    void aTransactionWaitingForALockedRowFailsAfterTheLockTimeoutInsteadOfHanging() throws Exception {
        try (Connection holder = dataSource.getConnection();
                Connection waiter = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            waiter.setAutoCommit(false);
            try {
                lockSeedRow(holder);
                long started = System.nanoTime();
                SQLException refused = assertThrows(SQLException.class, () -> lockSeedRow(waiter));
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(
                        waited.compareTo(Duration.ofSeconds(9)) >= 0 && waited.compareTo(Duration.ofSeconds(30)) < 0,
                        "gave up after the lock timeout (10 s): " + waited);
                if (postgresql(waiter)) {
                    assertEquals("55P03", refused.getSQLState(), refused.toString());
                    assertTrue(refused.getMessage().contains("lock timeout"), refused.getMessage());
                } else {
                    assertEquals(50200, refused.getErrorCode(), refused.toString()); // H2's LOCK_TIMEOUT_1
                }
            } finally {
                waiter.rollback();
                holder.rollback();
                waiter.setAutoCommit(true);
                holder.setAutoCommit(true);
            }
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void lockSeedRow(Connection connection) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement(
                "SELECT setting_value FROM platform_setting WHERE setting_key = ? FOR UPDATE")) {
            sql.setString(1, "seed.programme");
            try (ResultSet row = sql.executeQuery()) {
                row.next();
            }
        }
    }
}
