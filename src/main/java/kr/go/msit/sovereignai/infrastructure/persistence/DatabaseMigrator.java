package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything touches the database. Bean-managed
 * transactions because Flyway commits each migration itself. Beans that use JPA at start-up
 * declare {@code @DependsOn("DatabaseMigrator")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/PlatformDS")
    private DataSource dataSource;

    /** Set by wildfly-config/cluster.cli in a cluster node's profile. */
    static final String CLUSTER_NODE = "platform.cluster";

    @PostConstruct
    void migrate() {
        refuseTheH2FileInACluster();
        MigrateResult result = SchemaMigrations.migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /**
     * A cluster node on the H2 file would keep its own database beside the other nodes' (issue 25): every ballot,
     * timer and count would split. Such a node does not deploy, and says why in one line.
     */
    private void refuseTheH2FileInACluster() {
        if (!Boolean.getBoolean(CLUSTER_NODE)) {
            return;
        }
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException unreachable) {
            throw new IllegalStateException("the database cannot be reached", unreachable);
        }
        if (product.toUpperCase(Locale.ROOT).contains("H2")) {
            String refusal = "PLATFORM REFUSES TO JOIN A CLUSTER ON THE H2 FILE: every node needs the one PostgreSQL"
                    + " (PLATFORM_DB_URL, PLATFORM_DB_USER, PLATFORM_DB_PASSWORD; cluster/start.sh, docs/operations.md)";
            LOG.severe(refusal);
            throw new IllegalStateException(refusal);
        }
    }
}
