package kr.go.msit.sovereignai.infrastructure.persistence;

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
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Migrations that need the domain's rules (V23: canonical mailboxes), listed, not scanned for.
                .javaMigrations(new V23__one_mailbox_one_account())
                .load()
                .migrate();
    }
}
