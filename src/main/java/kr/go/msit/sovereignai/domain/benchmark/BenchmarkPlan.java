package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.round.Points;

/** A round's benchmark component: its parts in order, whose points add up to the component's points. */
public record BenchmarkPlan(List<BenchmarkPart> parts) implements java.io.Serializable {

    /** The most parts a plan may have. */
    public static final int MAX_PARTS = 10;
    /** The most benchmarks a team is scored on (review 1 had 16): one team's entry form stays small. */
    public static final int MAX_BENCHMARKS = 60;
    /** How many global common benchmarks review 1 had. */
    static final int REVIEW_1_COMMON = 13;
    /** How many benchmarks each team chose for itself in review 1. */
    static final int REVIEW_1_TEAM_CHOSEN = 2;

    public BenchmarkPlan {
        if (parts == null || parts.isEmpty() || parts.size() > MAX_PARTS) {
            throw new DomainRuleViolation("benchmark.plan.partCount", MAX_PARTS);
        }
        parts = List.copyOf(parts);
        if (parts.stream().mapToInt(BenchmarkPart::benchmarkCount).sum() > MAX_BENCHMARKS) {
            throw new DomainRuleViolation("benchmark.plan.tooMany", MAX_BENCHMARKS);
        }
    }

    /**
     * The plan of a round whose benchmark component carries {@code componentPoints}: review 1's
     * parts and split (a quarter, a half and a quarter), to one decimal, adding up exactly.
     */
    public static BenchmarkPlan defaultsFor(BigDecimal componentPoints) {
        return review1().withComponentPoints(componentPoints);
    }

    /**
     * The same parts sharing other component points: three parts take review 1's split (a quarter, a
     * half, a quarter), any other number an even split, to one decimal, adding up exactly.
     */
    public BenchmarkPlan withComponentPoints(BigDecimal componentPoints) {
        List<BigDecimal> shares;
        if (parts.size() == 3) {
            BigDecimal quarter = Points.of(componentPoints).divide(new BigDecimal("4"), 1, RoundingMode.HALF_UP);
            shares = List.of(quarter, componentPoints.subtract(quarter.multiply(new BigDecimal("2"))), quarter);
        } else {
            shares = Points.splitEvenly(componentPoints, parts.size());
        }
        return new BenchmarkPlan(IntStream.range(0, parts.size())
                .mapToObj(i -> parts.get(i).withMaxPoints(shares.get(i)))
                .toList());
    }

    /**
     * Review 1's benchmarks (40 points): the NIA benchmark (10), 13 global common benchmarks (20;
     * the names published nowhere, so numbered for the administrator to rename) and two global
     * benchmarks chosen by each team (10).
     */
    public static BenchmarkPlan review1() {
        List<String> common = IntStream.rangeClosed(1, REVIEW_1_COMMON)
                .mapToObj(i -> "글로벌 공통 벤치마크 " + i)
                .toList();
        return new BenchmarkPlan(List.of(
                BenchmarkPart.common(
                        LocalizedText.of("NIA 벤치마크", "NIA benchmark"), new BigDecimal("10"), List.of("NIA 벤치마크")),
                BenchmarkPart.common(
                        LocalizedText.of("글로벌 공통 벤치마크", "Global common benchmarks"), new BigDecimal("20"), common),
                BenchmarkPart.teamChosen(
                        LocalizedText.of("글로벌 개별 벤치마크", "Global team-specific benchmarks"),
                        new BigDecimal("10"),
                        REVIEW_1_TEAM_CHOSEN)));
    }

    /** The parts' points added up. */
    public BigDecimal totalPoints() {
        return parts.stream().map(BenchmarkPart::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Refused unless the parts' points add up to what the round's benchmark component carries. */
    public BenchmarkPlan checkAddsUpTo(BigDecimal componentPoints) {
        BigDecimal sum = totalPoints();
        if (sum.compareTo(componentPoints) != 0) {
            throw new DomainRuleViolation(
                    "benchmark.plan.pointsSum",
                    componentPoints.stripTrailingZeros().toPlainString(),
                    sum.stripTrailingZeros().toPlainString());
        }
        return this;
    }

    /** Every benchmark a team is scored on, part by part. */
    public List<BenchmarkSlot> slots() {
        List<BenchmarkSlot> slots = new ArrayList<>();
        for (int part = 0; part < parts.size(); part++) {
            for (int position = 0; position < parts.get(part).benchmarkCount(); position++) {
                slots.add(new BenchmarkSlot(part, position));
            }
        }
        return slots;
    }

    /** The part a slot belongs to; refused for a benchmark the plan does not have. */
    public BenchmarkPart partOf(BenchmarkSlot slot) {
        if (slot.part() < 0
                || slot.part() >= parts.size()
                || slot.position() < 0
                || slot.position() >= parts.get(slot.part()).benchmarkCount()) {
            throw new DomainRuleViolation("benchmark.unknown");
        }
        return parts.get(slot.part());
    }

    /**
     * A team's benchmark figures by this plan: one per benchmark (in order), each part's points and
     * the team's benchmark points; complete once every benchmark has a measured score.
     */
    public TeamBenchmarks score(List<TeamBenchmark> entered) {
        List<BenchmarkFigure> figures = new ArrayList<>();
        List<BigDecimal> partPoints = new ArrayList<>();
        boolean complete = true;
        for (int p = 0; p < parts.size(); p++) {
            BenchmarkPart part = parts.get(p);
            List<BigDecimal> achievements = new ArrayList<>();
            for (int position = 0; position < part.benchmarkCount(); position++) {
                BenchmarkSlot slot = new BenchmarkSlot(p, position);
                TeamBenchmark benchmark = entered.stream()
                        .filter(b -> b.slot().equals(slot))
                        .findFirst()
                        .orElse(null);
                BigDecimal achievement = benchmark == null ? null : benchmark.achievement();
                complete &= achievement != null;
                achievements.add(achievement);
                String name = part.kind() == BenchmarkKind.COMMON
                        ? part.benchmarks().get(position)
                        : benchmark == null ? null : benchmark.chosenName();
                figures.add(new BenchmarkFigure(
                        slot,
                        part.label(),
                        name,
                        benchmark == null ? null : benchmark.targetModel(),
                        benchmark == null ? null : benchmark.target(),
                        benchmark == null ? null : benchmark.measured(),
                        achievement,
                        achievement == null ? null : BenchmarkScore.benchmarkPoints(part, achievement)));
            }
            partPoints.add(BenchmarkScore.partPoints(part, achievements));
        }
        BigDecimal total = partPoints.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new TeamBenchmarks(figures, partPoints, total, complete);
    }

    /** Every listed team's figures by this plan, from every team's entered benchmarks. */
    public Map<Long, TeamBenchmarks> scoreTeams(List<Long> teamIds, List<TeamBenchmark> entered) {
        Map<Long, TeamBenchmarks> byTeam = new LinkedHashMap<>();
        for (long teamId : teamIds) {
            byTeam.put(
                    teamId,
                    score(entered.stream().filter(b -> b.teamId() == teamId).toList()));
        }
        return byTeam;
    }

    /** The plan in one line, for the audit log. */
    public String describe() {
        return parts.stream().map(BenchmarkPart::describe).collect(Collectors.joining("; "));
    }
}
