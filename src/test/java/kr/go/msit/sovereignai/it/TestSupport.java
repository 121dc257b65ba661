package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.sovereignai.application.ballot.BallotPageCache;
import kr.go.msit.sovereignai.application.results.RoundPublication;
import kr.go.msit.sovereignai.application.results.TallyInputs;
import kr.go.msit.sovereignai.application.rounds.ReviewSchedule;
import kr.go.msit.sovereignai.application.rounds.RoundAdministration;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.NewReviewer;
import kr.go.msit.sovereignai.application.scoring.ReviewerAdministration;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.ballot.Rating;
import kr.go.msit.sovereignai.domain.ballot.Receipt;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkKind;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkRepository;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.round.Rulebook;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import kr.go.msit.sovereignai.domain.team.TeamRepository;
import kr.go.msit.sovereignai.domain.team.TeamStatus;

/**
 * Test fixture, deployed only in test archives: gives each test its own open round, so tests
 * never depend on each other's state or order, and reads what was stored.
 */
@Stateless
@PermitAll
public class TestSupport {

    @Inject
    ReviewRoundRepository rounds;

    @Inject
    BallotRepository ballots;

    @Inject
    TeamRepository teams;

    @Inject
    BenchmarkRepository benchmarkRecords;

    @Inject
    AccountRepository accounts;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    BallotPageCache ballotPageCache;

    @Inject
    AsAdministrator administrator;

    @Inject
    ReviewerAdministration reviewerAdministration;

    @Inject
    ReviewSchedule schedule;

    @Inject
    TallyInputs tallyInputs;

    @Inject
    RoundPublication publication;

    @Inject
    RoundAdministration roundAdministration;

    @Inject
    kr.go.msit.sovereignai.application.arena.ArenaAdministration arenaAdministration;

    @Inject
    kr.go.msit.sovereignai.domain.arena.ArenaRepository arenaRecords;

    @Inject
    kr.go.msit.sovereignai.application.audit.AuditTrail auditTrail;

    @Inject
    kr.go.msit.sovereignai.infrastructure.seed.AdministratorBootstrap administratorBootstrap;

    /** As {@link #openFreshRound()}, the round requiring verified identity to vote (set as an administrator does). */
    public int openFreshRoundRequiringVerifiedIdentity() {
        abandonOpenCorrections();
        rounds.findAll().stream().filter(ReviewRound::isOpen).forEach(this::closeWithGates);
        int number = scheduleFreshRound();
        administrator.run(() -> roundAdministration.requireVerifiedIdentity(number, true));
        openWithItsTeams(rounds.findByNumber(number).orElseThrow());
        ballotPageCache.forgetRoundsAndTeams();
        return number;
    }

    /** As {@link #openArenaRound(int, int)}, the round requiring verified identity to vote. */
    public int openArenaRoundRequiringVerifiedIdentity(int prompts, int battleCap) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int number =
                scheduleArenaRound(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1)), prompts, battleCap);
        administrator.run(() -> roundAdministration.requireVerifiedIdentity(number, true));
        schedule.advance(number);
        ballotPageCache.forgetRoundsAndTeams();
        return number;
    }

    /** "none", or "verified", the birth year and the sex kept for the account ("-" where none), and the key's length. */
    public String verifiedIdentity(String email) {
        return accounts.findByEmail(kr.go.msit.sovereignai.domain.account.EmailAddress.canonical(email))
                .flatMap(account -> identities.findByAccount(account.getId()))
                .map(v -> "verified " + v.birthYear().map(String::valueOf).orElse("-") + " "
                        + v.sex().map(Enum::name).orElse("-") + " "
                        + v.getPersonKey().length())
                .orElse("none");
    }

    /** Keycloak test (H5): the stored person key of the account with this address, or "none". */
    public String personKey(String email) {
        return accounts.findByEmail(kr.go.msit.sovereignai.domain.account.EmailAddress.canonical(email))
                .flatMap(account -> identities.findByAccount(account.getId()))
                .map(kr.go.msit.sovereignai.domain.account.VerifiedIdentity::getPersonKey)
                .orElse("none");
    }

    /** The round's turnout counters: ballots, and ballots by verified voters. */
    public String turnoutFigures(int number) {
        var figures =
                ballots.turnoutFigures(rounds.findByNumber(number).orElseThrow().getId());
        return figures.ballots() + " " + figures.verified();
    }

    @Inject
    kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository identities;

    /** Closes whatever round is open and opens a new one, returning its number. */
    public int openFreshRound() {
        abandonOpenCorrections();
        rounds.findAll().stream().filter(ReviewRound::isOpen).forEach(this::closeWithGates);
        int number = scheduleFreshRound();
        openWithItsTeams(rounds.findByNumber(number).orElseThrow());
        ballotPageCache.forgetRoundsAndTeams();
        return number;
    }

    /**
     * A new round evaluated by the rating ballot: the fixture's rounds test the ballot and the tally
     * around it (a round is an arena by default; the arena's tests prepare theirs with {@link ArenaFixture}).
     */
    private static ReviewRound ratingRound(int number, ReviewWindow window) {
        ReviewRound round = new ReviewRound(number, window, 1);
        round.choosePublicEvaluation(
                kr.go.msit.sovereignai.domain.round.PublicEvaluationMode.RATING,
                number,
                kr.go.msit.sovereignai.domain.arena.ArenaAnalysisPlan.DEFAULT_REPLICATES,
                Rulebook.DEFAULT_ARENA_BATTLE_CAP);
        return round;
    }

    /** Adds a new scheduled round after the last one, returning its number. */
    public int scheduleFreshRound() {
        int number =
                rounds.findAll().stream().mapToInt(ReviewRound::getNumber).max().orElse(0) + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Begun a minute ago: opening it now is on time, not a late opening with a shortened window.
        schedule.add(
                ratingRound(number, new ReviewWindow(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(7)))));
        return number;
    }

    /**
     * Stores one ballot per given rating, each by a new citizen, rating every team on the round's
     * ballot that value on every criterion; returns the ids of the teams rated.
     */
    public List<Long> castBallots(int number, List<Integer> ratings) {
        ReviewRound round = rounds.findByNumber(number).orElseThrow();
        List<Long> teamIds = teams.competingIn(round).stream().map(Team::getId).toList();
        for (int value : ratings) {
            Account citizen = Account.citizen(
                    "fixture-" + UUID.randomUUID() + "@example.kr", "시험", "not-a-real-hash", Instant.now());
            accounts.store(citizen);
            List<Rating> all = new ArrayList<>();
            teamIds.forEach(team ->
                    round.rulebook().publicCriteria().forEach(c -> all.add(new Rating(team, c.getId(), value))));
            ballots.storeFirst(new Ballot(
                    round.getId(),
                    citizen.getId(),
                    all,
                    Receipt.derive(number, all, UUID.randomUUID().toString().getBytes()),
                    Instant.now()));
        }
        return teamIds;
    }

    /**
     * Changes every stored ballot of the round to rate every team {@code value} on every criterion, each stored as a
     * citizen's change is ({@link BallotRepository#storeChange}), one transaction for all.
     */
    public void changeAllBallots(int number, int value) {
        ReviewRound round = rounds.findByNumber(number).orElseThrow();
        List<Ballot> stored = entityManager
                .createQuery("SELECT b FROM Ballot b WHERE b.roundId = :round ORDER BY b.id", Ballot.class)
                .setParameter("round", round.getId())
                .getResultList();
        for (Ballot ballot : stored) {
            List<Rating> all = new ArrayList<>();
            ballot.getRatings().forEach(r -> all.add(new Rating(r.teamId(), r.criterionId(), value)));
            ballots.storeChange(
                    ballot,
                    ballot.change(
                            all,
                            Receipt.derive(
                                    number, all, UUID.randomUUID().toString().getBytes()),
                            Instant.now()));
        }
    }

    /**
     * Per team and criterion, the sum and number of the round's ratings counted row by row, as "team/criterion=sum/count"
     * lines in order: what the maintained totals must agree with.
     */
    public List<String> scannedRatingTotals(int number) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        List<?> rows = entityManager
                .createNativeQuery("SELECT r.team_id, r.criterion_id, SUM(r.rating), COUNT(*) FROM ballot b"
                        + " JOIN ballot_rating r ON r.ballot_id = b.id WHERE b.round_id = ?1"
                        + " GROUP BY r.team_id, r.criterion_id ORDER BY r.team_id, r.criterion_id")
                .setParameter(1, roundId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> c[0] + "/" + c[1] + "=" + ((Number) c[2]).longValue() + "/" + ((Number) c[3]).longValue())
                .toList();
    }

    /** The same figures from the maintained totals ({@link BallotRepository#ratingTotals}). */
    public List<String> maintainedRatingTotals(int number) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        List<String> lines = new ArrayList<>();
        new java.util.TreeMap<>(ballots.ratingTotals(roundId))
                .forEach((team, byCriterion) -> new java.util.TreeMap<>(byCriterion)
                        .forEach((criterion, totals) ->
                                lines.add(team + "/" + criterion + "=" + totals.sum() + "/" + totals.count())));
        return lines;
    }

    @Inject
    kr.go.msit.sovereignai.application.arena.ArenaAnalysisCache arenaAnalyses;

    /** Whether this node keeps the analysis of everybody's votes in the round. */
    public boolean arenaAnalysed(int number) {
        return arenaAnalyses.hasClosedArena(
                rounds.findByNumber(number).orElseThrow().getId());
    }

    /** Confirms a citizen's address as the mailed link would, for in-container tests that cannot read the tests' mailbox. */
    public void confirmEmail(String email) {
        accounts.findByEmail(email).orElseThrow().confirmEmail(Instant.now());
    }

    /**
     * A second administrator created as the start-up creates the first one when no password is
     * configured (generated, to be changed at the first sign-in); returns its email and password.
     */
    public String createAdministratorWithGeneratedPassword() {
        String email = "admin-" + UUID.randomUUID() + "@it.example";
        return email + " " + administratorBootstrap.createAdministrator(email, java.util.Optional.empty());
    }

    /** Creates an expert reviewer assigned to the round; returns their email and one-time password set-up secret. */
    public String createAssignedReviewer(int number) {
        String email = "reviewer-" + UUID.randomUUID() + "@it.example";
        NewReviewer reviewer =
                administrator.call(() -> reviewerAdministration.createReviewer(email, "브라우저 위원", Panel.EXPERT));
        administrator.call(() -> {
            reviewerAdministration.assign(reviewer.id(), number);
            return null;
        });
        return email + " " + reviewer.setupSecret();
    }

    /** Opens a scheduled round directly, whatever the sequence (fixture only). */
    public void openRound(int number) {
        openWithItsTeams(rounds.findByNumber(number).orElseThrow());
        ballotPageCache.forgetRoundsAndTeams();
    }

    /** Opens a round with the teams competing in it now on its ballot, as the schedule does. */
    private void openWithItsTeams(ReviewRound round) {
        schedule.open(round, Instant.now());
    }

    /** Closes an open round in the caller's transaction, taking its input gates as every real close does. */
    private void closeWithGates(ReviewRound round) {
        rounds.closeInputGates(round);
        round.close(Instant.now());
    }

    /** Closes an open round as an administrator does ("close now"), input gates and all. */
    public void close(int number) {
        administrator.run(() -> roundAdministration.closeNow(number));
    }

    public void publish(int number) {
        rounds.findByNumber(number).orElseThrow().publish(Instant.now(), Duration.ofDays(7), Disclosure.FULL);
        ballotPageCache.forgetRoundsAndTeams();
    }

    /**
     * Adds a scheduled round after the last one, with the given window and its timer, the
     * previous round published first (as the sequence rule requires); returns its number.
     */
    public int scheduleRoundAfterPublished(Instant opensAt, Instant closesAt) {
        abandonOpenCorrections();
        int number =
                rounds.findAll().stream().mapToInt(ReviewRound::getNumber).max().orElse(0) + 1;
        rounds.findByNumber(number - 1).ifPresent(this::forcePublished);
        schedule.add(ratingRound(number, new ReviewWindow(opensAt, closesAt)));
        ballotPageCache.forgetRoundsAndTeams();
        schedule.advance(number);
        return number;
    }

    /** Adds a scheduled round after the last one without touching the previous round; the schedule looks at it at once. */
    public int scheduleRoundWithoutPublishing(Instant opensAt, Instant closesAt) {
        int number =
                rounds.findAll().stream().mapToInt(ReviewRound::getNumber).max().orElse(0) + 1;
        schedule.add(ratingRound(number, new ReviewWindow(opensAt, closesAt)));
        schedule.advance(number);
        return number;
    }

    /**
     * A correction an earlier test left open keeps the next round from opening (issue 21): fixtures that
     * add a fresh round abandon such corrections first (fixture only; no use case ever does this).
     */
    private void abandonOpenCorrections() {
        if (entityManager
                        .createNativeQuery(
                                "UPDATE review_round SET correction_open = FALSE WHERE correction_open = TRUE")
                        .executeUpdate()
                > 0) {
            rounds.findAll().forEach(entityManager::refresh);
        }
    }

    /** Puts a round into PUBLISHED by the shortest path, without a tally (fixture only). */
    private void forcePublished(ReviewRound round) {
        if (round.isMissed()) {
            Instant now = Instant.now();
            round.postpone(
                    new ReviewWindow(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1))),
                    LocalizedText.of("시험 고정값", null),
                    "test-support",
                    now);
        }
        if (round.getStatus() == RoundStatus.SCHEDULED) {
            openWithItsTeams(round);
        }
        if (round.getStatus() == RoundStatus.OPEN) {
            closeWithGates(round);
        }
        if (round.getStatus() == RoundStatus.CLOSED) {
            round.publish(Instant.now(), Duration.ofDays(7), Disclosure.FULL);
        }
    }

    /**
     * A closed round ready to tally: an open round (previous published) with two fixture teams
     * that join it, the given citizens' ratings cast, then closed; every competing team gets a
     * benchmark result (90 % on every part, the fixture teams 20 % and 10 %). Returns the round
     * number and the fixture teams' ids.
     */
    public TallyFixture closedRoundReadyToTally(List<Integer> ratings) {
        return roundReadyToTally(ratings, true);
    }

    /** As {@link #closedRoundReadyToTally}, optionally leaving the round open (for a person to close it). */
    public TallyFixture roundReadyToTally(List<Integer> ratings, boolean closed) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // The fixture teams join the round before it opens (and records its ballot's teams).
        int next =
                rounds.findAll().stream().mapToInt(ReviewRound::getNumber).max().orElse(0) + 1;
        String suffix = Long.toString(System.nanoTime(), 36);
        Team strong = new Team(
                "fixture-a-" + suffix,
                new TeamProfile("시험 팀 가 " + suffix, "Fixture A " + suffix, "주관", List.of(), null, null),
                next);
        Team weak = new Team(
                "fixture-b-" + suffix,
                new TeamProfile("시험 팀 나 " + suffix, "Fixture B " + suffix, "주관", List.of(), null, null),
                next);
        teams.store(strong);
        teams.store(weak);
        int number = scheduleRoundAfterPublished(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1)));
        ReviewRound round = rounds.findByNumber(number).orElseThrow();
        ballotPageCache.forgetRoundsAndTeams();
        if (round.getStatus() == RoundStatus.SCHEDULED) {
            openWithItsTeams(round);
        }
        castBallots(number, ratings);
        if (closed) {
            closeWithGates(round);
            schedule.advance(number);
        }
        BenchmarkPlan plan = round.rulebook().benchmarkPlan();
        for (Team team : teams.competingIn(round)) {
            // Every team declared a target of 100 on each benchmark before the round opened (stored as it
            // was then, without an override) and measured the old fixture's rate on each.
            for (BenchmarkSlot slot : plan.slots()) {
                String chosen = plan.partOf(slot).kind() == BenchmarkKind.TEAM_CHOSEN
                        ? "팀 선택 벤치마크 " + (slot.position() + 1)
                        : null;
                benchmarkRecords.store(
                        round.getId(),
                        new TeamBenchmark(team.getId(), slot, chosen, new BigDecimal("100"), "목표 모델", null),
                        "test-support",
                        now.minus(Duration.ofMinutes(2)));
            }
            BigDecimal score =
                    team == strong ? new BigDecimal("20") : team == weak ? new BigDecimal("10") : new BigDecimal("90");
            administrator.run(() -> tallyInputs.recordMeasuredScores(
                    number,
                    team.getId(),
                    plan.slots().stream()
                            .map(slot -> new TallyInputs.MeasuredInput(slot, score))
                            .toList()));
        }
        return new TallyFixture(number, strong.getId(), weak.getId());
    }

    /**
     * A scheduled arena round after the last one (that one published first), its window as given and
     * its timer set; with {@code prompts} &gt; 0 its prompt set committed (ids p-001…, categories in turn)
     * and every competing team's answers uploaded, as an administrator does. Returns its number.
     */
    public int scheduleArenaRound(Instant opensAt, Instant closesAt, int prompts, int battleCap) {
        return scheduleArenaRound(opensAt, closesAt, prompts, battleCap, 0);
    }

    /**
     * As {@link #scheduleArenaRound(Instant, Instant, int, int)}, with {@code fixtureTeams} new teams (codes
     * fixture-…) joining the round: a test that publishes it can then leave the seeded teams in the race
     * (see {@link #benchmarksForArenaRound}).
     */
    public int scheduleArenaRound(Instant opensAt, Instant closesAt, int prompts, int battleCap, int fixtureTeams) {
        int number =
                rounds.findAll().stream().mapToInt(ReviewRound::getNumber).max().orElse(0) + 1;
        String suffix = Long.toString(System.nanoTime(), 36);
        for (int f = 0; f < fixtureTeams; f++) {
            String letter = String.valueOf((char) ('a' + f));
            teams.store(new Team(
                    "fixture-" + letter + "-" + suffix,
                    new TeamProfile(
                            "시험 팀 " + letter + " " + suffix,
                            "Fixture " + letter.toUpperCase(java.util.Locale.ROOT) + " " + suffix,
                            "주관",
                            List.of(),
                            null,
                            null),
                    number));
        }
        rounds.findByNumber(number - 1).ifPresent(this::forcePublished);
        rounds.findAll().stream().filter(ReviewRound::isOpen).forEach(this::closeWithGates);
        schedule.add(new ReviewRound(number, new ReviewWindow(opensAt, closesAt), 1));
        ballotPageCache.forgetRoundsAndTeams();
        administrator.run(() -> arenaAdministration.choosePublicEvaluation(
                number,
                kr.go.msit.sovereignai.domain.round.PublicEvaluationMode.ARENA,
                number,
                kr.go.msit.sovereignai.domain.arena.ArenaAnalysisPlan.DEFAULT_REPLICATES,
                battleCap));
        if (prompts > 0) {
            administrator.call(() -> arenaAdministration.commitPrompts(
                    number, arenaPrompts(prompts).getBytes(StandardCharsets.UTF_8), "prompts.jsonl"));
            List<Team> competing = teams.competingIn(rounds.findByNumber(number).orElseThrow());
            for (int t = 0; t < competing.size(); t++) {
                long teamId = competing.get(t).getId();
                byte[] answers = arenaAnswers(prompts, t).getBytes(StandardCharsets.UTF_8);
                administrator.call(() -> arenaAdministration.uploadAnswers(number, teamId, answers));
            }
        }
        return number;
    }

    /** An arena round open now, prepared as {@link #scheduleArenaRound} does with {@code prompts} prompts. */
    public int openArenaRound(int prompts, int battleCap) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int number =
                scheduleArenaRound(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(1)), prompts, battleCap);
        schedule.advance(number);
        ballotPageCache.forgetRoundsAndTeams();
        return number;
    }

    /** A prompt set of {@code count} prompts in JSONL. */
    public static String arenaPrompts(int count) {
        StringBuilder jsonl = new StringBuilder();
        String[] categories = {"행정", "법률", "건강", "교육", "코딩", "글쓰기", "문화", "안전"};
        for (int i = 1; i <= count; i++) {
            jsonl.append(String.format(
                    "{\"id\":\"p-%03d\",\"category\":\"%s\",\"ko\":\"시험 질문 %d: 주민등록등본은 어디서 발급받나요?\",\"en\":\"Test question %d\"}%n",
                    i, categories[(i - 1) % categories.length], i, i));
        }
        return jsonl.toString();
    }

    /** One team's answers to {@link #arenaPrompts}, told apart by {@code variant} and naming no one. */
    public static String arenaAnswers(int count, int variant) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            jsonl.append(String.format(
                    "{\"prompt\":\"p-%03d\",\"answer\":\"답변 %d-%d: 가까운 행정복지센터나 정부24에서 발급받을 수 있습니다. **신분증**을 챙기세요.\"}%n",
                    i, variant, i));
        }
        return jsonl.toString();
    }

    /** A round's battle cells and battles: fewest and most issued from a cell, battles issued, battles voted. */
    public String arenaFill(int number) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        int[] fill = arenaRecords.cellFill(roundId);
        long[] counts = arenaRecords.battleCounts(roundId);
        return fill[0] + " " + fill[1] + " " + counts[0] + " " + counts[1];
    }

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/PlatformDS")
    javax.sql.DataSource platformData;

    /**
     * Adds {@code votes} voted battles from {@code citizens} new citizens to an open arena round, straight into the
     * database as the benchmarks' generator does (more than one read of the round's votes takes), committed as it
     * goes: outside any container transaction.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public void addSyntheticArenaVotes(int number, int votes, int citizens) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        try (java.sql.Connection db = platformData.getConnection()) {
            db.setAutoCommit(false);
            try {
                kr.go.msit.sovereignai.benchmark.ArenaDataGenerator.insertVotes(
                        db, roundId, votes, citizens, new java.util.SplittableRandom(number), false);
                db.commit();
            } catch (Exception failure) {
                db.rollback(); // or restoring auto-commit would commit what the failed insertion left pending
                throw failure;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (Exception failure) {
            throw new IllegalStateException("adding synthetic votes to round " + number, failure);
        }
    }

    /**
     * An arena round's battles as the analysis reads them ({@code issued voted} and the votes by outcome, as the
     * repository walks them), then the same counted by SQL: the two lines must be equal.
     */
    public String arenaVotesWalkedAndCounted(int number) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        java.util.Map<String, Long> byOutcome = new java.util.TreeMap<>();
        long[] counts = arenaRecords.forEachVoteCounting(
                roundId, (citizen, teamA, teamB, outcome) -> byOutcome.merge(outcome.name(), 1L, Long::sum));
        java.util.Map<String, Long> counted = new java.util.TreeMap<>();
        for (Object row : entityManager
                .createNativeQuery("SELECT outcome, COUNT(*) FROM arena_battle WHERE round_id = ?1 AND outcome IS NOT"
                        + " NULL GROUP BY outcome")
                .setParameter(1, roundId)
                .getResultList()) {
            Object[] cells = (Object[]) row;
            counted.put((String) cells[0], ((Number) cells[1]).longValue());
        }
        Number issued = (Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM arena_battle WHERE round_id = ?1")
                .setParameter(1, roundId)
                .getSingleResult();
        return counts[0] + " " + counts[1] + " " + byOutcome + "\n" + issued.longValue() + " "
                + counted.values().stream().mapToLong(Long::longValue).sum() + " " + counted;
    }

    /**
     * Whether the voted battles of an arena round link every team on its roster (pairs with at least one vote,
     * either order): what the arena's analysis needs before the round can be published.
     */
    public boolean arenaConnected(int number) {
        ReviewRound round = rounds.findByNumber(number).orElseThrow();
        List<Long> roster = teams.competingIn(round).stream().map(Team::getId).toList();
        java.util.Map<Long, Long> parent = new java.util.HashMap<>();
        roster.forEach(id -> parent.put(id, id));
        java.util.function.UnaryOperator<Long> root = new java.util.function.UnaryOperator<>() {
            @Override
            public Long apply(Long id) {
                Long up = parent.get(id);
                return up.equals(id) ? id : apply(up);
            }
        };
        arenaRecords.forEachBattle(round.getId(), line -> {
            if (line.outcome() != null && parent.containsKey(line.teamA()) && parent.containsKey(line.teamB())) {
                parent.put(root.apply(line.teamA()), root.apply(line.teamB()));
            }
        });
        return roster.size() > 1 && roster.stream().map(root).distinct().count() == 1;
    }

    /**
     * The other inputs a closed arena round needs before it can be published, as {@link #roundReadyToTally}
     * enters them for a rating round: every competing team declared a target of 100 on each benchmark before the
     * round opened and measured a score on each, a different one per team so that no tie needs an administrator's
     * decision: 90, 88, 86, ... for the seeded teams, 10, 11, ... for fixture teams (codes fixture-…), so that the
     * round eliminates a fixture team and never a seeded one, whatever the arena gave (its 10 points cannot make
     * up the 32 benchmark points between them). Returns the number of teams.
     */
    public int benchmarksForArenaRound(int number) {
        ReviewRound round = rounds.findByNumber(number).orElseThrow();
        Instant declared = round.timeline().window().opensAt().minus(Duration.ofMinutes(1));
        BenchmarkPlan plan = round.rulebook().benchmarkPlan();
        List<Team> competing = teams.competingIn(round);
        for (int t = 0; t < competing.size(); t++) {
            Team team = competing.get(t);
            for (BenchmarkSlot slot : plan.slots()) {
                String chosen = plan.partOf(slot).kind() == BenchmarkKind.TEAM_CHOSEN
                        ? "팀 선택 벤치마크 " + (slot.position() + 1)
                        : null;
                benchmarkRecords.store(
                        round.getId(),
                        new TeamBenchmark(team.getId(), slot, chosen, new BigDecimal("100"), "목표 모델", null),
                        "test-support",
                        declared);
            }
            BigDecimal score = new BigDecimal(team.getCode().startsWith("fixture-") ? 10 + t : 90 - 2 * t);
            administrator.run(() -> tallyInputs.recordMeasuredScores(
                    number,
                    team.getId(),
                    plan.slots().stream()
                            .map(slot -> new TallyInputs.MeasuredInput(slot, score))
                            .toList()));
        }
        return competing.size();
    }

    public record TallyFixture(int round, long strongerFixtureTeam, long weakerFixtureTeam)
            implements java.io.Serializable {}

    /** Publishes a closed round's results as an administrator would, the announcement naming what {@code disclosure} says. */
    public void publishResults(int number, Disclosure disclosure) {
        administrator.run(() -> publication.publish(number, disclosure));
    }

    public RoundStatus statusOf(int number) {
        return rounds.findByNumber(number).orElseThrow().getStatus();
    }

    public TeamStatus teamStatus(long teamId) {
        return teams.find(teamId).orElseThrow().getStatus();
    }

    /** Moves a scheduled round's window into the past without touching its timer, as if the server had been down. */
    public void windowPassedWhileDown(int number, Instant opensAt, Instant closesAt) {
        entityManager
                .createNativeQuery("UPDATE review_round SET opens_at = ?1, closes_at = ?2 WHERE round_number = ?3")
                .setParameter(1, opensAt)
                .setParameter(2, closesAt)
                .setParameter(3, number)
                .executeUpdate();
    }

    /**
     * An open round's closing instant has passed and its close has not run yet (a close that runs late):
     * the window ends a second ago, the round is still OPEN and its timer untouched (fixture only).
     */
    public void closingInstantPassed(int number) {
        entityManager
                .createNativeQuery("UPDATE review_round SET closes_at = ?1 WHERE round_number = ?2 AND status = 'OPEN'")
                .setParameter(1, Instant.now().minusSeconds(1))
                .setParameter(2, number)
                .executeUpdate();
        entityManager.clear();
        ballotPageCache.forgetRoundsAndTeams();
    }

    /** How many audit entries about a round have this action. */
    /** Moves a published round's objection period to have ended a second ago (fixture only). */
    public void endObjectionPeriod(int number) {
        entityManager
                .createNativeQuery("UPDATE review_round SET objection_ends_at = ?1 WHERE round_number = ?2")
                .setParameter(1, Instant.now().minusSeconds(1))
                .setParameter(2, number)
                .executeUpdate();
        entityManager.clear();
    }

    public long auditEntries(int number, String action) {
        return entityManager
                .createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE subject = ?1 AND action = ?2")
                .setParameter(1, "review " + number)
                .setParameter(2, action)
                .getResultList()
                .stream()
                .mapToLong(n -> ((Number) n).longValue())
                .sum();
    }

    /** How many audit entries about a team in a round ("review n team code") have this action. */
    public long teamAuditEntries(int number, String action) {
        return entityManager
                .createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE subject LIKE ?1 AND action = ?2")
                .setParameter(1, "review " + number + " team %")
                .setParameter(2, action)
                .getResultList()
                .stream()
                .mapToLong(n -> ((Number) n).longValue())
                .sum();
    }

    /** How many audit entries about a round or anything in it ("review n", "review n prompt p", "review n team c") have this action. */
    public long roundAuditEntries(int number, String action) {
        return entityManager
                .createNativeQuery(
                        "SELECT COUNT(*) FROM audit_entry WHERE (subject = ?1 OR subject LIKE ?2) AND action = ?3")
                .setParameter(1, "review " + number)
                .setParameter(2, "review " + number + " %")
                .setParameter(3, action)
                .getResultList()
                .stream()
                .mapToLong(n -> ((Number) n).longValue())
                .sum();
    }

    /** Ballots stored in a round, counted row by row (what the turnout counters must agree with). */
    public long storedBallots(int number) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        return entityManager
                .createQuery("SELECT COUNT(b) FROM Ballot b WHERE b.roundId = :round", Long.class)
                .setParameter("round", roundId)
                .getSingleResult();
    }

    /**
     * Closes the round as an administrator does and, in the same transaction just before it commits,
     * reads the receipts stored: what the close counts. A ballot committed after the close is not in it.
     */
    public List<String> closeReadingCountedReceipts(int number) {
        administrator.run(() -> roundAdministration.closeNow(number));
        return storedReceipts(number);
    }

    /** Every stored ballot's receipt in a round. */
    public List<String> storedReceipts(int number) {
        long roundId = rounds.findByNumber(number).orElseThrow().getId();
        return entityManager
                .createQuery("SELECT b.receipt FROM Ballot b WHERE b.roundId = :round", String.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    public long turnout(int number) {
        return ballots.turnout(rounds.findByNumber(number).orElseThrow().getId());
    }

    /** Tables whose whole content {@link #tableDigest} may read. */
    private static final java.util.Set<String> READABLE_TABLES = java.util.Set.of(
            "review_round",
            "round_postponement",
            "round_component",
            "rubric_criterion",
            "rubric_override",
            "score_sheet",
            "score_sheet_line",
            "score_sheet_reopening",
            "team_benchmark",
            "benchmark_target_override",
            "round_benchmark_part",
            "round_benchmark",
            "eligibility_decision",
            "round_tie_order",
            "team",
            "team_member_organisation",
            "gpu_lease",
            "gpu_allocation",
            "account",
            "conflict_of_interest",
            "ballot",
            "ballot_rating",
            "published_result",
            "reviewer_assignment",
            "one_time_link",
            "audit_entry",
            "round_turnout",
            "round_input_gate",
            "public_criterion",
            "programme",
            "round_team",
            "arena_prompt_set",
            "arena_prompt",
            "arena_answer_set",
            "arena_answer",
            "arena_cell",
            "arena_battle",
            "verified_identity");

    /** Every table whose content {@link #tableDigest} may read (a restored backup must have them all as they were). */
    public static java.util.Set<String> readableTables() {
        return READABLE_TABLES;
    }

    /** Every row of a table, in a stable order, as one text: equal before and after means nothing was stored or changed. */
    public String tableDigest(String table) {
        if (!READABLE_TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        List<?> rows = entityManager.createNativeQuery("SELECT * FROM " + table).getResultList();
        List<String> texts = new java.util.ArrayList<>();
        for (Object row : rows) {
            texts.add(row instanceof Object[] columns ? java.util.Arrays.deepToString(columns) : String.valueOf(row));
        }
        java.util.Collections.sort(texts);
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", texts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return rows.size() + ":" + java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether the audit chain verifies from its first entry to its last ("intact"), else the first broken entry's number. */
    public String auditChain() {
        java.util.OptionalLong broken = administrator.call(() -> auditTrail.verify());
        return broken.isPresent() ? "broken at " + broken.getAsLong() : "intact";
    }

    /** Whether an account with this (canonical) email exists. */
    public boolean accountExists(String email) {
        return accounts.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
                .isPresent();
    }

    /** The round as administrators see it described (status, window, postponements), and its version. */
    public String roundState(int number) {
        ReviewRound round = rounds.findByNumber(number).orElseThrow();
        return round.getVersion() + " " + round.getStatus() + " " + round.describe();
    }
}
