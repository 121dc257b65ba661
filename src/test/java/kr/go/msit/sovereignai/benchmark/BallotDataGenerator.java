package kr.go.msit.sovereignai.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills an open rating round (the 팀별 만족도 ballot) with synthetic ballots, straight into the database, so that the
 * tally, the public pages and the open data can be measured at a million ballots; and gives it what an administrator
 * needs to close, tally and publish it: {@code reviewers} expert reviewers who each submitted a score sheet for every
 * team, and every team's benchmark figures. Stored as the platform stores a ballot: one {@code ballot} row (receipt,
 * revision 1), one {@code ballot_rating} per team and public criterion, the turnout counter and the round's rating
 * totals bumped by as many. The ratings are written set-based ({@code INSERT ... SELECT}), the ballots in JDBC batches.
 *
 * <p>Stop the platform first when it runs on the H2 file (one process at a time opens it); restart it afterwards.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.BallotDataGenerator -Dexec.args="--url
 * jdbc:h2:file:./data/database/platform --user sa --password sa --round 1 --ballots 1000000 --reviewers 10"}
 */
public final class BallotDataGenerator {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = SyntheticData.options(args);
        int round = Integer.parseInt(options.getOrDefault("round", "1"));
        int ballots = Integer.parseInt(options.getOrDefault("ballots", "1000000"));
        int reviewers = Integer.parseInt(options.getOrDefault("reviewers", "10"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(options.getOrDefault("seed", "20261207")));
        try (Connection db = SyntheticData.connect(options)) {
            long roundId = SyntheticData.single(db, "SELECT id FROM review_round WHERE round_number = " + round);
            String state = SyntheticData.text(
                    db, "SELECT status || ' ' || public_mode FROM review_round WHERE id = " + roundId);
            if (!state.equals("OPEN RATING")) {
                throw new IllegalStateException(
                        "review " + round + " is " + state + "; it must be an open rating round");
            }
            int teams = (int) SyntheticData.single(db, "SELECT COUNT(*) FROM round_team WHERE round_id = " + roundId);
            int criteria =
                    (int) SyntheticData.single(db, "SELECT COUNT(*) FROM public_criterion WHERE round_id = " + roundId);
            System.out.printf("review %d: %d teams, %d public criteria%n", round, teams, criteria);

            long started = System.nanoTime();
            long firstCitizen = SyntheticData.insertCitizens(db, ballots);
            System.out.printf("  %,d citizens (%.0f s)%n", ballots, (System.nanoTime() - started) / 1e9);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ballot = db.prepareStatement(
                    "INSERT INTO ballot (round_id, citizen_id, receipt, cast_at, revision, version) VALUES (?, ?, ?, ?, 1, 0)")) {
                for (int b = 0; b < ballots; b++) {
                    ballot.setLong(1, roundId);
                    ballot.setLong(2, firstCitizen + b);
                    ballot.setString(3, SyntheticData.receipt(random));
                    ballot.setTimestamp(4, now);
                    ballot.addBatch();
                    if (b % 5000 == 4999) {
                        ballot.executeBatch();
                        db.commit();
                    }
                    if (b % 100000 == 99999) {
                        System.out.printf("  %,d ballots (%.0f s)%n", b + 1, (System.nanoTime() - started) / 1e9);
                    }
                }
                ballot.executeBatch();
                db.commit();
            }
            // Every team rated on every criterion, set-based, in slices; team t's ratings centre on 2 + t/2 (so the
            // teams differ), spread by the ballot's id.
            long lastCitizen = firstCitizen + ballots - 1;
            int slice = 50_000;
            for (long from = firstCitizen; from <= lastCitizen; from += slice) {
                try (PreparedStatement ratings = db.prepareStatement(
                        "INSERT INTO ballot_rating (ballot_id, team_id, criterion_id, rating)"
                                + " SELECT b.id, t.team_id, c.id, LEAST(5, GREATEST(1, 1 + t.position / 2"
                                + " + MOD(b.id * 7 + t.position * 3 + c.position, 4)))"
                                + " FROM ballot b CROSS JOIN round_team t CROSS JOIN public_criterion c"
                                + " WHERE b.round_id = ? AND t.round_id = ? AND c.round_id = ? AND b.citizen_id BETWEEN ? AND ?")) {
                    ratings.setLong(1, roundId);
                    ratings.setLong(2, roundId);
                    ratings.setLong(3, roundId);
                    ratings.setLong(4, from);
                    ratings.setLong(5, Math.min(lastCitizen, from + slice - 1));
                    ratings.executeUpdate();
                }
                db.commit();
            }
            System.out.printf("  ratings (%.0f s)%n", (System.nanoTime() - started) / 1e9);
            try (Statement counters = db.createStatement()) {
                counters.executeUpdate("UPDATE round_turnout SET ballots = ballots + " + ballots + " WHERE round_id = "
                        + roundId + " AND stripe = 0");
            }
            addRatingTotals(db, roundId, firstCitizen, lastCitizen);
            db.commit();
            scoreSheets(db, roundId, reviewers, random, now);
            benchmarkFigures(db, roundId, random, now);
            db.commit();
            System.out.printf(
                    "%,d ballots, %d reviewers' sheets for %d teams and the benchmark figures stored in %.0f s;"
                            + " review %d is still open%n",
                    ballots, reviewers, teams, (System.nanoTime() - started) / 1e9, round);
        }
    }

    /** The round's rating totals (V28's summary table, when it exists) grow by the new ballots' ratings. */
    private static void addRatingTotals(Connection db, long roundId, long firstCitizen, long lastCitizen)
            throws Exception {
        if (SyntheticData.single(
                        db,
                        "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'round_rating_total'")
                == 0) {
            return;
        }
        List<long[]> sums = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement("SELECT r.team_id, r.criterion_id, SUM(r.rating), COUNT(*)"
                + " FROM ballot b JOIN ballot_rating r ON r.ballot_id = b.id"
                + " WHERE b.round_id = ? AND b.citizen_id BETWEEN ? AND ? GROUP BY r.team_id, r.criterion_id")) {
            read.setLong(1, roundId);
            read.setLong(2, firstCitizen);
            read.setLong(3, lastCitizen);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    sums.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)});
                }
            }
        }
        try (PreparedStatement add =
                db.prepareStatement("UPDATE round_rating_total SET rating_sum = rating_sum + ?, ratings = ratings + ?"
                        + " WHERE round_id = ? AND team_id = ? AND criterion_id = ? AND stripe = 0")) {
            for (long[] sum : sums) {
                add.setLong(1, sum[2]);
                add.setLong(2, sum[3]);
                add.setLong(3, roundId);
                add.setLong(4, sum[0]);
                add.setLong(5, sum[1]);
                if (add.executeUpdate() != 1) {
                    throw new IllegalStateException("no rating totals row for team " + sum[0] + ", criterion " + sum[1]
                            + ": was the round opened by the platform?");
                }
            }
        }
    }

    /** {@code reviewers} expert reviewers assigned to the round, each with a submitted sheet for every team. */
    private static void scoreSheets(Connection db, long roundId, int reviewers, SplittableRandom random, Timestamp now)
            throws Exception {
        if (reviewers == 0) {
            return;
        }
        List<BigDecimal> maxima = new ArrayList<>();
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("SELECT max_points FROM rubric_criterion WHERE round_id = " + roundId
                        + " AND panel = 'EXPERT' ORDER BY position")) {
            while (rows.next()) {
                maxima.add(rows.getBigDecimal(1));
            }
        }
        List<Long> teams = new ArrayList<>();
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery(
                        "SELECT team_id FROM round_team WHERE round_id = " + roundId + " ORDER BY position")) {
            while (rows.next()) {
                teams.add(rows.getLong(1));
            }
        }
        long first = SyntheticData.insertAccounts(db, reviewers, "EXPERT", "EXPERT");
        try (PreparedStatement assign =
                        db.prepareStatement("INSERT INTO reviewer_assignment (reviewer_id, round_id) VALUES (?, ?)");
                PreparedStatement sheet = db.prepareStatement(
                        "INSERT INTO score_sheet (round_id, reviewer_id, team_id, panel, status, justification,"
                                + " submitted_at, version) VALUES (?, ?, ?, 'EXPERT', 'SUBMITTED', ?, ?, 1)",
                        new String[] {"id"});
                PreparedStatement line = db.prepareStatement(
                        "INSERT INTO score_sheet_line (sheet_id, position, score) VALUES (?, ?, ?)")) {
            for (long reviewer = first; reviewer < first + reviewers; reviewer++) {
                assign.setLong(1, reviewer);
                assign.setLong(2, roundId);
                assign.executeUpdate();
                for (long team : teams) {
                    sheet.setLong(1, roundId);
                    sheet.setLong(2, reviewer);
                    sheet.setLong(3, team);
                    sheet.setString(4, "합성 심사 의견 (synthetic justification)");
                    sheet.setTimestamp(5, now);
                    sheet.executeUpdate();
                    long sheetId;
                    try (ResultSet key = sheet.getGeneratedKeys()) {
                        key.next();
                        sheetId = key.getLong(1);
                    }
                    for (int p = 0; p < maxima.size(); p++) {
                        // 50-100 % of the line's points, in tenths.
                        BigDecimal max = maxima.get(p);
                        int tenths = max.movePointRight(1).intValue();
                        line.setLong(1, sheetId);
                        line.setInt(2, p);
                        line.setBigDecimal(3, BigDecimal.valueOf(tenths / 2 + random.nextInt(tenths / 2 + 1), 1));
                        line.addBatch();
                    }
                    line.executeBatch();
                }
            }
        }
    }

    /** Every team's measured score on every benchmark of the round's plan (targets 100, measured 60-110). */
    private static void benchmarkFigures(Connection db, long roundId, SplittableRandom random, Timestamp now)
            throws Exception {
        List<int[]> slots = new ArrayList<>(); // part position, benchmark position, team-chosen (1) or common (0)
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("SELECT p.position, p.kind, p.team_chosen,"
                        + " (SELECT COUNT(*) FROM round_benchmark b WHERE b.round_id = p.round_id AND b.part_position = p.position)"
                        + " FROM round_benchmark_part p WHERE p.round_id = " + roundId + " ORDER BY p.position")) {
            while (rows.next()) {
                boolean chosen = rows.getString(2).equals("TEAM_CHOSEN");
                int count = chosen ? rows.getInt(3) : rows.getInt(4);
                for (int b = 0; b < count; b++) {
                    slots.add(new int[] {rows.getInt(1), b, chosen ? 1 : 0});
                }
            }
        }
        try (Statement read = db.createStatement();
                ResultSet teams = read.executeQuery("SELECT team_id FROM round_team WHERE round_id = " + roundId);
                PreparedStatement figure = db.prepareStatement(
                        "INSERT INTO team_benchmark (round_id, team_id, part_position, benchmark_position, benchmark_name,"
                                + " target_score, target_model, measured_score, changed_by, changed_at)"
                                + " VALUES (?, ?, ?, ?, ?, 100, 'synthetic target', ?, 'benchmark-generator', ?)")) {
            while (teams.next()) {
                for (int[] slot : slots) {
                    figure.setLong(1, roundId);
                    figure.setLong(2, teams.getLong(1));
                    figure.setInt(3, slot[0]);
                    figure.setInt(4, slot[1]);
                    figure.setString(5, slot[2] == 1 ? "synthetic-" + slot[1] : null);
                    figure.setBigDecimal(6, BigDecimal.valueOf(600 + random.nextInt(501), 1));
                    figure.setTimestamp(7, now);
                    figure.addBatch();
                }
            }
            figure.executeBatch();
        }
    }
}
