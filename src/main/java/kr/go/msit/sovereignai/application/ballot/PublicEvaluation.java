package kr.go.msit.sovereignai.application.ballot;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.ballot.BallotPageCache.OpenRound;
import kr.go.msit.sovereignai.application.ballot.BallotViews.BulletinEntry;
import kr.go.msit.sovereignai.application.ballot.BallotViews.Cast;
import kr.go.msit.sovereignai.application.ballot.BallotViews.CitizensBallot;
import kr.go.msit.sovereignai.application.ballot.BallotViews.CriterionChoice;
import kr.go.msit.sovereignai.application.ballot.BallotViews.MyBallot;
import kr.go.msit.sovereignai.application.ballot.BallotViews.OpenBallot;
import kr.go.msit.sovereignai.application.ballot.BallotViews.TeamChoice;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.IdentityNotVerified;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.BallotAnswers;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.ballot.BallotSheet;
import kr.go.msit.sovereignai.domain.ballot.PublicComponent;
import kr.go.msit.sovereignai.domain.ballot.PublicComponent.RatingTotals;
import kr.go.msit.sovereignai.domain.ballot.Rating;
import kr.go.msit.sovereignai.domain.ballot.Receipt;
import kr.go.msit.sovereignai.domain.ballot.Turnout;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.domain.round.PublicCriterion;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.RoundNotOpen;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * The citizens' public evaluation (대국민 평가). One ballot per citizen per round, changeable
 * until the round closes; ratings stay hidden until the round closes (administrators) or is
 * published (everyone). Nothing here returns who cast which ballot.
 */
@Stateless
public class PublicEvaluation {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final BallotRepository ballots;
    private final ConfirmedCitizens citizens;
    private final Clock clock;
    private final BallotPageCache cache;
    private final Principal caller;
    private final VerifiedIdentityRepository identities;

    /** Without verified identities: nobody counts as verified (unit tests of rounds that do not require it). */
    public PublicEvaluation(
            ReviewRoundRepository rounds,
            TeamRepository teams,
            BallotRepository ballots,
            ConfirmedCitizens citizens,
            Clock clock,
            BallotPageCache cache,
            Principal caller) {
        this(rounds, teams, ballots, citizens, clock, cache, caller, null);
    }

    @Inject
    public PublicEvaluation(
            ReviewRoundRepository rounds,
            TeamRepository teams,
            BallotRepository ballots,
            ConfirmedCitizens citizens,
            Clock clock,
            BallotPageCache cache,
            Principal caller,
            VerifiedIdentityRepository identities) {
        this.identities = identities;
        this.rounds = rounds;
        this.teams = teams;
        this.ballots = ballots;
        this.citizens = citizens;
        this.clock = clock;
        this.cache = cache;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected PublicEvaluation() {
        this(null, null, null, null, null, null, null, null);
    }

    /**
     * The rating round accepting ballots now. The cache keeps a copy of its window: past its closing instant
     * (a close that runs late) the cached round is not offered, as the round itself would refuse.
     */
    private Optional<OpenRound> openRound() {
        Instant now = clock.instant();
        return cache.openRound(() -> rounds.findAll().stream()
                        .filter(r -> r.acceptsBallotsAt(now))
                        .findFirst()
                        .map(this::openRound))
                .filter(open -> open.acceptsBallotsAt(now));
    }

    private OpenRound openRound(ReviewRound round) {
        List<Team> competing = teamsOnBallot(round);
        List<TeamChoice> choices = competing.stream()
                .map(t -> new TeamChoice(t.getId(), t.getCode(), t.getName(), t.getModelName(), t.getDemoUrl()))
                .toList();
        List<CriterionChoice> criteria = round.rulebook().publicCriteria().stream()
                .map(CriterionChoice::of)
                .toList();
        BallotSheet sheet = new BallotSheet(
                competing.stream().map(Team::getId).collect(Collectors.toSet()),
                round.rulebook().publicCriteria().stream()
                        .map(PublicCriterion::getId)
                        .collect(Collectors.toSet()));
        return new OpenRound(
                round.getId(),
                new OpenBallot(round.getNumber(), round.timeline().window(), choices, criteria),
                sheet,
                round.rulebook().requiresVerifiedIdentity());
    }

    /**
     * The open round a ballot is for, with its sheet. Whether it still accepts ballots is read
     * from the database here, not from the cache, under the round's input gate: a ballot that
     * commits after the close committed is refused, never counted silently.
     */
    private OpenRound roundAcceptingBallots(int roundNumber) {
        Instant now = clock.instant();
        OpenRound open = openRound()
                .filter(o -> o.ballot().roundNumber() == roundNumber)
                .orElseGet(() -> {
                    // Not the round kept as open (another round, or the kept one expired): asked as it is stored.
                    ReviewRound round = rounds.require(roundNumber);
                    if (!round.acceptsBallotsAt(now)) {
                        throw roundNotOpen(roundNumber);
                    }
                    return openRound(round);
                });
        // The status read under the gate; the closing instant from the kept round, whose window only a state change
        // (which clears what is kept) moves. From that instant the round refuses ballots whatever its status (its
        // close may run late), so the time is read again once the gate is held: the wait for it may cross the instant.
        if (!rounds.statusAtInputGate(open.roundId()).acceptsEvaluations() || !open.acceptsBallotsAt(clock.instant())) {
            throw roundNotOpen(roundNumber);
        }
        return open;
    }

    private RoundNotOpen roundNotOpen(int roundNumber) {
        cache.forgetRoundsAndTeams();
        return new RoundNotOpen("ballot.roundNotOpen", roundNumber);
    }

    private List<Team> teamsOnBallot(ReviewRound round) {
        return teams.competingIn(round);
    }

    /** The open round's ballot with the caller's current ballot (if any) and the turnout: the ballot page's one read. */
    @RolesAllowed(Role.CITIZEN_NAME)
    public Optional<CitizensBallot> ballotForCaller() {
        long citizen = callerId(); // first, so an unconfirmed citizen hears so even between rounds
        Optional<OpenRound> open = openRound();
        // A round that requires verified identity says so before the citizen fills the ballot in.
        if (open.isPresent() && open.get().verifiedIdentityRequired() && !verified(citizen)) {
            throw new IdentityNotVerified(open.get().ballot().roundNumber());
        }
        return open.map(round -> new CitizensBallot(
                round.ballot(),
                ballots.findByCitizen(round.roundId(), citizen)
                        .map(PublicEvaluation::view)
                        .orElse(null),
                turnout(round.ballot().roundNumber())));
    }

    /** The caller's stored ballot in a round, open or not (to show it back after the round closed). */
    @RolesAllowed(Role.CITIZEN_NAME)
    public Optional<MyBallot> myBallot(int roundNumber) {
        return ballots.findByCitizen(rounds.require(roundNumber).getId(), callerId())
                .map(PublicEvaluation::view);
    }

    /**
     * Casts the caller's first ballot in a round. A second one (another tab, a replayed request)
     * is refused with ballot.alreadyCast by the database's unique constraint.
     */
    @RolesAllowed(Role.CITIZEN_NAME)
    public Cast cast(int roundNumber, @NotNull BallotAnswers ratings) {
        OpenRound round = roundAcceptingBallots(roundNumber);
        long citizen = callerId();
        boolean verifiedVoter = requireVerifiedWhereRequired(round, citizen);
        List<Rating> complete = round.sheet().complete(ratings);
        Instant now = clock.instant();
        Ballot ballot = new Ballot(round.roundId(), citizen, complete, receipt(roundNumber, complete), now);
        ballots.storeFirst(ballot, verifiedVoter);
        return new Cast(view(ballot), turnout(roundNumber));
    }

    /**
     * Replaces the caller's ballot. {@code expectedVersion} is the ballot the citizen was shown;
     * a change made meanwhile (another tab) is refused rather than silently overwritten.
     */
    @RolesAllowed(Role.CITIZEN_NAME)
    public Cast change(int roundNumber, long expectedVersion, @NotNull BallotAnswers ratings) {
        OpenRound round = roundAcceptingBallots(roundNumber);
        long citizen = callerId();
        if (round.verifiedIdentityRequired()) {
            // Read only where required: a change does not move the verified voters' turnout, which the first ballot
            // set.
            requireVerifiedWhereRequired(round, citizen);
        }
        List<Rating> complete = round.sheet().complete(ratings);
        Ballot ballot = ballots.findByCitizen(round.roundId(), citizen)
                .orElseThrow(() -> new DomainRuleViolation("ballot.notCast"));
        if (ballot.getVersion() != expectedVersion) {
            throw new DomainRuleViolation("ballot.changedElsewhere");
        }
        Instant now = clock.instant();
        Set<Rating> replaced = ballot.change(complete, receipt(roundNumber, complete), now);
        try {
            ballots.storeChange(ballot, replaced);
        } catch (OptimisticLockException concurrentChange) {
            throw new DomainRuleViolation("ballot.changedElsewhere");
        }
        return new Cast(view(ballot), turnout(roundNumber));
    }

    /** Ballots cast so far; cheap at any number of ballots. */
    @PermitAll
    public long turnout(int roundNumber) {
        return turnoutFigures(roundNumber).ballots();
    }

    /** Ballots cast so far and how many by verified voters; one read of the counters, cached briefly. */
    @PermitAll
    public Turnout turnoutFigures(int roundNumber) {
        return cache.turnout(
                roundNumber,
                () -> ballots.turnoutFigures(rounds.require(roundNumber).getId()));
    }

    /**
     * Refused with {@link IdentityNotVerified} when the round requires verified identity and the citizen has not
     * verified theirs; whether the citizen is verified (read first thing, from the database).
     */
    private boolean requireVerifiedWhereRequired(OpenRound round, long citizen) {
        boolean verified = verified(citizen);
        // The open round's rule as kept with it: a round's rules are frozen once it opens (no second read of the
        // round).
        if (round.verifiedIdentityRequired() && !verified) {
            throw new IdentityNotVerified(round.ballot().roundNumber());
        }
        return verified;
    }

    private boolean verified(long citizen) {
        return identities != null && identities.isVerified(citizen);
    }

    /**
     * The public component per team (team id to points out of {@code componentPoints}). Hidden
     * from everyone while the round is scheduled or open.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Map<Long, BigDecimal> publicComponent(int roundNumber, @NotNull BigDecimal componentPoints) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.hasClosed()) {
            throw new DomainRuleViolation("ballot.resultsHidden");
        }
        return points(round, teamsOnBallot(round), ballots.ratingTotals(round.getId()), componentPoints);
    }

    /**
     * As {@link #publicComponent}, of the ballots of the seated members of the round's citizens' panel only (issue
     * 23): what a round with a drawn panel scores.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Map<Long, BigDecimal> panelPublicComponent(int roundNumber, @NotNull BigDecimal componentPoints) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.hasClosed()) {
            throw new DomainRuleViolation("ballot.resultsHidden");
        }
        return points(round, teamsOnBallot(round), ballots.panelRatingTotals(round.getId()), componentPoints);
    }

    /** The PUBLIC points per team (id) from the rating totals of some ballots, by the round's public criteria. */
    public static Map<Long, BigDecimal> points(
            ReviewRound round,
            List<Team> teams,
            Map<Long, Map<Long, RatingTotals>> totals,
            BigDecimal componentPoints) {
        Map<Long, BigDecimal> points = new TreeMap<>();
        for (Team team : teams) {
            List<RatingTotals> perCriterion = round.rulebook().publicCriteria().stream()
                    .map(c ->
                            totals.getOrDefault(team.getId(), Map.of()).getOrDefault(c.getId(), new RatingTotals(0, 0)))
                    .toList();
            points.put(team.getId(), PublicComponent.points(perCriterion, componentPoints));
        }
        return points;
    }

    /** A page of the published bulletin, in receipt order, after {@code afterReceipt} (null for the first page). */
    @PermitAll
    public List<BulletinEntry> bulletin(int roundNumber, String afterReceipt, int pageSize) {
        ReviewRound round = publishedRound(roundNumber);
        return ballots.bulletinPage(round.getId(), afterReceipt, Math.max(1, Math.min(pageSize, 1000))).stream()
                .map(b -> new BulletinEntry(b.getReceipt(), b.answers()))
                .toList();
    }

    /** Finds a receipt on the published bulletin, as a citizen checking their ballot was counted. */
    @PermitAll
    public Optional<BulletinEntry> findOnBulletin(int roundNumber, String typedReceipt) {
        ReviewRound round = publishedRound(roundNumber);
        return ballots.findByReceipt(round.getId(), Receipt.normalise(typedReceipt))
                .map(b -> new BulletinEntry(b.getReceipt(), b.answers()));
    }

    private ReviewRound publishedRound(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.isPublished()) {
            throw new NotPublished("bulletin.notPublished", roundNumber);
        }
        return round;
    }

    private long callerId() {
        return citizens.idOf(caller.getName());
    }

    private static String receipt(int roundNumber, List<Rating> ratings) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Receipt.derive(roundNumber, ratings, secret);
    }

    private static MyBallot view(Ballot ballot) {
        return new MyBallot(
                ballot.answers(), ballot.getReceipt(), ballot.getCastAt(), ballot.getRevision(), ballot.getVersion());
    }
}
