package kr.go.msit.sovereignai.domain.tally;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * A round with a drawn citizens' panel (issue 23): the PUBLIC component the panel's votes scored beside the one
 * everybody's votes (the open public) would have given, which is shown but not scored, and how far they differ.
 * Ranks are by PUBLIC points alone (1, 2, 2, 4 on equal points), not the round's overall ranking.
 * {@code panelMembers} are the seated members, {@code panelVoters} those of them who voted, {@code openVoters}
 * everybody who voted (members included).
 */
public record PublicComparison(int panelMembers, long panelVoters, long openVoters, List<Line> lines)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public PublicComparison {
        lines = List.copyOf(lines);
    }

    /** One team: the scored (panel) and the open public's points and ranks; differences are open minus scored. */
    public record Line(
            long teamId,
            LocalizedText name,
            BigDecimal scoredPoints,
            BigDecimal openPoints,
            int scoredRank,
            int openRank)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The open public's points minus the panel's. */
        public BigDecimal difference() {
            return openPoints.subtract(scoredPoints);
        }

        /** The open public's rank minus the panel's (negative: the open public ranks the team higher). */
        public int rankDifference() {
            return openRank - scoredRank;
        }

        /** Whether the open public's points differ from the panel's. */
        public boolean differs() {
            return difference().signum() != 0;
        }
    }

    /** The comparison of {@code scored} and {@code open} PUBLIC points (team id to points) for the named teams. */
    public static PublicComparison of(
            int panelMembers,
            long panelVoters,
            long openVoters,
            Map<Long, LocalizedText> teams,
            Map<Long, BigDecimal> scored,
            Map<Long, BigDecimal> open) {
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Long, LocalizedText> team : teams.entrySet()) {
            long id = team.getKey();
            BigDecimal s = scored.getOrDefault(id, BigDecimal.ZERO.setScale(2));
            BigDecimal o = open.getOrDefault(id, BigDecimal.ZERO.setScale(2));
            lines.add(new Line(id, team.getValue(), s, o, rank(s, scored, teams), rank(o, open, teams)));
        }
        lines.sort(Comparator.comparingInt(Line::scoredRank)
                .thenComparing(l -> l.name().ko(), Comparator.nullsLast(Comparator.naturalOrder())));
        return new PublicComparison(panelMembers, panelVoters, openVoters, lines);
    }

    private static int rank(BigDecimal points, Map<Long, BigDecimal> all, Map<Long, LocalizedText> teams) {
        return 1
                + (int) teams.keySet().stream()
                        .map(id -> all.getOrDefault(id, BigDecimal.ZERO))
                        .filter(p -> p.compareTo(points) > 0)
                        .count();
    }

    /** The team whose open points differ most from its scored points (empty without teams). */
    public Optional<Line> largestDifference() {
        return lines.stream().max(Comparator.comparing(l -> l.difference().abs()));
    }

    /** The largest difference in points, in absolute value (zero without teams). */
    public BigDecimal largestPointsDifference() {
        return largestDifference().map(l -> l.difference().abs()).orElse(BigDecimal.ZERO);
    }

    /** The largest difference in rank, in absolute value. */
    public int largestRankDifference() {
        return lines.stream().mapToInt(l -> Math.abs(l.rankDifference())).max().orElse(0);
    }

    /** How many teams the open public ranks differently from the panel. */
    public long teamsRankedDifferently() {
        return lines.stream().filter(l -> l.rankDifference() != 0).count();
    }
}
