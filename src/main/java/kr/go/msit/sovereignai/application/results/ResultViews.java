package kr.go.msit.sovereignai.application.results;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkFigure;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmarks;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.domain.tally.ResultChange;
import kr.go.msit.sovereignai.domain.tally.TeamResult;

/** A round's tally and results as administrators and the public see them, as plain records. */
public final class ResultViews {

    private ResultViews() {}

    private static BigDecimal pointsOf(Map<Component, BigDecimal> points, String component) {
        return points.get(Component.valueOf(component));
    }

    /**
     * One team's line: component points, total, rank (null when disqualified), outcome and, if any,
     * the eligibility rationale, with its per-benchmark figures (empty for rounds from before they were kept).
     */
    public record ResultLine(
            long teamId,
            LocalizedText name,
            BigDecimal benchmark,
            BigDecimal expert,
            String expertRule,
            BigDecimal userPanel,
            String userPanelRule,
            BigDecimal publicPoints,
            BigDecimal total,
            Integer rank,
            Outcome outcome,
            String rationale,
            boolean robust,
            List<BenchmarkFigure> benchmarks)
            implements Serializable {

        /** A team's line of a tally, named as the team was named then. */
        public static ResultLine of(LocalizedText name, TeamResult r, List<BenchmarkFigure> benchmarks) {
            return new ResultLine(
                    r.teamId(),
                    name,
                    r.benchmark(),
                    r.expert(),
                    r.expertRule().name(),
                    r.userPanel(),
                    r.userPanelRule().name(),
                    r.publicPoints(),
                    r.total(),
                    r.rank(),
                    r.outcome(),
                    r.eligibilityRationale(),
                    r.robust(),
                    List.copyOf(benchmarks));
        }

        /**
         * The line as it is public while the announcement names only some ranks: the team, its outcome
         * and any eligibility rationale (public anyway through the team's status), no rank and no figures.
         */
        public ResultLine withheld() {
            return new ResultLine(
                    teamId, name, null, null, null, null, null, null, null, null, outcome, rationale, false, List.of());
        }

        /** Its rank and figures are withheld until the objection period ends (every announced line has a total). */
        public boolean figuresWithheld() {
            return total == null;
        }
    }

    /** What administrators entered for a team: its benchmark figures and the eligibility decision (null: none). */
    public record TeamInput(
            long teamId, LocalizedText name, TeamBenchmarks benchmark, Boolean eligible, String rationale)
            implements Serializable {

        /** Every benchmark of the plan has a measured score. */
        public boolean benchmarkEntered() {
            return benchmark.complete();
        }
    }

    /** A competing team's benchmarks in a round, as the administrator works on them. */
    public record TeamBenchmarkView(long teamId, LocalizedText name, TeamBenchmarks benchmarks)
            implements Serializable {}

    /** A target changed after its round opened, with the team and part it concerns. */
    public record OverrideView(
            LocalizedText team,
            LocalizedText part,
            String reason,
            String before,
            String after,
            String changedBy,
            Instant changedAt)
            implements Serializable {}

    /**
     * A round's benchmarks: the plan (editable until the round opens), whether targets may be
     * declared ({@code targetsOpen}: until publication) and need a reason ({@code targetsFrozen}:
     * once the round has opened), whether measured scores may be entered, every competing team's
     * figures, and the targets overridden.
     */
    public record BenchmarkSheet(
            int roundNumber,
            RoundStatus status,
            BenchmarkPlan plan,
            boolean planEditable,
            boolean targetsFrozen,
            boolean targetsOpen,
            boolean measuringOpen,
            List<TeamBenchmarkView> teams,
            List<OverrideView> overrides)
            implements Serializable {}

    /**
     * The tally of a closed round before publication. {@code blockers} are message keys with the
     * team names they concern; publication is refused while there are any.
     */
    public record ProvisionalTally(
            int roundNumber,
            RoundStatus status,
            Map<Component, BigDecimal> points,
            List<TeamInput> inputs,
            List<ResultLine> lines,
            List<Blocker> blockers,
            boolean correcting)
            implements Serializable {

        public boolean publishable() {
            return status.awaitsPublication() && blockers.isEmpty();
        }

        /** A correction is open (an upheld objection) and nothing blocks republishing. */
        public boolean republishable() {
            return correcting && blockers.isEmpty();
        }

        /** Its inputs and tie order may be changed: awaiting publication, or published with a correction open. */
        public boolean beingTallied() {
            return status.awaitsPublication() || correcting;
        }

        /** The points a component carries, by its name (pages cannot index an enum map with text). */
        public BigDecimal pointsOf(String component) {
            return ResultViews.pointsOf(points, component);
        }
    }

    /** Why a tally cannot be published yet, for the named teams. */
    public record Blocker(Kind kind, List<Long> teamIds, List<LocalizedText> teamNames) implements Serializable {

        /** What blocks publication, each with the message that says it. */
        public enum Kind {
            BENCHMARK_MISSING("tally.benchmarkMissing"),
            UNRESOLVED_TIE("tally.unresolvedTie"),
            /** A sheet reopened for a correction and not submitted again: its reviewer would drop out of the new version. */
            SHEET_REOPENED("tally.sheetReopened"),
            /** The arena's votes do not connect every team (Bradley–Terry cannot compare them). */
            ARENA_DISCONNECTED("tally.arenaDisconnected"),
            /**
             * The round has a citizens' panel that is not drawn yet (issue 23): only its members' votes may score, so
             * nothing can be published before the draw.
             */
            PANEL_NOT_DRAWN("panel.results.blocker.notDrawn");

            private final String messageKey;

            Kind(String messageKey) {
                this.messageKey = messageKey;
            }
        }

        public String messageKey() {
            return kind.messageKey;
        }

        /** The team names, comma-separated, in each language. */
        public LocalizedText names() {
            return LocalizedText.of(
                    teamNames.stream().map(LocalizedText::ko).collect(Collectors.joining(", ")),
                    teamNames.stream().map(LocalizedText::en).collect(Collectors.joining(", ")));
        }
    }

    /**
     * A published round's results, as public (or, for administrators, as announced): {@code lines} are those
     * of {@code version} (the latest unless an earlier one was asked for); {@code versions} lists every version
     * with what it changed and why; {@code resultFinal} once the objection period is over, no objection is open
     * and no correction is. {@code disclosure} is what the announcement named; {@code figuresWithheldUntil} is
     * when the withheld ranks and figures become public, null once they are (or when nothing was withheld).
     * {@code waivers} are the eliminated or disqualified teams' waivers of their right to object;
     * {@code objectionPeriodEndedEarly} once all of them have waived (the period then ended at
     * {@code objectionEndsAt}); {@code awaitingDecisions} when the period is over but an objection is still open.
     */
    public record PublishedResults(
            int roundNumber,
            ReviewWindow window,
            Instant publishedAt,
            Instant objectionEndsAt,
            boolean resultFinal,
            Map<Component, BigDecimal> points,
            List<ResultLine> lines,
            Disclosure disclosure,
            Instant figuresWithheldUntil,
            int version,
            List<PublishedVersion> versions,
            boolean correctionOpen,
            List<WaiverView> waivers,
            boolean objectionPeriodEndedEarly,
            boolean awaitingDecisions)
            implements Serializable {

        /** The version shown, with its snapshot (digest and audit head). */
        public PublishedVersion shownVersion() {
            return versions.stream()
                    .filter(v -> v.version() == version)
                    .findFirst()
                    .orElse(null);
        }

        /** Some ranks and figures are not public yet. */
        public boolean figuresWithheld() {
            return figuresWithheldUntil != null;
        }

        /** The latest version is the one shown (not an earlier one asked for by number). */
        public boolean isLatest() {
            return versions.isEmpty()
                    || version == versions.get(versions.size() - 1).version();
        }

        /** The result has been republished at least once. */
        public boolean isCorrected() {
            return versions.size() > 1;
        }

        /** The points a component carries, by its name (pages cannot index an enum map with text). */
        public BigDecimal pointsOf(String component) {
            return ResultViews.pointsOf(points, component);
        }

        /** The per-benchmark figures were kept for this round (not for rounds published before they were). */
        public boolean benchmarkFiguresKept() {
            return lines.stream().anyMatch(line -> !line.benchmarks().isEmpty());
        }

        /** Null while figures are withheld: with the named lines, the averages would give the withheld figures away. */
        public Averages averages() {
            if (figuresWithheld()) {
                return null;
            }
            return new Averages(
                    average(ResultLine::benchmark),
                    average(ResultLine::expert),
                    average(ResultLine::userPanel),
                    average(ResultLine::publicPoints),
                    average(ResultLine::total));
        }

        private BigDecimal average(Function<ResultLine, BigDecimal> component) {
            if (lines.isEmpty()) {
                return BigDecimal.ZERO.setScale(2);
            }
            return lines.stream()
                    .map(component)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(lines.size()), 2, RoundingMode.HALF_UP);
        }
    }

    /** Every team's average per component and in total, as the ministry publishes them beside the ranking. */
    public record Averages(
            BigDecimal benchmark, BigDecimal expert, BigDecimal userPanel, BigDecimal publicPoints, BigDecimal total)
            implements Serializable {}

    /**
     * One published version of a round's result: when, why (null for the first publication), the
     * upheld objections it corrected, every figure it changed against the version before it, and its
     * snapshot: the SHA-256 of its inputs' canonical form and the audit chain's head when it was
     * published (null for versions published before snapshots were kept).
     */
    public record PublishedVersion(
            int version,
            Instant publishedAt,
            String reason,
            List<Long> correctedObjectionIds,
            List<ResultChange> changes,
            String inputsDigest,
            Long auditHeadSequence,
            String auditHeadHash)
            implements Serializable {}

    /** A team's waiver of its right to object: who waived for it, when, in what form. */
    public record WaiverView(
            long teamId, LocalizedText teamName, String waivedBy, Instant waivedAt, ObjectionWaiver.Form form)
            implements Serializable {}

    /** A published round in the list of results. */
    public record PublishedRound(int roundNumber, Instant publishedAt, Instant objectionEndsAt)
            implements Serializable {}
}
