package kr.go.msit.sovereignai.domain.arena;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The arena's analysis of a round: the standings best first, the win-rate matrix (row beats
 * column, ties and both-bad excluded; null where the two never had a decisive vote) and the
 * battle-count matrix (voted battles per unordered pair, both side orders) in {@link #teams()}
 * order, whether the comparison graph is connected (publication is refused otherwise), and what
 * reproduces it: the plan and the SHA-256 of the inputs.
 *
 * <p>The matrices are copied on the way in and out, and {@link #equals}, {@link #hashCode} and
 * {@link #toString} compare and show their contents (a record's defaults would use the arrays' identity).
 */
public record ArenaLeaderboard(
        List<String> teams,
        List<ArenaStanding> standings,
        Double[][] winRates,
        long[][] battleCounts,
        boolean connected,
        long votes,
        long citizens,
        ArenaAnalysisPlan plan,
        String inputDigest) {

    /** Decimals of strengths, bounds, shares and win rates in {@link #toJson()}. */
    public static final int JSON_DECIMALS = 6;

    public ArenaLeaderboard {
        teams = List.copyOf(teams);
        standings = List.copyOf(standings);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(inputDigest, "inputDigest");
        winRates = copy(winRates);
        battleCounts = copy(battleCounts);
    }

    /** A copy of the win-rate matrix. */
    @Override
    public Double[][] winRates() {
        return copy(winRates);
    }

    /** A copy of the battle-count matrix. */
    @Override
    public long[][] battleCounts() {
        return copy(battleCounts);
    }

    private static Double[][] copy(Double[][] matrix) {
        Double[][] copy = new Double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    private static long[][] copy(long[][] matrix) {
        long[][] copy = new long[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /**
     * The fit as canonical JSON: byte-identical for the same votes, plan and points. One line, no
     * spaces outside strings, keys in a fixed order: method, seed, replicates, inputDigest, votes,
     * citizens, connected, teams, standings (each with every field of {@link ArenaStanding} in its
     * declared order), winRates, battleCounts. Strengths, bounds, shares and win rates are written with
     * exactly {@value #JSON_DECIMALS} decimals (half-up from the double's exact value), points as strings
     * with their 2 decimals; NaN, infinities and missing values as null. Characters outside printable
     * ASCII are written as six-character JSON escapes (backslash, u, four hex digits), so the text is ASCII.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder(1024 + 64 * teams.size() * teams.size());
        json.append("{\"method\":");
        JsonStrings.append(json, ArenaAnalysis.METHOD);
        json.append(",\"seed\":").append(plan.seed());
        json.append(",\"replicates\":").append(plan.replicates());
        json.append(",\"inputDigest\":");
        JsonStrings.append(json, inputDigest);
        json.append(",\"votes\":").append(votes);
        json.append(",\"citizens\":").append(citizens);
        json.append(",\"connected\":").append(connected);
        json.append(",\"teams\":[");
        for (int i = 0; i < teams.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            JsonStrings.append(json, teams.get(i));
        }
        json.append("],\"standings\":[");
        for (int i = 0; i < standings.size(); i++) {
            ArenaStanding s = standings.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"team\":");
            JsonStrings.append(json, s.team());
            json.append(",\"score\":");
            number(json, s.score());
            json.append(",\"lower\":");
            number(json, s.lower());
            json.append(",\"upper\":");
            number(json, s.upper());
            json.append(",\"bestRank\":").append(s.bestRank());
            json.append(",\"worstRank\":").append(s.worstRank());
            json.append(",\"votes\":").append(s.votes());
            json.append(",\"winShare\":");
            number(json, s.winShare());
            json.append(",\"tieShare\":");
            number(json, s.tieShare());
            json.append(",\"bothBadShare\":");
            number(json, s.bothBadShare());
            json.append(",\"statisticallyTied\":").append(s.statisticallyTied());
            json.append(",\"scoreTiesDropped\":");
            number(json, s.scoreTiesDropped());
            json.append(",\"points\":");
            points(json, s.points());
            json.append(",\"pointsLower\":");
            points(json, s.pointsLower());
            json.append(",\"pointsUpper\":");
            points(json, s.pointsUpper());
            json.append('}');
        }
        json.append("],\"winRates\":[");
        for (int i = 0; i < winRates.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('[');
            for (int j = 0; j < winRates[i].length; j++) {
                if (j > 0) {
                    json.append(',');
                }
                number(json, winRates[i][j]);
            }
            json.append(']');
        }
        json.append("],\"battleCounts\":[");
        for (int i = 0; i < battleCounts.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('[');
            for (int j = 0; j < battleCounts[i].length; j++) {
                if (j > 0) {
                    json.append(',');
                }
                json.append(battleCounts[i][j]);
            }
            json.append(']');
        }
        json.append("]}");
        return json.toString();
    }

    private static void number(StringBuilder json, Double value) {
        if (value == null || !Double.isFinite(value)) {
            json.append("null");
            return;
        }
        json.append(new BigDecimal(value)
                .setScale(JSON_DECIMALS, RoundingMode.HALF_UP)
                .toPlainString());
    }

    private static void points(StringBuilder json, BigDecimal value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"').append(value.toPlainString()).append('"');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArenaLeaderboard that
                && connected == that.connected
                && votes == that.votes
                && citizens == that.citizens
                && teams.equals(that.teams)
                && standings.equals(that.standings)
                && Arrays.deepEquals(winRates, that.winRates)
                && Arrays.deepEquals(battleCounts, that.battleCounts)
                && plan.equals(that.plan)
                && inputDigest.equals(that.inputDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                teams,
                standings,
                Arrays.deepHashCode(winRates),
                Arrays.deepHashCode(battleCounts),
                connected,
                votes,
                citizens,
                plan,
                inputDigest);
    }

    @Override
    public String toString() {
        return "ArenaLeaderboard[teams=" + teams + ", standings=" + standings + ", winRates="
                + Arrays.deepToString(winRates)
                + ", battleCounts=" + Arrays.deepToString(battleCounts) + ", connected=" + connected + ", votes="
                + votes
                + ", citizens=" + citizens + ", plan=" + plan + ", inputDigest=" + inputDigest + "]";
    }
}
