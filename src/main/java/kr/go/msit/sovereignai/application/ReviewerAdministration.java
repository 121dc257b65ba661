package kr.go.msit.sovereignai.application;

import kr.go.msit.sovereignai.domain.audit.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.ReviewViews.NewReviewer;
import kr.go.msit.sovereignai.application.ReviewViews.Progress;
import kr.go.msit.sovereignai.application.ReviewViews.ProgressRow;
import kr.go.msit.sovereignai.application.ReviewViews.ReviewerSummary;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;
import kr.go.msit.sovereignai.domain.account.PasswordSetupLink;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ComponentPoints;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.scoring.ConflictKind;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest;
import kr.go.msit.sovereignai.domain.scoring.Panel;
import kr.go.msit.sovereignai.domain.scoring.ReviewRepository;
import kr.go.msit.sovereignai.domain.scoring.Rubric;
import kr.go.msit.sovereignai.domain.scoring.RubricCriterion;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/** Administrators create reviewer accounts, assign them to rounds, record conflicts and follow progress. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ReviewerAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ConflictDeclarations conflictDeclarations;

    @Inject
    AccountRepository accounts;

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    TeamRepository teams;

    @Inject
    ResultRepository results;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

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
        Account reviewer = Account.reviewer(canonical, displayName, panel, passwordHashing.hash(secret().toCharArray()), now);
        accounts.store(reviewer);
        String secret = secret();
        PasswordSetupLink link = new PasswordSetupLink(reviewer.getId(), secret, now);
        accounts.store(link);
        audit.record(AuditAction.REVIEWER_CREATED, "reviewer " + reviewer.getId(), null, panel.name());
        return new NewReviewer(reviewer.getId(), secret, link.getExpiresAt());
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public List<ReviewerSummary> reviewers() {
        Map<Long, Integer> roundNumbers = rounds.findAll().stream().collect(Collectors.toMap(ReviewRound::getId, ReviewRound::getNumber));
        return accounts.reviewers().stream()
                .map(r -> new ReviewerSummary(r.getId(), r.getEmail(), r.getDisplayName(), r.getPanel(),
                        reviews.roundsOf(r.getId()).stream().map(roundNumbers::get).sorted().toList()))
                .toList();
    }

    /** The id of the reviewer with this email, if there is one. */
    public java.util.Optional<Long> findReviewer(String email) {
        return accounts.findByEmail(EmailAddress.canonical(email)).filter(a -> a.getRole() == Role.EXPERT).map(Account::getId);
    }

    public void assign(long reviewerId, int roundNumber) {
        reviewer(reviewerId);
        reviews.assign(reviewerId, rounds.require(roundNumber).getId());
        audit.record(AuditAction.REVIEWER_ASSIGNED, "reviewer " + reviewerId, null, "review " + roundNumber);
    }

    public void recordConflict(long reviewerId, long teamId, ConflictKind kind, String organisation, String note) {
        reviewer(reviewerId);
        teams.find(teamId).orElseThrow(() -> new NotFound("team.notFound"));
        conflictDeclarations.requireAdmitted(reviewerId, teamId);
        reviews.store(new ConflictOfInterest(reviewerId, teamId, kind, organisation, note,
                session.getCallerPrincipal().getName(), clock.instant()));
        audit.record(AuditAction.CONFLICT_RECORDED, "reviewer " + reviewerId + ", team " + teamId, null, kind + " " + organisation);
    }

    /** A panel's rubric in a round. */
    public Rubric rubric(int roundNumber, Panel panel) {
        return reviews.rubric(rounds.require(roundNumber).getId(), panel);
    }

    /** The points each component carries in a round. */
    public Map<Component, BigDecimal> componentPoints(int roundNumber) {
        return results.componentPoints(rounds.require(roundNumber).getId());
    }

    /**
     * Changes the points the round's components carry (their weights), only while the round is
     * scheduled. A panel whose rubric no longer adds up to its new points gets the default even
     * split (none at all when its component now carries 0); the change is recorded.
     */
    public void changeComponentPoints(int roundNumber, @NotNull Map<Component, BigDecimal> points) {
        ReviewRound round = rounds.require(roundNumber);
        if (round.isRulesFrozen()) {
            throw new DomainRuleViolation("weights.frozen", roundNumber);
        }
        ComponentPoints after = new ComponentPoints(points);
        Map<Component, BigDecimal> before = results.componentPoints(round.getId());
        Map<Panel, Rubric> rubrics = new EnumMap<>(Panel.class);
        for (Panel panel : Panel.values()) {
            Rubric current = reviews.rubric(round.getId(), panel);
            BigDecimal newPoints = after.of(panel.component());
            rubrics.put(panel, current.componentPoints().compareTo(newPoints) == 0 ? current
                    : newPoints.signum() == 0 ? new Rubric(panel, newPoints, List.of()) : Rubric.defaultFor(panel, newPoints));
        }
        results.store(round.getId(), after);
        rubrics.forEach((panel, rubric) -> reviews.store(round.getId(), rubric));
        audit.record(AuditAction.COMPONENT_POINTS_CHANGED, "review " + roundNumber, before.toString(), after.points().toString());
    }

    /**
     * Replaces a panel's rubric. Free while the round is scheduled; once it has opened the rubric
     * is frozen, and a change needs a reason, keeps the number of lines, and is recorded.
     */
    public void changeRubric(int roundNumber, Panel panel, List<RubricCriterion> lines, String reason) {
        ReviewRound round = rounds.require(roundNumber);
        Rubric before = reviews.rubric(round.getId(), panel);
        Rubric after = new Rubric(panel, before.componentPoints(), lines);
        if (round.isRulesFrozen()) {
            if (reason == null || reason.isBlank()) {
                throw new DomainRuleViolation("rubric.frozen", roundNumber);
            }
            if (after.criteria().size() != before.criteria().size()) {
                throw new DomainRuleViolation("rubric.frozen.lineCount");
            }
            if (reviews.sheetsOf(round.getId()).stream().anyMatch(s -> s.getPanel() == panel && s.getStatus() == SheetStatus.SUBMITTED)) {
                throw new DomainRuleViolation("rubric.frozen.sheetsSubmitted");
            }
            reviews.recordRubricOverride(round.getId(), panel, reason.strip(), describe(before), describe(after),
                    session.getCallerPrincipal().getName());
        }
        reviews.store(round.getId(), after);
        audit.record(AuditAction.RUBRIC_CHANGED, "review " + roundNumber + " " + panel, describe(before),
                describe(after) + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")"));
    }

    private static String describe(Rubric rubric) {
        String text = rubric.criteria().stream().map(c -> c.labelKo() + " / " + c.labelEn() + " " + c.maxPoints())
                .collect(Collectors.joining("; "));
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /** Unlocks a submitted sheet for its reviewer; the reason and the administrator are kept with it. */
    public void reopenSheet(long sheetId, String reason) {
        ScoreSheet sheet = reviews.findSheet(sheetId).orElseThrow(() -> new NotFound("score.notFound"));
        // A sheet reopened after closing could never be submitted again and would drop out of the tally;
        // read under the round's input gate, so a reopening racing the close commits before it or is refused.
        if (!rounds.statusAtInputGate(sheet.getRoundId()).acceptsEvaluations()) {
            throw new DomainRuleViolation("score.reopen.roundNotOpen");
        }
        sheet.reopen(reason, session.getCallerPrincipal().getName(), clock.instant());
        audit.record(AuditAction.SHEET_REOPENED, "sheet " + sheetId, "SUBMITTED", "DRAFT: " + reason);
    }

    /** The round's submitted sheets, to pick one to reopen; never their scores. */
    public List<ReviewViews.SubmittedSheet> submittedSheets(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        return reviews.sheetsOf(round.getId()).stream().filter(s -> s.getStatus() == SheetStatus.SUBMITTED)
                .map(s -> new ReviewViews.SubmittedSheet(s.getId(), accounts.find(s.getReviewerId()).map(Account::getDisplayName).orElse("?"),
                        teams.find(s.getTeamId()).map(Team::getNameKo).orElse("?"), s.getSubmittedAt()))
                .toList();
    }

    /** Submitted and expected sheets per reviewer and per team; never scores. */
    public Progress progress(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        List<Team> competing = teams.competingIn(roundNumber);
        Map<Long, Team> teamById = competing.stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        List<ScoreSheet> sheets = reviews.sheetsOf(round.getId());
        List<ProgressRow> byReviewer = new ArrayList<>();
        Map<Long, long[]> perTeam = new java.util.TreeMap<>();
        competing.forEach(t -> perTeam.put(t.getId(), new long[2]));
        for (long reviewerId : reviews.reviewersOf(round.getId())) {
            Account reviewer = accounts.find(reviewerId).orElseThrow();
            Set<Long> conflicted = reviews.conflictsOf(reviewerId).stream().map(ConflictOfInterest::getTeamId).collect(Collectors.toSet());
            List<Team> theirs = competing.stream().filter(t -> !conflicted.contains(t.getId())).toList();
            List<ScoreSheet> counted = sheets.stream().filter(s -> s.getReviewerId() == reviewerId && s.getStatus() == SheetStatus.SUBMITTED
                    && perTeam.containsKey(s.getTeamId()) && !conflicted.contains(s.getTeamId())).toList();
            byReviewer.add(new ProgressRow(reviewer.getDisplayName(), counted.size(), theirs.size()));
            theirs.forEach(t -> perTeam.get(t.getId())[1]++);
            counted.forEach(s -> perTeam.get(s.getTeamId())[0]++);
        }
        List<ProgressRow> byTeam = perTeam.entrySet().stream()
                .map(e -> new ProgressRow(teamById.get(e.getKey()).getNameKo(), e.getValue()[0], e.getValue()[1])).toList();
        return new Progress(roundNumber, byReviewer, byTeam);
    }

    private Account reviewer(long reviewerId) {
        return accounts.find(reviewerId).filter(a -> a.getRole() == Role.EXPERT)
                .orElseThrow(() -> new NotFound("reviewer.notFound"));
    }

}
