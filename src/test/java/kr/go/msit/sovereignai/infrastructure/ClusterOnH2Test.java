package kr.go.msit.sovereignai.infrastructure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.UUID;
import javax.sql.DataSource;
import kr.go.msit.sovereignai.infrastructure.persistence.DatabaseMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: a node whose profile marks it as a cluster node ({@code platform.cluster=true}, set by
 * wildfly-config/cluster.cli) refuses to deploy on the H2 file, with one line; one server on H2 migrates as before.
 * On a real H2 database (in memory), through the migrator's start-up method as the container calls it.
 */
class ClusterOnH2Test {

    @AfterEach
    void notACluster() {
        System.clearProperty("platform.cluster");
    }

    @Test
    void aClusterNodeRefusesTheH2FileWithOneLine() throws Exception {
        System.setProperty("platform.cluster", "true");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> start(freshH2()));
        assertTrue(
                refused.getMessage().startsWith("PLATFORM REFUSES TO JOIN A CLUSTER ON THE H2 FILE"),
                refused.getMessage());
        assertTrue(refused.getMessage().lines().count() == 1, "one line");
    }

    @Test
    void oneServerMigratesTheH2File() {
        assertDoesNotThrow(() -> start(freshH2()));
    }

    private static DataSource freshH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("sa");
        return dataSource;
    }

    /** What the container does at deployment: the data source injected, then the {@code @PostConstruct} method. */
    private static void start(DataSource dataSource) throws Exception {
        DatabaseMigrator migrator = new DatabaseMigrator();
        Field resource = DatabaseMigrator.class.getDeclaredField("dataSource");
        resource.setAccessible(true);
        resource.set(migrator, dataSource);
        Method postConstruct = DatabaseMigrator.class.getDeclaredMethod("migrate");
        postConstruct.setAccessible(true);
        try {
            postConstruct.invoke(migrator);
        } catch (java.lang.reflect.InvocationTargetException thrown) {
            if (thrown.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw thrown;
        }
    }
}
