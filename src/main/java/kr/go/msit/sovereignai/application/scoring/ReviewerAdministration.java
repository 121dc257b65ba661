package kr.go.msit.sovereignai.application.scoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.NewReviewer;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Progress;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.ProgressRow;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.ReviewerSummary;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.OneTimeLink;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.scoring.ConflictKind;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest;
import kr.go.msit.sovereignai.domain.scoring.CountedSheets;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/** Administrators create reviewer accounts, assign them to rounds, record conflicts and follow progress. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReviewerAdministration {

    private final ConflictDeclarations conflictDeclarations;
    private final AccountRepository accounts;
    private final PanelRepository panels;
    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final PasswordHashing passwordHashing;
    private final Event<StateChange> changes;
    private final Clock clock;
    private final Principal caller;

    @Inject
    public ReviewerAdministration(
            ConflictDeclarations conflictDeclarations,
            AccountRepository accounts,
            PanelRepository panels,
            ReviewRoundRepository rounds,
            TeamRepository teams,
            PasswordHashing passwordHashing,
            Event<StateChange> changes,
            Clock clock,
            Principal caller) {
        this.conflictDeclarations = conflictDeclarations;
        this.accounts = accounts;
        this.panels = panels;
        this.rounds = rounds;
        this.teams = teams;
        this.passwordHashing = passwordHashing;
        this.changes = changes;
        this.clock = clock;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected ReviewerAdministration() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /**
     * Creates a reviewer on a panel. The account cannot sign in until the reviewer sets a
     * password with the returned one-time secret (valid for a week), shown once.
     */
    public NewReviewer createReviewer(String email, String displayName, Panel panel) {
        String canonical = EmailAddress.canonical(email);
        if (accounts.findByEmail(canonical).isPresent()) {
            throw new InvalidInput(InvalidInput.Input.EMAIL, "account.email.taken");
        }
        Instant now = clock.instant();
        Account reviewer = Account.reviewer(
                canonical,
                displayName,
                panel,
                passwordHashing.hash(OneTimeLink.newSecret().toCharArray()),
                now);
        accounts.store(reviewer);
        String secret = OneTimeLink.newSecret();
        OneTimeLink link = new OneTimeLink(reviewer.getId(), OneTimeLink.Purpose.SET_PASSWORD, secret, now);
        accounts.store(link);
        changes.fire(new StateChange(AuditAction.REVIEWER_CREATED, "reviewer " + reviewer.getId(), null, panel.name()));
        return new NewReviewer(reviewer.getId(), secret, link.getExpiresAt());
    }

    public List<ReviewerSummary> reviewers() {
        Map<Long, Integer> roundNumbers =
                rounds.findAll().stream().collect(Collectors.toMap(ReviewRound::getId, ReviewRound::getNumber));
        return accounts.reviewers().stream()
                .map(r -> new ReviewerSummary(
                        r.getId(),
                        r.getEmail(),
                        r.getDisplayName(),
                        r.getPanel(),
                        panels.roundsOf(r.getId()).stream()
                                .map(roundNumbers::get)
                                .sorted()
                                .toList()))
                .toList();
    }

    /** The id of the reviewer with this email, if there is one. */
    public java.util.Optional<Long> findReviewer(String email) {
        return accounts.findByEmail(EmailAddress.canonical(email))
                .filter(a -> a.getRole() == Role.EXPERT)
                .map(Account::getId);
    }

    public void assign(long reviewerId, int roundNumber) {
        reviewer(reviewerId);
        panels.assign(reviewerId, rounds.require(roundNumber).getId());
        changes.fire(new StateChange(
                AuditAction.REVIEWER_ASSIGNED, "reviewer " + reviewerId, null, "review " + roundNumber));
    }

    public void recordConflict(long reviewerId, long teamId, ConflictKind kind, String organisation, String note) {
        reviewer(reviewerId);
        teams.find(teamId).orElseThrow(() -> new NotFound("team.notFound"));
        conflictDeclarations.requireAdmitted(reviewerId, teamId);
        panels.store(new ConflictOfInterest(
                reviewerId, teamId, kind, organisation, note, caller.getName(), clock.instant()));
        changes.fire(new StateChange(
                AuditAction.CONFLICT_RECORDED,
                "reviewer " + reviewerId + ", team " + teamId,
                null,
                kind + " " + organisation));
    }

    /** Unlocks a submitted sheet for its reviewer; the reason and the administrator are kept with it. */
    public void reopenSheet(long sheetId, String reason) {
        ScoreSheet sheet = panels.findSheet(sheetId).orElseThrow(() -> new NotFound("score.notFound"));
        // A sheet reopened after closing could never be submitted again and would drop out of the tally;
        // read under the round's input gate, so a reopening racing the close commits before it or is refused.
        // During a correction of a published result (an upheld objection) a sheet may be reopened to be submitted
        // again.
        ReviewRound ofSheet = rounds.findAll().stream()
                .filter(r -> r.getId() == sheet.getRoundId())
                .findFirst()
                .orElseThrow();
        if (ofSheet.isPublished()) {
            rounds.lock(ofSheet);
        }
        boolean correcting = ofSheet.acceptsCorrections();
        if (!correcting && !rounds.statusAtInputGate(sheet.getRoundId()).acceptsEvaluations()) {
            throw new DomainRuleViolation("score.reopen.roundNotOpen");
        }
        sheet.reopen(reason, caller.getName(), clock.instant());
        changes.fire(new StateChange(AuditAction.SHEET_REOPENED, "sheet " + sheetId, "SUBMITTED", "DRAFT: " + reason));
    }

    /** The round's submitted sheets, to pick one to reopen; never their scores. */
    public List<ReviewViews.SubmittedSheet> submittedSheets(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        return panels.sheetsOf(round.getId()).stream()
                .filter(s -> s.getStatus() == SheetStatus.SUBMITTED)
                .map(s -> new ReviewViews.SubmittedSheet(
                        s.getId(),
                        accounts.find(s.getReviewerId())
                                .map(Account::getDisplayName)
                                .orElse("?"),
                        teams.find(s.getTeamId()).map(t -> t.getName().ko()).orElse("?"),
                        s.getSubmittedAt()))
                .toList();
    }

    /** Submitted and expected sheets per reviewer and per team; never scores. */
    public Progress progress(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        List<Team> competing = teams.competingIn(round);
        Map<Long, Team> teamById = competing.stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        List<ScoreSheet> sheets = panels.sheetsOf(round.getId());
        List<ProgressRow> byReviewer = new ArrayList<>();
        Map<Long, long[]> perTeam = new java.util.TreeMap<>();
        competing.forEach(t -> perTeam.put(t.getId(), new long[2]));
        for (long reviewerId : panels.reviewersOf(round.getId())) {
            Account reviewer = accounts.find(reviewerId).orElseThrow();
            Set<Long> conflicted = panels.conflictsOf(reviewerId).stream()
                    .map(ConflictOfInterest::getTeamId)
                    .collect(Collectors.toSet());
            List<Team> theirs = competing.stream()
                    .filter(t -> !conflicted.contains(t.getId()))
                    .toList();
            List<ScoreSheet> counted = CountedSheets.of(
                    round,
                    sheets.stream().filter(s -> s.getReviewerId() == reviewerId).toList(),
                    panels.conflictsOf(reviewerId),
                    perTeam.keySet());
            byReviewer.add(new ProgressRow(reviewer.getDisplayName(), counted.size(), theirs.size()));
            theirs.forEach(t -> perTeam.get(t.getId())[1]++);
            counted.forEach(s -> perTeam.get(s.getTeamId())[0]++);
        }
        List<ProgressRow> byTeam = perTeam.entrySet().stream()
                .map(e -> new ProgressRow(teamById.get(e.getKey()).getName().ko(), e.getValue()[0], e.getValue()[1]))
                .toList();
        return new Progress(roundNumber, byReviewer, byTeam);
    }

    private Account reviewer(long reviewerId) {
        return accounts.find(reviewerId)
                .filter(a -> a.getRole() == Role.EXPERT)
                .orElseThrow(() -> new NotFound("reviewer.notFound"));
    }
}
