package kr.go.msit.sovereignai.application.arena;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.arena.ArenaViews.AnswerSetLine;
import kr.go.msit.sovereignai.application.arena.ArenaViews.ArenaSetup;
import kr.go.msit.sovereignai.application.arena.ArenaViews.FlaggedAnswer;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PromptLine;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.arena.AnswerSet;
import kr.go.msit.sovereignai.domain.arena.AnswerSetFile;
import kr.go.msit.sovereignai.domain.arena.ArenaRepository;
import kr.go.msit.sovereignai.domain.arena.CommittedPrompt;
import kr.go.msit.sovereignai.domain.arena.IdentityScreen;
import kr.go.msit.sovereignai.domain.arena.PromptSet;
import kr.go.msit.sovereignai.domain.arena.PromptSetFile;
import kr.go.msit.sovereignai.domain.arena.TeamAnswer;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.PublicEvaluationMode;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * An administrator prepares a round's public evaluation: arena or rating, the arena's analysis plan
 * and battle cap, the committed prompt set and when it is released, each team's answers, and the
 * identity screen's decisions. All of it only while the round is scheduled; at opening it is frozen.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ArenaAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int EXCERPT = 160;

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final ArenaRepository arena;
    private final Event<StateChange> changes;
    private final Principal caller;
    private final Clock clock;

    @Inject
    public ArenaAdministration(
            ReviewRoundRepository rounds,
            TeamRepository teams,
            ArenaRepository arena,
            Event<StateChange> changes,
            Principal caller,
            Clock clock) {
        this.rounds = rounds;
        this.teams = teams;
        this.arena = arena;
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected ArenaAdministration() {
        this(null, null, null, null, null, null);
    }

    /** The round's public evaluation as the administrator's arena page shows it. */
    public ArenaSetup setup(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        List<Team> competing = teams.competingIn(round);
        Map<Long, Team> byId = teams.findAll().stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        List<CommittedPrompt> prompts = arena.prompts(round.getId());
        Map<Long, CommittedPrompt> promptsById =
                prompts.stream().collect(Collectors.toMap(CommittedPrompt::getId, Function.identity()));
        Map<Long, AnswerSet> sets = arena.answerSets(round.getId()).stream()
                .collect(Collectors.toMap(AnswerSet::getTeamId, Function.identity()));
        List<AnswerSetLine> answerSets = competing.stream()
                .map(t -> {
                    AnswerSet set = sets.get(t.getId());
                    return new AnswerSetLine(
                            t.getId(),
                            t.getCode(),
                            t.getName(),
                            set == null ? null : set.getSha256(),
                            set == null ? null : set.getUploadedAt());
                })
                .toList();
        List<FlaggedAnswer> flagged = arena.answers(round.getId()).stream()
                .filter(TeamAnswer::isFlagged)
                .map(a -> {
                    Team team = byId.get(a.getTeamId());
                    CommittedPrompt prompt = promptsById.get(a.getPromptId());
                    String excerpt = a.getAnswer().length() > EXCERPT
                            ? a.getAnswer().substring(0, EXCERPT) + "…"
                            : a.getAnswer();
                    return new FlaggedAnswer(
                            a.getTeamId(),
                            team.getCode(),
                            team.getName(),
                            prompt.getKey(),
                            a.revealingTermList(),
                            a.getKeptReason(),
                            prompt.isExcluded(),
                            excerpt);
                })
                .toList();
        var promptSet = arena.promptSet(round.getId());
        return new ArenaSetup(
                roundNumber,
                round.getStatus(),
                ArenaReading.rules(round, promptSet, clock.instant()),
                !round.hasOpened() && !round.isCancelled(),
                round.acceptsArenaMaterial(),
                prompts.stream()
                        .map(p -> new PromptLine(
                                p.getKey(),
                                p.getCategory(),
                                p.getTextKo(),
                                p.getTextEn(),
                                p.isExcluded(),
                                p.getExclusionReason()))
                        .toList(),
                answerSets,
                flagged,
                screen(round).terms(),
                promptSet.map(PromptSet::getExtraTerms).orElse(null),
                notReady(round, prompts, answerSets, flagged),
                arena.battleCounts(round.getId()),
                arena.cellFill(round.getId()));
    }

    /** What still keeps the round's arena from being ready to open, as message keys with a team code or prompt where it applies. */
    private static List<String> notReady(
            ReviewRound round,
            List<CommittedPrompt> prompts,
            List<AnswerSetLine> answerSets,
            List<FlaggedAnswer> flagged) {
        List<String> missing = new ArrayList<>();
        if (!round.rulebook().isArena() || round.hasOpened()) {
            return missing;
        }
        if (prompts.isEmpty()) {
            missing.add("arena.notReady.prompts");
        }
        answerSets.stream()
                .filter(s -> s.sha256() == null)
                .forEach(s -> missing.add("arena.notReady.answers:" + s.teamCode()));
        flagged.stream()
                .filter(FlaggedAnswer::undecided)
                .forEach(f -> missing.add("arena.notReady.flagged:" + f.teamCode() + " / " + f.promptKey()));
        return missing;
    }

    /** Chooses arena or rating for a scheduled round, with the arena's seed, replicates and per-citizen battle cap. */
    public void choosePublicEvaluation(
            int roundNumber, @NotNull PublicEvaluationMode mode, long seed, int replicates, int battleCap) {
        ReviewRound round = rounds.require(roundNumber);
        String before = describeRules(round);
        round.choosePublicEvaluation(mode, seed, replicates, battleCap);
        rounds.flushChanges(round);
        changes.fire(new StateChange(
                AuditAction.PUBLIC_EVALUATION_CHOSEN, "review " + roundNumber, before, describeRules(round)));
    }

    private static String describeRules(ReviewRound round) {
        return round.rulebook().publicMode() + " seed "
                + round.rulebook().arenaPlan().seed() + " replicates "
                + round.rulebook().arenaPlan().replicates() + " cap "
                + round.rulebook().arenaBattleCap();
    }

    /**
     * Commits the round's prompt set from an uploaded file: its digest becomes public at once. A new
     * upload replaces an earlier one (and drops the answers uploaded for it) until the prompts are released.
     */
    public String commitPrompts(int roundNumber, byte[] content, String fileName) {
        ReviewRound round = material(roundNumber);
        PromptSetFile.Parsed parsed = PromptSetFile.parse(content, fileName);
        Instant now = clock.instant();
        var existing = arena.promptSet(round.getId());
        String before = existing.map(s -> s.getSha256() + " (" + s.getPromptCount() + " prompts)")
                .orElse(null);
        PromptSet set;
        if (existing.isPresent()) {
            set = existing.get();
            if (set.isReleasedAt(now)) {
                throw new DomainRuleViolation("arena.prompts.released");
            }
            set.recommit(parsed.sha256(), parsed.prompts().size(), now, caller.getName());
        } else {
            byte[] salt = new byte[32];
            RANDOM.nextBytes(salt);
            set = new PromptSet(
                    round.getId(),
                    parsed.sha256(),
                    parsed.prompts().size(),
                    now,
                    caller.getName(),
                    HexFormat.of().formatHex(salt));
        }
        arena.commitPrompts(set, parsed.prompts());
        changes.fire(new StateChange(
                AuditAction.ARENA_PROMPTS_COMMITTED,
                "review " + roundNumber,
                before,
                parsed.sha256() + " (" + parsed.prompts().size() + " prompts)"));
        return parsed.sha256();
    }

    /** Sets when the prompts are released to the teams and published; from then on they cannot change. */
    public void releasePromptsAt(int roundNumber, @NotNull Instant releaseAt) {
        ReviewRound round = material(roundNumber);
        PromptSet set =
                arena.promptSet(round.getId()).orElseThrow(() -> new DomainRuleViolation("arena.notReady.prompts"));
        Instant before = set.getReleaseAt();
        set.releaseAt(releaseAt, clock.instant());
        changes.fire(new StateChange(
                AuditAction.ARENA_PROMPTS_RELEASE_SET,
                "review " + roundNumber,
                String.valueOf(before),
                releaseAt.toString()));
    }

    /** Extra identity-screen terms (beyond the programme's names); every stored answer is screened again. */
    public void changeScreenTerms(int roundNumber, String terms) {
        ReviewRound round = material(roundNumber);
        PromptSet set =
                arena.promptSet(round.getId()).orElseThrow(() -> new DomainRuleViolation("arena.notReady.prompts"));
        String before = set.getExtraTerms();
        set.changeExtraTerms(terms);
        IdentityScreen screen = screen(round);
        arena.answers(round.getId()).forEach(a -> a.rescreen(screen.revealedInAnswer(a.getAnswer())));
        changes.fire(
                new StateChange(AuditAction.ARENA_TERMS_CHANGED, "review " + roundNumber, before, set.getExtraTerms()));
    }

    /**
     * Stores a team's answers from an uploaded JSONL file: every prompt answered exactly once, or the
     * file is refused with its first problems and nothing is stored. Each answer is screened for
     * words that would reveal the team. Returns the file's digest.
     */
    public String uploadAnswers(int roundNumber, long teamId, byte[] content) {
        ReviewRound round = material(roundNumber);
        Team team = teams.competingIn(round).stream()
                .filter(t -> t.getId() == teamId)
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation("tally.teamNotCompeting", teamId, roundNumber));
        List<CommittedPrompt> prompts = arena.prompts(round.getId());
        if (prompts.isEmpty()) {
            throw new DomainRuleViolation("arena.notReady.prompts");
        }
        Map<String, CommittedPrompt> byKey =
                prompts.stream().collect(Collectors.toMap(CommittedPrompt::getKey, Function.identity()));
        AnswerSetFile.Parsed parsed = AnswerSetFile.parse(content, byKey.keySet());
        IdentityScreen screen = screen(round);
        Instant now = clock.instant();
        List<TeamAnswer> answers = parsed.answers().entrySet().stream()
                .map(e -> new TeamAnswer(
                        round.getId(),
                        teamId,
                        byKey.get(e.getKey()).getId(),
                        e.getValue(),
                        screen.revealedInAnswer(e.getValue())))
                .toList();
        String before = arena.answerSets(round.getId()).stream()
                .filter(s -> s.getTeamId() == teamId)
                .map(AnswerSet::getSha256)
                .findFirst()
                .orElse(null);
        arena.storeAnswers(new AnswerSet(round.getId(), teamId, parsed.sha256(), now, caller.getName()), answers);
        long flagged = answers.stream().filter(TeamAnswer::isFlagged).count();
        changes.fire(new StateChange(
                AuditAction.ARENA_ANSWERS_UPLOADED,
                "review " + roundNumber + " team " + team.getCode(),
                before,
                parsed.sha256() + " (" + answers.size() + " answers, " + flagged + " flagged)"));
        return parsed.sha256();
    }

    /** Excludes a prompt for every team, with the reason (one of its answers revealed a team). */
    public void excludePrompt(int roundNumber, String promptKey, String reason) {
        ReviewRound round = material(roundNumber);
        CommittedPrompt prompt = prompt(round, promptKey);
        prompt.exclude(reason);
        changes.fire(new StateChange(
                AuditAction.ARENA_PROMPT_EXCLUDED,
                "review " + roundNumber + " prompt " + promptKey,
                null,
                "excluded: " + prompt.getExclusionReason()));
    }

    /** Keeps a flagged answer in the arena, with the reason (the term does not reveal the team here). */
    public void keepAnswer(int roundNumber, long teamId, String promptKey, String reason) {
        ReviewRound round = material(roundNumber);
        CommittedPrompt prompt = prompt(round, promptKey);
        TeamAnswer answer = arena.answer(round.getId(), teamId, prompt.getId())
                .filter(TeamAnswer::isFlagged)
                .orElseThrow(() -> new DomainRuleViolation("arena.answer.notFlagged", promptKey));
        answer.keep(reason);
        String code = teams.find(teamId).map(Team::getCode).orElse("#" + teamId);
        changes.fire(new StateChange(
                AuditAction.ARENA_ANSWER_KEPT,
                "review " + roundNumber + " team " + code + " prompt " + promptKey,
                answer.getRevealingTerms(),
                "kept: " + answer.getKeptReason()));
    }

    private CommittedPrompt prompt(ReviewRound round, String promptKey) {
        return arena.prompts(round.getId()).stream()
                .filter(p -> p.getKey().equals(promptKey))
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation("arena.prompt.unknown", String.valueOf(promptKey)));
    }

    /** A round whose arena material may still change: an arena round not yet opened. */
    private ReviewRound material(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.acceptsArenaMaterial()) {
            throw new DomainRuleViolation(
                    round.rulebook().isArena() ? "arena.material.frozen" : "arena.material.notArena", roundNumber);
        }
        return round;
    }

    /** The identity screen for a round: every name of the programme (teams, organisations, models) and the round's extra terms. */
    private IdentityScreen screen(ReviewRound round) {
        Set<String> terms = new LinkedHashSet<>();
        for (Team team : teams.findAll()) {
            terms.add(team.getName().ko());
            terms.add(team.getName().en());
            terms.add(team.getLeadOrganisation());
            terms.addAll(team.getMemberOrganisations());
            terms.add(team.getModelName());
        }
        terms.remove(null);
        arena.promptSet(round.getId()).ifPresent(set -> terms.addAll(set.extraTermList()));
        return new IdentityScreen(terms);
    }
}
