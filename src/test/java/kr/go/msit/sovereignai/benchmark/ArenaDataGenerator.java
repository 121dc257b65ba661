package kr.go.msit.sovereignai.benchmark;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills an arena round with synthetic votes, straight into the database, so that the tally, the
 * results page and the open data can be measured at a million votes. The round must be an arena
 * round that has opened (its battle cells laid out, e.g. by {@code BallotLoadBenchmark --prepare-round});
 * the generator adds {@code citizens} accounts and {@code votes} voted battles spread over its cells
 * (each citizen never on the same prompt twice; teams of known strengths, printed), counts them on the
 * cells, and closes the round. Stop the platform first when it runs on the H2 file (one process at a time
 * opens it); PostgreSQL takes it while the platform runs (restart the platform afterwards: its
 * caches of the round's status do not see a change made behind its back). {@code --leave-open true} leaves the
 * round open, for an administrator to close it through the platform (which analyses the votes at the close).
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.ArenaDataGenerator
 * -Dexec.args="--url jdbc:h2:file:./data/database/platform --user sa --password sa --round 1 --votes 1000000 --citizens 50000"}
 * (the H2 URL, user and password are the platform's: see wildfly-config/configure.cli).
 */
public final class ArenaDataGenerator {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = SyntheticData.options(args);
        int round = Integer.parseInt(options.getOrDefault("round", "1"));
        int votes = Integer.parseInt(options.getOrDefault("votes", "1000000"));
        int citizens = Integer.parseInt(options.getOrDefault("citizens", "50000"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(options.getOrDefault("seed", "20261206")));
        try (Connection db = SyntheticData.connect(options)) {
            long roundId = SyntheticData.single(db, "SELECT id FROM review_round WHERE round_number = " + round);
            long started = System.nanoTime();
            insertVotes(db, roundId, votes, citizens, random, true);
            boolean leaveOpen = Boolean.parseBoolean(options.getOrDefault("leave-open", "false"));
            if (!leaveOpen) {
                try (Statement close = db.createStatement()) {
                    close.executeUpdate("UPDATE review_round SET status = 'CLOSED', version = version + 1 WHERE id = "
                            + roundId + " AND status = 'OPEN'");
                }
            }
            db.commit();
            System.out.printf(
                    "%,d votes from %,d citizens stored in %.0f s; review %d %s%n",
                    votes,
                    citizens,
                    (System.nanoTime() - started) / 1e9,
                    round,
                    leaveOpen ? "left open (close it as administrator)" : "closed");
        }
    }

    /**
     * Adds {@code citizens} accounts and {@code votes} voted battles to the arena round {@code roundId} over its
     * cells, and counts them on the cells, committing every 5,000 ({@code db} not in auto-commit); the last ones
     * are left to the caller's commit. Also used in the container, to give a round more votes than one read takes.
     */
    public static void insertVotes(
            Connection db, long roundId, int votes, int citizens, SplittableRandom random, boolean progress)
            throws Exception {
        List<long[]> cells = new ArrayList<>();
        Map<Long, Integer> promptIndex = new HashMap<>();
        Map<Long, Integer> teamIndex = new HashMap<>();
        try (Statement read = db.createStatement();
                ResultSet rows =
                        read.executeQuery("SELECT id, prompt_id, team_a, team_b FROM arena_cell WHERE round_id = "
                                + roundId + " ORDER BY position")) {
            while (rows.next()) {
                cells.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)});
                promptIndex.putIfAbsent(rows.getLong(2), promptIndex.size());
                teamIndex.putIfAbsent(rows.getLong(3), teamIndex.size());
            }
        }
        if (cells.isEmpty()) {
            throw new IllegalStateException(
                    "round id " + roundId + " has no battle cells: prepare and open it as an arena first");
        }
        int prompts = promptIndex.size();
        int perCitizen = (votes + citizens - 1) / citizens;
        if (perCitizen > prompts) {
            throw new IllegalStateException(
                    perCitizen + " votes per citizen need as many prompts; the round has " + prompts);
        }
        double[] strength = new double[teamIndex.size()];
        for (int t = 0; t < strength.length; t++) {
            strength[t] = 0.3 * (t - (strength.length - 1) / 2.0);
        }
        if (progress) {
            System.out.printf(
                    "round id %d: %d cells, %d prompts, %d teams; true strengths by team id %s%n",
                    roundId, cells.size(), prompts, teamIndex.size(), describe(teamIndex, strength));
        }
        // Cells by prompt, so a citizen's k-th vote can take a prompt they have not had.
        Map<Integer, List<long[]>> byPrompt = new HashMap<>();
        cells.forEach(c -> byPrompt.computeIfAbsent(promptIndex.get(c[1]), p -> new ArrayList<>())
                .add(c));

        long started = System.nanoTime();
        long firstAccount = SyntheticData.insertCitizens(db, citizens);
        Map<Long, Integer> issuedByCell = new HashMap<>();
        Instant now = Instant.now();
        try (PreparedStatement battle = db.prepareStatement(
                "INSERT INTO arena_battle (round_id, cell_id, prompt_id, team_a, team_b, citizen_id, "
                        + "token, issued_at, outcome, voted_at, receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            byte[] tokenBytes = new byte[24];
            SecureRandom tokens = new SecureRandom();
            for (int v = 0; v < votes; v++) {
                int citizen = v % citizens;
                int k = v / citizens;
                // Citizen c's k-th vote is on prompt (c + k) mod P: distinct prompts for one citizen.
                List<long[]> onPrompt = byPrompt.get((citizen + k) % prompts);
                long[] cell = onPrompt.get(random.nextInt(onPrompt.size()));
                double p = 1 / (1 + Math.exp(-(strength[teamIndex.get(cell[2])] - strength[teamIndex.get(cell[3])])));
                double u = random.nextDouble();
                String outcome =
                        u < 0.1 ? "TIE" : u < 0.13 ? "BOTH_BAD" : random.nextDouble() < p ? "A_BETTER" : "B_BETTER";
                tokens.nextBytes(tokenBytes);
                battle.setLong(1, roundId);
                battle.setLong(2, cell[0]);
                battle.setLong(3, cell[1]);
                battle.setLong(4, cell[2]);
                battle.setLong(5, cell[3]);
                battle.setLong(6, firstAccount + citizen);
                battle.setString(7, java.util.HexFormat.of().formatHex(tokenBytes));
                battle.setTimestamp(8, Timestamp.from(now));
                battle.setString(9, outcome);
                battle.setTimestamp(10, Timestamp.from(now));
                battle.setString(11, SyntheticData.receipt(random));
                battle.addBatch();
                issuedByCell.merge(cell[0], 1, Integer::sum);
                if (v % 5000 == 4999) {
                    battle.executeBatch();
                    db.commit();
                }
                if (progress && v % 100000 == 99999) {
                    System.out.printf("  %,d votes (%.0f s)%n", v + 1, (System.nanoTime() - started) / 1e9);
                }
            }
            battle.executeBatch();
        }
        try (PreparedStatement count = db.prepareStatement("UPDATE arena_cell SET issued = issued + ? WHERE id = ?")) {
            for (Map.Entry<Long, Integer> issued : issuedByCell.entrySet()) {
                count.setInt(1, issued.getValue());
                count.setLong(2, issued.getKey());
                count.addBatch();
            }
            count.executeBatch();
        }
    }

    private static String describe(Map<Long, Integer> teamIndex, double[] strength) {
        StringBuilder out = new StringBuilder("{");
        teamIndex.forEach((id, index) -> out.append(out.length() > 1 ? ", " : "")
                .append(id)
                .append('=')
                .append(String.format("%.2f", strength[index])));
        return out.append('}').toString();
    }
}
