package kr.go.msit.sovereignai.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the data generators ({@link ArenaDataGenerator}, {@link BallotDataGenerator}) share: their options, synthetic
 * accounts with consecutive ids, one-number queries and receipt-shaped codes. Plain JDBC, set-based where it can be.
 */
final class SyntheticData {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private SyntheticData() {}

    /** {@code --name value} pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /**
     * Adds {@code count} accounts of {@code role} (confirmed, with no usable password) and returns the first id; the
     * ids are consecutive (the generator must run alone).
     */
    static long insertAccounts(Connection db, int count, String role, String panel) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String prefix = "synthetic-" + role.toLowerCase() + "-" + run + "-";
        try (PreparedStatement account = db.prepareStatement(
                "INSERT INTO account (email, mailbox, display_name, password_hash, role, panel, created_at, "
                        + "email_confirmed_at, version) VALUES (?, ?, '합성 시민', 'not-a-password', ?, ?, CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP, 0)")) {
            for (int c = 0; c < count; c++) {
                String address = prefix + c + "@example.kr";
                account.setString(1, address);
                account.setString(2, address);
                account.setString(3, role);
                account.setString(4, panel);
                account.addBatch();
                if (c % 5000 == 4999) {
                    account.executeBatch();
                }
            }
            account.executeBatch();
        }
        long first = single(db, "SELECT MIN(id) FROM account WHERE email LIKE '" + prefix + "%'");
        long last = single(db, "SELECT MAX(id) FROM account WHERE email LIKE '" + prefix + "%'");
        if (last - first + 1 != count) {
            throw new IllegalStateException("the synthetic accounts' ids are not consecutive; run the generator alone");
        }
        db.commit();
        return first;
    }

    /** Adds {@code count} citizens; returns the first id. */
    static long insertCitizens(Connection db, int count) throws Exception {
        return insertAccounts(db, count, "CITIZEN", null);
    }

    static long single(Connection db, String sql) throws Exception {
        return Long.parseLong(text(db, sql));
    }

    /** The platform's database ({@code --url}, {@code --user}, {@code --password}), written in explicit transactions. */
    static Connection connect(Map<String, String> options) throws Exception {
        Connection db = DriverManager.getConnection(
                options.get("url"), options.getOrDefault("user", "sa"), options.getOrDefault("password", "sa"));
        db.setAutoCommit(false);
        return db;
    }

    static String text(Connection db, String sql) throws Exception {
        try (Statement read = db.createStatement();
                ResultSet row = read.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("nothing for " + sql);
            }
            return row.getString(1);
        }
    }

    /** A receipt-shaped code: 20 Crockford base-32 characters in groups of four (24 characters). */
    static String receipt(SplittableRandom random) {
        StringBuilder receipt = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                receipt.append('-');
            }
            receipt.append(CROCKFORD[random.nextInt(32)]);
        }
        return receipt.toString();
    }
}
