package kr.go.msit.sovereignai.domain.round;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.arena.ArenaAnalysisPlan;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;

/**
 * A round's rulebook, part of {@link ReviewRound}: the points each component carries, the panels'
 * rubrics and the changes made to them after opening, the benchmark plan, the public criteria and how
 * citizens evaluate (rating or the arena, with the arena's analysis plan and battle cap). The round
 * decides whether the rules may change (they freeze when it opens); the rulebook keeps them adding up.
 */
@Embeddable
public class Rulebook {

    public static final int DEFAULT_ARENA_BATTLE_CAP = 30;
    public static final int MAX_ARENA_BATTLE_CAP = 2000;

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

    /** Whether only citizens whose identity was verified may vote (ballot and arena); see V22__verified_identity.sql. */
    @Column(name = "verified_identity_required", nullable = false)
    private boolean verifiedIdentityRequired;

    protected Rulebook() {}

    /** The default rules of round {@code number}: default points split evenly, overall satisfaction, an arena. */
    static Rulebook defaults(int number) {
        Rulebook rules = new Rulebook();
        rules.arenaSeed = number;
        rules.publicCriteria.add(PublicCriterion.overallSatisfaction());
        ComponentPoints defaults = ComponentPoints.defaults();
        rules.componentPoints.putAll(defaults.points());
        for (Panel panel : Panel.values()) {
            rules.setRubric(Rubric.defaultFor(panel, defaults.of(panel.component())));
        }
        rules.setBenchmarkPlan(BenchmarkPlan.defaultsFor(defaults.of(Component.BENCHMARK)));
        return rules;
    }

    /** The points each component carries in this round (its weights). */
    public ComponentPoints componentPoints() {
        return new ComponentPoints(componentPoints);
    }

    /** A panel's rubric, with the points its component carries. */
    public Rubric rubric(Panel panel) {
        return new Rubric(
                panel,
                componentPoints.get(panel.component()),
                rubricLines.stream()
                        .filter(line -> line.panel() == panel)
                        .map(RubricLine::criterion)
                        .toList());
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
            parts.add(benchmarkParts
                    .get(i)
                    .part(commonBenchmarks.stream()
                            .filter(b -> b.part() == part)
                            .map(CommonBenchmarkLine::name)
                            .toList()));
        }
        return new BenchmarkPlan(parts);
    }

    /** Changes made to rubrics after the round opened, oldest first. */
    public List<RubricOverride> rubricOverrides() {
        return List.copyOf(rubricOverrides);
    }

    /** The public criteria citizens rate every team on, in order. */
    public List<PublicCriterion> publicCriteria() {
        return List.copyOf(publicCriteria);
    }

    public PublicEvaluationMode publicMode() {
        return publicMode;
    }

    /** Citizens evaluate this round in the blind arena (not by rating teams by name). */
    public boolean isArena() {
        return publicMode == PublicEvaluationMode.ARENA;
    }

    /** Whether only citizens whose identity was verified may vote in this round (ballot and arena). */
    public boolean requiresVerifiedIdentity() {
        return verifiedIdentityRequired;
    }

    void requireVerifiedIdentity(boolean required) {
        this.verifiedIdentityRequired = required;
    }

    /** The arena analysis plan frozen at opening. */
    public ArenaAnalysisPlan arenaPlan() {
        return new ArenaAnalysisPlan(arenaSeed, arenaReplicates);
    }

    /** How many arena battles one citizen may be issued in this round. */
    public int arenaBattleCap() {
        return arenaBattleCap;
    }

    /**
     * New points for the components (the round checked its rules are not frozen). A panel whose rubric
     * no longer adds up to its new points gets the default even split (none at all at 0).
     */
    void changeComponentPoints(ComponentPoints points) {
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

    /** A new benchmark plan, which must add up to the benchmark points. */
    void changeBenchmarkPlan(BenchmarkPlan plan) {
        setBenchmarkPlan(plan.checkAddsUpTo(componentPoints.get(Component.BENCHMARK)));
    }

    /**
     * A panel's new rubric lines (they must add up to the points its component carries). Once the
     * rules are {@code frozen} a change needs a reason, keeps the number of lines, is refused once a
     * sheet of the panel was submitted, and is kept on record.
     */
    void changeRubric(
            int roundNumber,
            boolean frozen,
            Panel panel,
            List<RubricCriterion> lines,
            String reason,
            boolean sheetsSubmitted,
            String changedBy,
            Instant changedAt) {
        Rubric before = rubric(panel);
        Rubric after = new Rubric(panel, before.componentPoints(), lines);
        if (frozen) {
            if (reason == null || reason.isBlank()) {
                throw new DomainRuleViolation("rubric.frozen", roundNumber);
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

    /** How citizens evaluate, with the arena's plan and the per-citizen battle cap, each within its range. */
    void choosePublicEvaluation(PublicEvaluationMode mode, long seed, int replicates, int battleCap) {
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
}
