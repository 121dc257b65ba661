package kr.go.msit.sovereignai.infrastructure.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The versioned schema migrations in {@code db/migration}, applied with Flyway. */
public final class SchemaMigrations {

    private SchemaMigrations() {}

    /** Applies every pending migration to the given database and reports what it did. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
