package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.arena.ArenaAnalysisPlan;

/**
 * A stage review ("단계평가"): a numbered round with a window and its postponements, and its rules:
 * the points each component carries, the panels' rubrics and the public criteria.
 */
@Entity
@Table(name = "review_round")
public class ReviewRound {

    /** A round opening later than this after its window began (timers fire within seconds) records its shortened window. */
    static final Duration LATE_OPENING_TOLERANCE = Duration.ofMinutes(5);

    public static final int DEFAULT_ARENA_BATTLE_CAP = 30;
    public static final int MAX_ARENA_BATTLE_CAP = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_number", nullable = false, unique = true, updatable = false)
    private int number;

    @Embedded
    private ReviewWindow window;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status;

    /** How many teams this review is planned to eliminate on points. */
    @Column(name = "planned_eliminations", nullable = false)
    private int plannedEliminations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_postponement", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<Postponement> postponements = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderColumn(name = "position")
    private List<PublicCriterion> publicCriteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "round_component", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "component")
    @Column(name = "points", nullable = false)
    private Map<Component, BigDecimal> componentPoints = new EnumMap<>(Component.class);

    /** Both panels' rubric lines, the expert panel's first (see V10__rubric_lines_in_round_order.sql). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rubric_criterion", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<RubricLine> rubricLines = new ArrayList<>();

    /** The benchmark plan's parts (see V17__named_benchmarks_declared_targets.sql); empty for rounds from before it. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "round_benchmark_part", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<BenchmarkPartLine> benchmarkParts = new ArrayList<>();

    /** The benchmarks COMMON parts name, one ordered list, part by part. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "round_benchmark", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<CommonBenchmarkLine> commonBenchmarks = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderBy("changedAt")
    private List<RubricOverride> rubricOverrides = new ArrayList<>();

    /**
     * The teams on the round's ballot, recorded when it opened: everything about the round (ballots,
     * progress, bulletin, results, the timeline) reads this, never today's team statuses. Empty until then.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_team", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "team_id", nullable = false)
    private List<Long> roster = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Until this instant objections may be filed; after it the published result is final. */
    @Column(name = "objection_ends_at")
    private Instant objectionEndsAt;

    /** The version of its published result: 1 at publication, one more at each republication after a correction; 0 before. */
    @Column(name = "result_version", nullable = false)
    private int resultVersion;

    /** An upheld objection opened a correction: inputs may be corrected and the result republished. */
    @Column(name = "correction_open", nullable = false)
    private boolean correctionOpen;

    /** What the announcement named, chosen at publication; withheld figures are released when the objection period ends. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Disclosure disclosure = Disclosure.FULL;

    /** Team ids in the order an administrator decided for teams tied on every criterion. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_tie_order", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "team_id", nullable = false)
    private List<Long> tieOrder = new ArrayList<>();

    /** How citizens evaluate in this round; chosen while it is scheduled, frozen at opening (see V19__arena.sql). */
    @Enumerated(EnumType.STRING)
    @Column(name = "public_mode", nullable = false)
    private PublicEvaluationMode publicMode = PublicEvaluationMode.ARENA;

    /** The arena analysis plan's bootstrap seed, published before the round opens. */
    @Column(name = "arena_seed", nullable = false)
    private long arenaSeed;

    @Column(name = "arena_replicates", nullable = false)
    private int arenaReplicates = ArenaAnalysisPlan.DEFAULT_REPLICATES;

    /** How many arena battles one citizen may be issued in this round. */
    @Column(name = "arena_battle_cap", nullable = false)
    private int arenaBattleCap = DEFAULT_ARENA_BATTLE_CAP;

    @Version
    private long version;

    protected ReviewRound() {
    }

    public ReviewRound(int number, ReviewWindow window, int plannedEliminations) {
        if (number < 1) {
            throw new DomainRuleViolation("round.number.invalid");
        }
        if (plannedEliminations < 0) {
            throw new DomainRuleViolation("programme.eliminations.nonNegative");
        }
        this.number = number;
        this.window = window;
        this.plannedEliminations = plannedEliminations;
        this.status = RoundStatus.SCHEDULED;
        this.arenaSeed = number;
        this.publicCriteria.add(PublicCriterion.overallSatisfaction());
        ComponentPoints defaults = ComponentPoints.defaults();
        this.componentPoints.putAll(defaults.points());
        for (Panel panel : Panel.values()) {
            setRubric(Rubric.defaultFor(panel, defaults.of(panel.component())));
        }
        setBenchmarkPlan(BenchmarkPlan.defaultsFor(defaults.of(Component.BENCHMARK)));
    }

    /** The points each component carries in this round (its weights). */
    public ComponentPoints componentPoints() {
        return new ComponentPoints(componentPoints);
    }

    /** A panel's rubric, with the points its component carries. */
    public Rubric rubric(Panel panel) {
        return new Rubric(panel, componentPoints.get(panel.component()),
                rubricLines.stream().filter(line -> line.panel() == panel).map(RubricLine::criterion).toList());
    }

    /**
     * Changes the points the components carry, only before the round opens. A panel whose rubric
     * no longer adds up to its new points gets the default even split (none at all at 0).
     */
    public void changeComponentPoints(ComponentPoints points) {
        if (isRulesFrozen()) {
            throw new DomainRuleViolation("weights.frozen", number);
        }
        for (Panel panel : Panel.values()) {
            BigDecimal newPoints = points.of(panel.component());
            if (rubric(panel).componentPoints().compareTo(newPoints) != 0) {
                setRubric(Rubric.defaultFor(panel, newPoints));
            }
        }
        BenchmarkPlan plan = benchmarkPlan();
        if (plan.totalPoints().compareTo(points.of(Component.BENCHMARK)) != 0) {
            setBenchmarkPlan(plan.withComponentPoints(points.of(Component.BENCHMARK)));
        }
        componentPoints.clear();
        componentPoints.putAll(points.points());
    }

    /**
     * The round's benchmark plan: its parts with their points and benchmarks. A round from before
     * plans were kept has review 1's plan for its benchmark points.
     */
    public BenchmarkPlan benchmarkPlan() {
        if (benchmarkParts.isEmpty()) {
            return BenchmarkPlan.defaultsFor(componentPoints.get(Component.BENCHMARK));
        }
        List<BenchmarkPart> parts = new ArrayList<>();
        for (int i = 0; i < benchmarkParts.size(); i++) {
            int part = i;
            parts.add(benchmarkParts.get(i).part(commonBenchmarks.stream().filter(b -> b.part() == part).map(CommonBenchmarkLine::name).toList()));
        }
        return new BenchmarkPlan(parts);
    }

    /** Replaces the benchmark plan (its parts must add up to the benchmark points), only before the round opens. */
    public void changeBenchmarkPlan(BenchmarkPlan plan) {
        if (isRulesFrozen()) {
            throw new DomainRuleViolation("benchmark.plan.frozen", number);
        }
        setBenchmarkPlan(plan.checkAddsUpTo(componentPoints.get(Component.BENCHMARK)));
    }

    private void setBenchmarkPlan(BenchmarkPlan plan) {
        benchmarkParts.clear();
        commonBenchmarks.clear();
        for (int i = 0; i < plan.parts().size(); i++) {
            BenchmarkPart part = plan.parts().get(i);
            benchmarkParts.add(new BenchmarkPartLine(part));
            for (String name : part.benchmarks()) {
                commonBenchmarks.add(new CommonBenchmarkLine(i, name));
            }
        }
    }

    /**
     * Replaces a panel's rubric (its lines must add up to the points its component carries). Free
     * before the round opens; once its rules are frozen a change needs a reason, keeps the number
     * of lines, is refused once a sheet of the panel was submitted, and is kept on record.
     */
    public void changeRubric(Panel panel, List<RubricCriterion> lines, String reason, boolean sheetsSubmitted,
            String changedBy, Instant changedAt) {
        Rubric before = rubric(panel);
        Rubric after = new Rubric(panel, before.componentPoints(), lines);
        if (isRulesFrozen()) {
            if (reason == null || reason.isBlank()) {
                throw new DomainRuleViolation("rubric.frozen", number);
            }
            if (reason.strip().length() > RubricOverride.MAX_REASON) {
                throw new DomainRuleViolation("text.tooLong");
            }
            if (after.criteria().size() != before.criteria().size()) {
                throw new DomainRuleViolation("rubric.frozen.lineCount");
            }
            if (sheetsSubmitted) {
                throw new DomainRuleViolation("rubric.frozen.sheetsSubmitted");
            }
            rubricOverrides.add(new RubricOverride(panel, reason.strip(), before, after, changedBy, changedAt));
        }
        setRubric(after);
    }

    /** Changes made to rubrics after the round opened, oldest first. */
    public List<RubricOverride> getRubricOverrides() {
        return List.copyOf(rubricOverrides);
    }

    private void setRubric(Rubric rubric) {
        // One list in panel order (the expert panel first), as the rows are numbered.
        List<RubricLine> lines = new ArrayList<>();
        for (Panel panel : Panel.values()) {
            if (panel == rubric.panel()) {
                rubric.criteria().forEach(criterion -> lines.add(new RubricLine(panel, criterion)));
            } else {
                rubricLines.stream().filter(line -> line.panel() == panel).forEach(lines::add);
            }
        }
        rubricLines.clear();
        rubricLines.addAll(lines);
    }

    /**
     * Moves the window, keeping the old one on record with the reason. Only a round that has
     * not closed can move.
     */
    public Postponement postpone(ReviewWindow newWindow, LocalizedText reason,
            String decidedBy, Instant decidedAt) {
        if (!isPostponable()) {
            throw new DomainRuleViolation("round.postpone.notAllowed", number, status);
        }
        if (newWindow.equals(window)) {
            throw new DomainRuleViolation("round.postpone.sameWindow");
        }
        if (!newWindow.closesAt().isAfter(decidedAt)) {
            throw new DomainRuleViolation("round.postpone.closesInPast");
        }
        if (status == RoundStatus.OPEN && !newWindow.opensAt().equals(window.opensAt())) {
            throw new DomainRuleViolation("round.postpone.openKeepsStart");
        }
        Postponement postponement = new Postponement(Postponement.Kind.POSTPONEMENT, window, newWindow, reason,
                decidedBy, decidedAt);
        postponements.add(postponement);
        // A new window is a new appointment (and ends any hold): the schedule looks at the round afresh when it arrives.
        window = newWindow;
        return postponement;
    }

    /**
     * What the schedule calls for at {@code now}, given the status of the previous round (null
     * for the first round). Rounds run in sequence: a round whose window has arrived opens only
     * once the previous round is published, and is held until then.
     */
    public DueTransition dueAt(Instant now, RoundStatus previousRound) {
        if (status == RoundStatus.OPEN) {
            return now.isBefore(window.closesAt()) ? DueTransition.NONE : DueTransition.CLOSE;
        }
        boolean held = isHeld();
        if (status != RoundStatus.SCHEDULED || isMissed() || (now.isBefore(window.opensAt()) && !held)) {
            return DueTransition.NONE;
        }
        if (previousRound == null || previousRound == RoundStatus.PUBLISHED) {
            // Released: it opens within its own window. A held round whose window passed while it waited stays
            // held until an administrator gives it a new one (publication never opens a round at a window of its
            // own making); one whose whole window passed unseen (the platform was down) waits likewise, as missed.
            if (now.isBefore(window.closesAt())) {
                return DueTransition.OPEN;
            }
            return held ? DueTransition.NONE : DueTransition.MISS;
        }
        return held ? DueTransition.NONE : DueTransition.HOLD;
    }

    /** When the schedule next needs to look at this round, if ever: the instant its timer is for. */
    public Optional<Instant> nextScheduledInstant() {
        if (status == RoundStatus.OPEN) {
            return Optional.of(window.closesAt());
        }
        return status == RoundStatus.SCHEDULED && !isHeld() && !isMissed() ? Optional.of(window.opensAt()) : Optional.empty();
    }

    /** The window arrived before the previous review was published: the round waits, on record. */
    public Postponement hold(int previousRoundNumber, String decidedBy, Instant decidedAt) {
        requireStatus(RoundStatus.SCHEDULED, "round.open.notScheduled");
        if (isHeld()) {
            throw new DomainRuleViolation("round.alreadyHeld", number);
        }
        Postponement hold = new Postponement(Postponement.Kind.HOLD, window, window,
                LocalizedText.of("제" + previousRoundNumber + "차 단계평가 결과 발표를 기다리는 중",
                "Waiting for the results of review " + previousRoundNumber), decidedBy, decidedAt);
        postponements.add(hold);
        return hold;
    }

    /**
     * The whole window passed while nobody could look (the platform was down): the round does not
     * open and close at once with no ballots, it waits on record for an administrator to give it a
     * new window.
     */
    public Postponement miss(String decidedBy, Instant decidedAt) {
        requireStatus(RoundStatus.SCHEDULED, "round.open.notScheduled");
        if (isHeld() || isMissed() || decidedAt.isBefore(window.closesAt())) {
            throw new DomainRuleViolation("round.miss.notMissed", number);
        }
        Postponement missed = new Postponement(Postponement.Kind.MISSED, window, window,
                LocalizedText.of("플랫폼이 멈춘 동안 평가 기간이 모두 지나감: 새 평가 기간이 정해질 때까지 대기",
                "The whole window passed while the platform was down; the round waits for a new window"), decidedBy, decidedAt);
        postponements.add(missed);
        return missed;
    }

    /**
     * The round starts accepting evaluations, with {@code competingTeamIds} on its ballot (recorded
     * for good: the round's history never follows later team statuses). A held round an
     * administrator opens after its window ran out gets a window of the same length from now, on
     * record. A round that opens well after its window began (the platform was down, or it was
     * held) keeps its end, and the shortened window is on record so that everyone sees it.
     */
    public void open(Instant now, String decidedBy, List<Long> competingTeamIds) {
        requireStatus(RoundStatus.SCHEDULED, "round.open.notScheduled");
        if (isMissed()) {
            throw new DomainRuleViolation("round.open.windowOver", number);
        }
        // New starts are whole minutes, as administrators enter them (an open round's start cannot move, so
        // a later extension must be able to name it exactly).
        Instant start = now.truncatedTo(ChronoUnit.MINUTES);
        if (isHeld() && !now.isBefore(window.closesAt())) {
            Duration length = Duration.between(window.opensAt(), window.closesAt());
            ReviewWindow renewed = new ReviewWindow(start, start.plus(length));
            postponements.add(new Postponement(Postponement.Kind.POSTPONEMENT, window, renewed,
                    LocalizedText.of("대기 중 평가 기간이 지나 같은 길이로 다시 잡음",
                    "The window passed while the round waited; it runs again for the same length"), decidedBy, now));
            window = renewed;
        } else if (now.isAfter(plannedStart().plus(LATE_OPENING_TOLERANCE)) && now.isBefore(window.closesAt())) {
            ReviewWindow shortened = new ReviewWindow(start, window.closesAt());
            postponements.add(new Postponement(Postponement.Kind.LATE_OPENING, window, shortened,
                    LocalizedText.of("예정보다 늦게 열려 평가 기간이 짧아짐 (마감 시각은 그대로)",
                    "Opened later than planned, so the window is shorter (the end stays)"), decidedBy, now));
            window = shortened;
        }
        roster.clear();
        roster.addAll(competingTeamIds.stream().distinct().toList());
        status = RoundStatus.OPEN;
    }

    /**
     * The round will not be held: cancelled with its reason on record (its window stays as it was).
     * Only a round that has not opened can be cancelled.
     */
    public Postponement cancel(LocalizedText reason, String decidedBy, Instant decidedAt) {
        if (!isCancellable()) {
            throw new DomainRuleViolation("round.cancel.notScheduled", number, status);
        }
        Postponement cancellation = new Postponement(Postponement.Kind.CANCELLATION, window, window, reason, decidedBy, decidedAt);
        postponements.add(cancellation);
        status = RoundStatus.CANCELLED;
        return cancellation;
    }

    /** It has not opened and is not cancelled: it may still be cancelled. */
    public boolean isCancellable() {
        return status == RoundStatus.SCHEDULED;
    }

    public boolean isCancelled() {
        return status.isCancelled();
    }

    /** Why the round was cancelled; empty unless it was. */
    public Optional<Postponement> cancellation() {
        return isCancelled() ? lastDelay() : Optional.empty();
    }

    /** The teams on its ballot, recorded when it opened; empty before. */
    public List<Long> getRoster() {
        return List.copyOf(roster);
    }

    /** The round stops accepting evaluations; results are provisional until published. */
    public void close() {
        requireStatus(RoundStatus.OPEN, "round.close.notOpen");
        status = RoundStatus.CLOSED;
    }

    /**
     * Results become public, as far as {@code disclosure} names them; objections may be filed for
     * {@code objectionPeriod}, then they are final and every figure is public.
     */
    public void publish(Instant now, Duration objectionPeriod, Disclosure disclosure) {
        requireStatus(RoundStatus.CLOSED, "round.publish.notClosed");
        if (objectionPeriod.isNegative()) {
            throw new DomainRuleViolation("round.objectionPeriod.invalid");
        }
        if (disclosure == null) {
            throw new DomainRuleViolation("round.disclosure.required");
        }
        status = RoundStatus.PUBLISHED;
        publishedAt = now;
        objectionEndsAt = now.plus(objectionPeriod);
        this.disclosure = disclosure;
        resultVersion = 1;
    }

    /**
     * An objection to the published result was upheld: the inputs it concerns may be corrected and
     * the result republished as a new version. The result is not final until then.
     */
    public void openCorrection() {
        if (!isPublished()) {
            throw new DomainRuleViolation("results.notPublished", number);
        }
        correctionOpen = true;
    }

    /** Published with a correction open: inputs may be corrected and the result republished. */
    public boolean acceptsCorrections() {
        return isPublished() && correctionOpen;
    }

    /**
     * The result is republished after a correction: a new version, which the pages, the open data and
     * the teams' statuses follow from now on; earlier versions stay as they were announced.
     *
     * @return the new version's number
     */
    public int republish() {
        if (!acceptsCorrections()) {
            throw new DomainRuleViolation("results.republish.noCorrection", number);
        }
        correctionOpen = false;
        return ++resultVersion;
    }

    /** Being tallied: closed and awaiting publication, or published with a correction open. Ties may be settled. */
    public boolean isBeingTallied() {
        return awaitsPublication() || acceptsCorrections();
    }

    /**
     * Administrators' tally inputs (benchmark results, eligibility decisions) may be entered: from the
     * opening (benchmarks run during the window) until publication, and again during a correction.
     */
    public boolean acceptsTallyInputs() {
        return (hasOpened() && !isPublished()) || acceptsCorrections();
    }

    public int getResultVersion() {
        return resultVersion;
    }

    /** What the announcement named, as chosen at publication (FULL before). */
    public Disclosure getDisclosure() {
        return disclosure;
    }

    /**
     * Only the first and the last rank are public at {@code now}: published so, and the objection
     * period has not ended. Release needs no timer: from the period's end every figure is shown.
     */
    public boolean withholdsFiguresAt(Instant now) {
        return isPublished() && disclosure == Disclosure.FIRST_AND_LAST_RANK && objectionEndsAt != null && now.isBefore(objectionEndsAt);
    }

    /** Records the order an administrator decided for teams tied on every criterion. */
    public void decideTieOrder(List<Long> teamIds) {
        if (isPublished() && !acceptsCorrections()) {
            throw new DomainRuleViolation("round.published.frozen", number);
        }
        if (teamIds.stream().distinct().count() != teamIds.size()) {
            throw new DomainRuleViolation("tally.tieOrder.duplicate");
        }
        tieOrder.clear();
        tieOrder.addAll(teamIds);
    }

    /** Published and still in its objection period: objections to its result may be filed. */
    public boolean acceptsObjectionsAt(Instant now) {
        return isPublished() && objectionEndsAt != null && now.isBefore(objectionEndsAt);
    }

    /**
     * Published, the objection period is over and no correction is open (whether any objection is
     * still undecided is not the round's to know).
     */
    public boolean isFinalAt(Instant now) {
        return isPublished() && !correctionOpen && objectionEndsAt != null && !now.isBefore(objectionEndsAt);
    }

    /**
     * The round that follows this one, one review interval later; moved on by further intervals
     * if that window has already begun, so the next round never starts late or short.
     */
    public ReviewRound next(int intervalMonths, int eliminations, Instant now) {
        ReviewWindow nextWindow = window.shiftedByMonths(intervalMonths);
        while (nextWindow.opensAt().isBefore(now)) {
            nextWindow = nextWindow.shiftedByMonths(intervalMonths);
        }
        return new ReviewRound(number + 1, nextWindow, eliminations);
    }

    /**
     * When the round was meant to start: its window's start, or the moment an administrator set a
     * window that had already begun (opening then is not late).
     */
    private Instant plannedStart() {
        Instant decided = postponements.stream().filter(p -> p.kind() == Postponement.Kind.POSTPONEMENT)
                .map(Postponement::decidedAt).max(Instant::compareTo).orElse(Instant.MIN);
        return decided.isAfter(window.opensAt()) ? decided : window.opensAt();
    }

    /**
     * An administrator may open the round now ("open now", before its window or while held): not
     * once its window is over, unless it was held (it then gets a new window), and never a missed one.
     */
    public boolean mayOpenNowAt(Instant now) {
        return status == RoundStatus.SCHEDULED && !isMissed() && (isHeld() || now.isBefore(window.closesAt()));
    }

    /** Citizens may cast or change rating ballots only while the round is open, and only in a round evaluated by rating. */
    public boolean acceptsBallots() {
        return status.acceptsEvaluations() && publicMode == PublicEvaluationMode.RATING;
    }

    /** Citizens may be issued arena battles and vote on them only while an arena round is open. */
    public boolean acceptsArenaVotes() {
        return status.acceptsEvaluations() && isArena();
    }

    /** Citizens evaluate this round in the blind arena (not by rating teams by name). */
    public boolean isArena() {
        return publicMode == PublicEvaluationMode.ARENA;
    }

    /** The arena's prompt set and answers may still be uploaded, replaced or screened: an arena round not yet opened. */
    public boolean acceptsArenaMaterial() {
        return isArena() && status == RoundStatus.SCHEDULED;
    }

    /** The arena's votes are final and public with the teams' identities: an arena round that has closed. */
    public boolean revealsArena() {
        return isArena() && hasClosed();
    }

    public PublicEvaluationMode getPublicMode() {
        return publicMode;
    }

    /** The arena analysis plan frozen at opening. */
    public ArenaAnalysisPlan arenaPlan() {
        return new ArenaAnalysisPlan(arenaSeed, arenaReplicates);
    }

    public int getArenaBattleCap() {
        return arenaBattleCap;
    }

    /**
     * Chooses how citizens evaluate this round, with the arena's plan (bootstrap seed and replicates)
     * and the per-citizen battle cap: part of the rules, so only while the round is scheduled.
     */
    public void choosePublicEvaluation(PublicEvaluationMode mode, long seed, int replicates, int battleCap) {
        if (status != RoundStatus.SCHEDULED) {
            throw new DomainRuleViolation("round.rules.frozen", number);
        }
        if (mode == null) {
            throw new DomainRuleViolation("arena.mode.required");
        }
        if (replicates < 100 || replicates > 10_000) {
            throw new DomainRuleViolation("arena.plan.replicates.range", 100, 10_000);
        }
        if (battleCap < 1 || battleCap > MAX_ARENA_BATTLE_CAP) {
            throw new DomainRuleViolation("arena.plan.cap.range", 1, MAX_ARENA_BATTLE_CAP);
        }
        this.publicMode = mode;
        this.arenaSeed = seed;
        this.arenaReplicates = replicates;
        this.arenaBattleCap = battleCap;
    }

    /** Reviewers may save and submit score sheets (and administrators reopen them) only while the round is open. */
    public boolean acceptsScores() {
        return status.acceptsEvaluations();
    }

    /** Open: what an administrator may close now. */
    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    /** Scheduled and not missed: what an administrator may try to open now (the window and sequence decide). */
    public boolean isOpenable() {
        return status == RoundStatus.SCHEDULED && !isMissed();
    }

    /** Its window may still move: scheduled or open. */
    public boolean isPostponable() {
        return status == RoundStatus.SCHEDULED || status == RoundStatus.OPEN;
    }

    /**
     * Its rules (points per component, rubrics) are frozen: once the round has opened they change
     * only by a recorded, reasoned override.
     */
    public boolean isRulesFrozen() {
        return hasOpened();
    }

    /** It has opened: benchmark results and eligibility decisions may be entered (until publication). */
    public boolean hasOpened() {
        return status != RoundStatus.SCHEDULED && status != RoundStatus.CANCELLED;
    }

    /** Closed or published: ratings and scores may be aggregated (for administrators while closed, for all once published). */
    public boolean hasClosed() {
        return status.hasClosed();
    }

    /** Closed and not yet published: the tally is provisional, ties are settled, publication is next. */
    public boolean awaitsPublication() {
        return status.awaitsPublication();
    }

    /** The results are public (and frozen). */
    public boolean isPublished() {
        return status.isPublished();
    }

    /**
     * The round has not opened and will: scheduled with its window ahead, or waiting (held for the
     * previous review's results, or missed and waiting for a new window). A team registered now competes in it.
     */
    public boolean isYetToOpen(Instant now) {
        return status == RoundStatus.SCHEDULED && (isHeld() || isMissed() || phaseAt(now) == WindowPhase.UPCOMING);
    }

    /** Its status and window as the audit log records them. */
    public String describe() {
        return status + (isHeld() ? " (held)" : "") + (isMissed() ? " (missed)" : "") + " " + window
                + cancellation().map(c -> " reason: " + c.reason().ko()).orElse("");
    }

    private void requireStatus(RoundStatus required, String messageKey) {
        if (status != required) {
            throw new DomainRuleViolation(messageKey, number, status);
        }
    }

    /** The public criteria citizens rate every team on, in order. */
    public List<PublicCriterion> getPublicCriteria() {
        return List.copyOf(publicCriteria);
    }

    public WindowPhase phaseAt(Instant now) {
        if (now.isBefore(window.opensAt())) {
            return WindowPhase.UPCOMING;
        }
        return window.contains(now) ? WindowPhase.IN_WINDOW : WindowPhase.ENDED;
    }

    /** An administrator moved the window (or a held round got a new one): not a hold, a miss or a late opening. */
    public boolean isPostponed() {
        return postponements.stream().anyMatch(p -> p.kind() == Postponement.Kind.POSTPONEMENT);
    }

    /**
     * The whole window passed while the platform was down and no administrator has given the round
     * a new window yet: it waits, shown so to everyone.
     */
    public boolean isMissed() {
        return status == RoundStatus.SCHEDULED && lastDelay().filter(p -> p.kind() == Postponement.Kind.MISSED).isPresent();
    }

    /** It opened well after its window began, so its window was shortened (on record). */
    public boolean isOpenedLate() {
        return postponements.stream().anyMatch(p -> p.kind() == Postponement.Kind.LATE_OPENING);
    }

    private Optional<Postponement> lastDelay() {
        return postponements.isEmpty() ? Optional.empty() : Optional.of(postponements.get(postponements.size() - 1));
    }

    /** The window first planned, before any postponement. */
    public ReviewWindow originalWindow() {
        return postponements.isEmpty() ? window : postponements.get(0).oldWindow();
    }

    /**
     * The window arrived while the previous review was unpublished and the round waits for it:
     * still scheduled, and its latest delay on record is a hold (a postponement since gave it a
     * new appointment).
     */
    public boolean isHeld() {
        return status == RoundStatus.SCHEDULED && lastDelay().filter(Postponement::isHold).isPresent();
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getObjectionEndsAt() {
        return objectionEndsAt;
    }

    public List<Long> getTieOrder() {
        return List.copyOf(tieOrder);
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public ReviewWindow getWindow() {
        return window;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public int getPlannedEliminations() {
        return plannedEliminations;
    }

    public List<Postponement> getPostponements() {
        return List.copyOf(postponements);
    }

    public long getVersion() {
        return version;
    }

    // --- publication path (issue 21, helper C) ---

    /**
     * Its result is published and no correction is open: its tally inputs, sheets and targets are
     * frozen, and what it published stands (the one predicate for "published and no correction open").
     */
    public boolean isResultSettled() {
        return isPublished() && !acceptsCorrections();
    }

    /**
     * Every team that could object has waived its right to: the objection period ends at {@code at}
     * (the last waiver), unless it has ended already; never later than planned nor before publication.
     *
     * @return whether the period was shortened
     */
    public boolean endObjectionPeriodEarly(Instant at) {
        if (!isPublished() || objectionEndsAt == null || !at.isBefore(objectionEndsAt)) {
            return false;
        }
        objectionEndsAt = at.isBefore(getPublishedAt()) ? getPublishedAt() : at;
        return true;
    }
}
