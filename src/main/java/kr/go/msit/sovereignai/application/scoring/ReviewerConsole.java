package kr.go.msit.sovereignai.application.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.audit.RefusalLog;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Assignment;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Conflict;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Line;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Sheet;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.TeamSheet;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.RoundNotOpen;
import kr.go.msit.sovereignai.domain.round.Rubric;
import kr.go.msit.sovereignai.domain.scoring.ConflictKind;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * A reviewer's own work: their assigned rounds and teams, their conflicts of interest, and their
 * score sheets. A reviewer never sees another reviewer's identity or sheets, nor a team they are
 * conflicted with; a forged request for one is refused here and recorded.
 */
@Stateless
@RolesAllowed(Role.EXPERT_NAME)
public class ReviewerConsole {

    private final AccountRepository accounts;
    private final PanelRepository panels;
    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final RefusalLog refusals;
    private final ConflictDeclarations conflictDeclarations;
    private final Event<StateChange> changes;
    private final Clock clock;
    private final Principal caller;

    @Inject
    public ReviewerConsole(
            AccountRepository accounts,
            PanelRepository panels,
            ReviewRoundRepository rounds,
            TeamRepository teams,
            RefusalLog refusals,
            ConflictDeclarations conflictDeclarations,
            Event<StateChange> changes,
            Clock clock,
            Principal caller) {
        this.accounts = accounts;
        this.panels = panels;
        this.rounds = rounds;
        this.teams = teams;
        this.refusals = refusals;
        this.conflictDeclarations = conflictDeclarations;
        this.changes = changes;
        this.clock = clock;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected ReviewerConsole() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** The rounds the caller is assigned to, latest first, each with the teams they score. */
    public List<Assignment> assignments() {
        Account reviewer = caller();
        Set<Long> assignedRounds = panels.roundsOf(reviewer.getId());
        Set<Long> conflicted = panels.conflictsOf(reviewer.getId()).stream()
                .map(ConflictOfInterest::getTeamId)
                .collect(Collectors.toSet());
        List<Assignment> assignments = new ArrayList<>();
        for (ReviewRound round : rounds.findAll()) {
            if (assignedRounds.contains(round.getId())) {
                Map<Long, SheetStatus> myStatus = panels.sheetsOf(round.getId()).stream()
                        .filter(s -> s.getReviewerId() == reviewer.getId())
                        .collect(Collectors.toMap(ScoreSheet::getTeamId, ScoreSheet::getStatus));
                List<TeamSheet> sheets = teams.competingIn(round).stream()
                        .filter(team -> !conflicted.contains(team.getId()))
                        .map(team ->
                                new TeamSheet(team.getId(), team.getCode(), team.getName(), myStatus.get(team.getId())))
                        .toList();
                assignments.add(new Assignment(
                        round.getNumber(),
                        round.getStatus().name(),
                        round.timeline().window().closesAt(),
                        sheets));
            }
        }
        assignments.sort(Comparator.comparingInt(Assignment::roundNumber).reversed());
        return assignments;
    }

    public List<Conflict> conflicts() {
        return panels.conflictsOf(caller().getId()).stream()
                .map(c -> new Conflict(c.getTeamId(), c.getKind(), c.getOrganisation(), c.getNote()))
                .toList();
    }

    /** Declares a tie to a team (any organisation of the consortium); from then on the team is not offered. */
    public void declareConflict(long teamId, ConflictKind kind, String organisation, String note) {
        Account reviewer = caller();
        Team team = teams.find(teamId).orElseThrow(() -> new NotFound("team.notFound"));
        conflictDeclarations.requireAdmitted(reviewer.getId(), team.getId());
        panels.store(new ConflictOfInterest(
                reviewer.getId(), team.getId(), kind, organisation, note, reviewer.getEmail(), clock.instant()));
        changes.fire(new StateChange(
                AuditAction.CONFLICT_DECLARED,
                "reviewer " + reviewer.getId() + ", team " + team.getId(),
                null,
                kind + " " + organisation));
    }

    /** The caller's sheet for a team (empty scores when not started). */
    public Sheet sheet(int roundNumber, long teamId) {
        Account reviewer = caller();
        ReviewRound round = permittedRound(reviewer, roundNumber, teamId, "read sheet");
        Team team = teams.find(teamId).orElseThrow();
        Rubric rubric = round.rulebook().rubric(reviewer.getPanel());
        ScoreSheet sheet =
                panels.findSheet(round.getId(), reviewer.getId(), teamId).orElse(null);
        List<BigDecimal> scores =
                sheet == null ? Collections.nCopies(rubric.criteria().size(), null) : sheet.scoresFor(rubric);
        return new Sheet(
                round.getNumber(),
                round.isOpen() || (sheet != null && sheet.isCorrectableIn(round)),
                teamId,
                team.getName(),
                reviewer.getPanel(),
                rubric.criteria().stream()
                        .map(c -> new Line(c.label(), c.maxPoints()))
                        .toList(),
                scores,
                sheet == null ? null : sheet.getJustification(),
                sheet == null ? null : sheet.getStatus(),
                sheet == null ? -1 : sheet.getVersion());
    }

    /** Saves the caller's scores as a draft; only while the round is open. */
    public Sheet saveDraft(int roundNumber, long teamId, List<BigDecimal> scores, String justification) {
        write(roundNumber, teamId, null, scores, justification, false);
        return sheet(roundNumber, teamId);
    }

    /**
     * Saves a draft over the sheet the reviewer was shown ({@code expectedVersion}, -1 for none
     * yet): a save made meanwhile (another tab) is refused with {@code score.changedElsewhere}
     * rather than silently overwritten.
     */
    public Sheet saveDraft(
            int roundNumber, long teamId, long expectedVersion, List<BigDecimal> scores, String justification) {
        write(roundNumber, teamId, expectedVersion, scores, justification, false);
        return sheet(roundNumber, teamId);
    }

    /** Saves and submits the caller's sheet, which is then locked. */
    public Sheet submit(int roundNumber, long teamId, List<BigDecimal> scores, String justification) {
        write(roundNumber, teamId, null, scores, justification, true);
        return sheet(roundNumber, teamId);
    }

    /** Saves and submits the sheet the reviewer was shown ({@code expectedVersion}, as for {@link #saveDraft}). */
    public Sheet submit(
            int roundNumber, long teamId, long expectedVersion, List<BigDecimal> scores, String justification) {
        write(roundNumber, teamId, expectedVersion, scores, justification, true);
        return sheet(roundNumber, teamId);
    }

    private void write(
            int roundNumber,
            long teamId,
            Long expectedVersion,
            List<BigDecimal> scores,
            String justification,
            boolean submit) {
        Account reviewer = caller();
        ReviewRound round = permittedRound(reviewer, roundNumber, teamId, submit ? "submit sheet" : "save sheet");
        ScoreSheet sheet = panels.findSheet(round.getId(), reviewer.getId(), teamId)
                .orElseGet(() -> new ScoreSheet(round.getId(), reviewer.getId(), teamId, reviewer.getPanel()));
        // Under the round's input gate: a sheet that commits after the close committed is refused, never counted
        // silently.
        // A published round takes only a sheet reopened for a correction of its result, checked under the round's lock
        // (republication takes it too): a resubmission lands before a republication in flight, or is refused after it.
        if (round.isPublished()) {
            rounds.lock(round);
        }
        if (!sheet.isCorrectableIn(round)
                && !rounds.statusAtInputGate(round.getId()).acceptsEvaluations()) {
            throw new RoundNotOpen("score.roundNotOpen", roundNumber);
        }
        Rubric rubric = round.rulebook().rubric(reviewer.getPanel());
        if (expectedVersion != null && (sheet.getId() == null ? -1 : sheet.getVersion()) != expectedVersion) {
            throw new DomainRuleViolation("score.changedElsewhere");
        }
        sheet.saveDraft(rubric, scores, justification);
        if (submit) {
            sheet.submit(rubric, clock.instant());
        }
        panels.store(sheet);
    }

    /** The round, when the caller is assigned to it and not conflicted with the team; else refused and recorded. */
    private ReviewRound permittedRound(Account reviewer, int roundNumber, long teamId, String action) {
        ReviewRound round = rounds.require(roundNumber);
        Team team = teams.find(teamId).orElseThrow(() -> new NotFound("team.notFound"));
        if (!panels.isAssigned(reviewer.getId(), round.getId())) {
            refusals.record(reviewer.getEmail(), action, "not assigned to round " + roundNumber);
            throw new DomainRuleViolation("reviewer.notAssigned", roundNumber);
        }
        if (panels.isConflicted(reviewer.getId(), teamId)
                || competing(round).stream().noneMatch(t -> t.getId() == teamId)) {
            refusals.record(
                    reviewer.getEmail(),
                    action,
                    "team " + team.getCode() + " in round " + roundNumber + " is not theirs to score");
            throw new DomainRuleViolation("reviewer.teamNotOffered");
        }
        return round;
    }

    private List<Team> competing(ReviewRound round) {
        return teams.competingIn(round);
    }

    private Account caller() {
        return accounts.findByEmail(EmailAddress.canonical(caller.getName()))
                .filter(a -> a.getRole() == Role.EXPERT)
                .orElseThrow(() -> new NotFound("reviewer.notFound"));
    }
}
