package kr.go.msit.sovereignai.domain.tally;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.domain.LocalizedText;

/**
 * What a republished result changed for a team against the version before it: one figure (a
 * component's points, the total, the rank or the outcome), before and after, as published.
 */
public record ResultChange(long teamId, LocalizedText teamName, Figure figure, String before, String after)
        implements Serializable {

    /** The figures of a result line that a correction can change, in the order a page lists them. */
    public enum Figure {
        BENCHMARK(r -> points(r.benchmark())),
        EXPERT(r -> points(r.expert())),
        USER_PANEL(r -> points(r.userPanel())),
        PUBLIC(r -> points(r.publicPoints())),
        TOTAL(r -> points(r.total())),
        RANK(r -> r.rank() == null ? "-" : r.rank().toString()),
        OUTCOME(r -> r.outcome().name());

        private final Function<TeamResult, String> read;

        Figure(Function<TeamResult, String> read) {
            this.read = read;
        }
    }

    /** Every figure that differs between two versions of a result, team by team in the later version's order. */
    public static List<ResultChange> between(List<PublishedLine> earlier, List<PublishedLine> later) {
        Map<Long, TeamResult> before =
                earlier.stream().collect(Collectors.toMap(l -> l.result().teamId(), PublishedLine::result));
        List<ResultChange> changes = new ArrayList<>();
        for (PublishedLine line : later) {
            TeamResult was = before.get(line.result().teamId());
            for (Figure figure : Figure.values()) {
                String now = figure.read.apply(line.result());
                String then = was == null ? "-" : figure.read.apply(was);
                if (!Objects.equals(then, now)) {
                    changes.add(new ResultChange(line.result().teamId(), line.teamName(), figure, then, now));
                }
            }
        }
        return changes;
    }

    /** Points as published, to two decimals, so 71.2 and 71.20 are the same figure. */
    private static String points(java.math.BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
