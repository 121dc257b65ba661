package kr.go.msit.sovereignai.infrastructure.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import kr.go.msit.sovereignai.infrastructure.persistence.migration.V23__one_mailbox_one_account;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The versioned schema migrations in {@code db/migration}, applied with Flyway. */
public final class SchemaMigrations {

    private SchemaMigrations() {}

    /** Applies every pending migration to the given database and reports what it did. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(withoutStatementTimeout(dataSource))
                .locations("classpath:db/migration")
                // Migrations that need the domain's rules (V23: canonical mailboxes), listed, not scanned for.
                .javaMigrations(new V23__one_mailbox_one_account())
                .load()
                .migrate();
    }

    /**
     * On PostgreSQL every PlatformDS connection carries a {@code statement_timeout} (configure.cli), and a migration
     * may rightly run longer (an index over millions of rows): Flyway's connections run without one and get it back
     * ({@code RESET}) before they return to the pool. Their {@code lock_timeout} stays, so a migration waiting for
     * another node's locks fails instead of stalling that node. Any other database: the data source as it is.
     */
    static DataSource withoutStatementTimeout(DataSource dataSource) {
        try (Connection probe = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(probe.getMetaData().getDatabaseProductName())) {
                return dataSource;
            }
        } catch (SQLException unreachable) {
            return dataSource; // Flyway reports it
        }
        return (DataSource) Proxy.newProxyInstance(
                SchemaMigrations.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = call(dataSource, method, args);
                    return result instanceof Connection connection ? untimed(connection) : result;
                });
    }

    private static Connection untimed(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SET statement_timeout = 0");
        }
        return (Connection) Proxy.newProxyInstance(
                SchemaMigrations.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if ("close".equals(method.getName()) && method.getParameterCount() == 0 && !connection.isClosed()) {
                        if (!connection.getAutoCommit()) {
                            // Not inside a transaction that the pool rolls back, which would undo the RESET.
                            connection.rollback();
                            connection.setAutoCommit(true);
                        }
                        try (Statement sql = connection.createStatement()) {
                            sql.execute("RESET statement_timeout");
                        }
                    }
                    return call(connection, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
