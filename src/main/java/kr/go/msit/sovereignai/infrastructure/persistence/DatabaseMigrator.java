package kr.go.msit.sovereignai.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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

    @PostConstruct
    void migrate() {
        MigrateResult result = SchemaMigrations.migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
