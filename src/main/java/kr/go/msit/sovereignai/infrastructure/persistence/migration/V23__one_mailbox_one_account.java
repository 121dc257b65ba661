package kr.go.msit.sovereignai.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Mailbox;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One mailbox, one account (issue 22): every account gets its canonical {@link Mailbox}, unique. Written in Java
 * because the canonical form is the domain's rule, computed the same way here as at sign-up, on H2 and PostgreSQL.
 *
 * <p>Existing accounts whose mailboxes collide (say {@code x+1@gmail.com} and {@code x.y@gmail.com} signed up
 * before this version) do not fail the migration. One of them keeps the mailbox: an administrator's or reviewer's
 * first, then a confirmed one, then the oldest. Each other one is set aside with a mailbox no address can have
 * ({@code "duplicate <id> of <mailbox>"}, spaces being refused in addresses): it keeps its rows (ballots already
 * cast stay as they were) but no longer signs in, since every sign-in looks the mailbox up. The server log lists
 * them, for an administrator to review.
 *
 * <p>Also: one-time links gain the purposes {@code RECLAIM_ACCOUNT} and {@code RESET_PASSWORD}. Neither carries
 * anything of the person who asked for it (no pending name or password): whoever opens the link chooses them.
 */
public class V23__one_mailbox_one_account extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V23__one_mailbox_one_account.class.getName());

    private record Row(long id, String email, String role, boolean confirmed) {}

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE account ADD COLUMN mailbox VARCHAR(300)");
            ddl.execute("ALTER TABLE one_time_link DROP CONSTRAINT ck_one_time_link_purpose");
            ddl.execute("ALTER TABLE one_time_link ADD CONSTRAINT ck_one_time_link_purpose CHECK (purpose IN"
                    + " ('SET_PASSWORD', 'CONFIRM_EMAIL', 'RECLAIM_ACCOUNT', 'RESET_PASSWORD'))");
        }
        Map<String, List<Row>> byMailbox = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows =
                        query.executeQuery("SELECT id, email, role, email_confirmed_at FROM account ORDER BY id")) {
            while (rows.next()) {
                Row row = new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getObject(4) != null);
                byMailbox
                        .computeIfAbsent(mailboxOf(row.email()), m -> new ArrayList<>())
                        .add(row);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE account SET mailbox = ? WHERE id = ?")) {
            for (Map.Entry<String, List<Row>> entry : byMailbox.entrySet()) {
                List<Row> rows = new ArrayList<>(entry.getValue());
                rows.sort(Comparator.comparing((Row r) -> "CITIZEN".equals(r.role()))
                        .thenComparing(r -> !r.confirmed())
                        .thenComparingLong(Row::id));
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    String mailbox = i == 0 ? entry.getKey() : "duplicate " + row.id() + " of " + entry.getKey();
                    if (i > 0) {
                        LOG.warning(() -> "One mailbox, one account: account " + row.id() + " (" + row.email()
                                + ") reaches the same mailbox as account "
                                + rows.get(0).id()
                                + "; it is set aside and can no longer sign in. Review its ballots.");
                    }
                    update.setString(1, mailbox);
                    update.setLong(2, row.id());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE account ALTER COLUMN mailbox SET NOT NULL");
            ddl.execute("ALTER TABLE account ADD CONSTRAINT uk_account_mailbox UNIQUE (mailbox)");
        }
    }

    /** An address stored before the rules checked it keeps itself as its mailbox rather than failing the migration. */
    private static String mailboxOf(String email) {
        try {
            return Mailbox.of(email);
        } catch (DomainRuleViolation malformed) {
            return email;
        }
    }
}
