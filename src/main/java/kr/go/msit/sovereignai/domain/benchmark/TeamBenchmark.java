package kr.go.msit.sovereignai.domain.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkInputRefused.Field;
import kr.go.msit.sovereignai.domain.round.ReviewRound;

/**
 * What a team declared and achieved on one benchmark of a round: for a team-chosen benchmark its
 * name, the target model (optional) and its score, and the measured score once the administrator
 * has entered it (null before).
 */
public record TeamBenchmark(
        long teamId, BenchmarkSlot slot, String chosenName, BigDecimal target, String targetModel, BigDecimal measured)
        implements java.io.Serializable {

    /** The longest target model name kept. */
    public static final int MAX_MODEL = 200;

    /** The achievement in percent of the target (uncapped), null until measured. */
    public BigDecimal achievement() {
        return measured == null ? null : BenchmarkScore.achievement(measured, target);
    }

    /** A declaration and, when it was made after the round opened, the override on record. */
    public record Declaration(TeamBenchmark declared, BenchmarkTargetOverride override) {}

    /**
     * A team declares its target on a benchmark of {@code round}'s plan ({@code before}: what it
     * declared earlier, or null). Free before the round opens; once its rules are frozen a change
     * needs a reason and is kept as an override; refused once the round is published, unless an
     * upheld objection opened a correction. Returns null when nothing changes.
     */
    public static Declaration declare(
            ReviewRound round,
            TeamBenchmark before,
            long teamId,
            BenchmarkSlot slot,
            String chosenName,
            BigDecimal target,
            String targetModel,
            String reason,
            String by,
            Instant at) {
        if (round.isResultSettled()) {
            throw new DomainRuleViolation("round.published.frozen", round.getNumber());
        }
        BenchmarkPart part = round.rulebook().benchmarkPlan().partOf(slot);
        String name = part.kind() == BenchmarkKind.TEAM_CHOSEN
                ? BenchmarkInputRefused.checked(slot, Field.NAME, () -> BenchmarkPart.name(chosenName))
                : null;
        String model = targetModel == null || targetModel.isBlank() ? null : targetModel.strip();
        if (model != null && model.length() > MAX_MODEL) {
            throw new BenchmarkInputRefused(
                    slot, Field.TARGET_MODEL, new DomainRuleViolation("benchmark.targetModel.tooLong", MAX_MODEL));
        }
        BigDecimal score = BenchmarkInputRefused.checked(slot, Field.TARGET, () -> BenchmarkScore.target(target));
        TeamBenchmark after =
                new TeamBenchmark(teamId, slot, name, score, model, before == null ? null : before.measured());
        if (before != null && before.sameDeclarationAs(after)) {
            return null;
        }
        BenchmarkTargetOverride override = null;
        if (round.hasOpened()) {
            if (reason == null || reason.isBlank()) {
                throw new DomainRuleViolation("benchmark.target.frozen", round.getNumber());
            }
            if (reason.strip().length() > BenchmarkTargetOverride.MAX_REASON) {
                throw new DomainRuleViolation("text.tooLong");
            }
            override = new BenchmarkTargetOverride(
                    teamId,
                    slot,
                    reason.strip(),
                    before == null ? "—" : before.describeTarget(),
                    after.describeTarget(),
                    by,
                    at);
        }
        return new Declaration(after, override);
    }

    /** The same benchmark with its measured score. */
    public TeamBenchmark measure(BigDecimal score) {
        return new TeamBenchmark(
                teamId,
                slot,
                chosenName,
                target,
                targetModel,
                BenchmarkInputRefused.checked(slot, Field.MEASURED, () -> BenchmarkScore.measured(score)));
    }

    private boolean sameDeclarationAs(TeamBenchmark other) {
        return Objects.equals(chosenName, other.chosenName)
                && target.compareTo(other.target) == 0
                && Objects.equals(targetModel, other.targetModel);
    }

    /** The declaration in one line, for overrides and the audit log. */
    public String describeTarget() {
        return (chosenName == null ? "" : chosenName + ": ") + "target " + target.toPlainString()
                + (targetModel == null ? "" : " (" + targetModel + ")");
    }
}
