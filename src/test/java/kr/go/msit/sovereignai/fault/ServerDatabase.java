package kr.go.msit.sovereignai.fault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database a {@link StandaloneServer} runs on in this half of the test run: the H2 file in the
 * server's own data directory, or (in the PostgreSQL half, {@code -Dit.database=postgresql}) a
 * database of its own on the run's throw-away PostgreSQL, created empty here.
 */
public record ServerDatabase(String name) {

    /** Whether this half of the run is on PostgreSQL (failsafe's it-postgresql execution). */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("it.database"));
    }

    /** A new, empty database for a server: on PostgreSQL {@code name} is dropped and created again; on H2 the server's data directory is fresh. */
    public static ServerDatabase fresh(String name) throws SQLException {
        if (postgresql()) {
            try (Connection connection = connect("platform");
                    Statement sql = connection.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                sql.execute("CREATE DATABASE " + name);
            }
        }
        return new ServerDatabase(name);
    }

    /** The server's start options that point PlatformDS at this database (none for H2: its data directory holds the file). */
    List<String> serverOptions() {
        if (!postgresql()) {
            return List.of();
        }
        return List.of(
                "-Dplatform.db.driver=postgresql",
                "-Dplatform.db.url=" + jdbcUrl(name),
                "-Dplatform.db.user=platform",
                "-Dplatform.db.password=" + password());
    }

    /** The H2 file of a server whose data directory is {@code dataDir}, as WildFly's datasource names it. */
    static String h2Url(Path dataDir) {
        return "jdbc:h2:" + dataDir.toAbsolutePath() + "/database/platform";
    }

    static String port() {
        return System.getProperty("it.postgresql.port");
    }

    static String password() {
        return System.getProperty("it.postgresql.password");
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "platform", password());
    }
}
