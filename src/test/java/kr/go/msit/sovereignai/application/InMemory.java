package kr.go.msit.sovereignai.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.ballot.BallotPageCache;
import kr.go.msit.sovereignai.application.rounds.ReviewTimers;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.OneTimeLink;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.audit.AuditEntry;
import kr.go.msit.sovereignai.domain.audit.AuditRepository;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository;
import kr.go.msit.sovereignai.domain.ballot.PublicComponent.RatingTotals;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkRepository;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkTargetOverride;
import kr.go.msit.sovereignai.domain.benchmark.TeamBenchmark;
import kr.go.msit.sovereignai.domain.programme.Programme;
import kr.go.msit.sovereignai.domain.programme.ProgrammeRepository;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.round.RoundStatus;
import kr.go.msit.sovereignai.domain.scoring.ConflictOfInterest;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;
import kr.go.msit.sovereignai.domain.scoring.ScoreSheet;
import kr.go.msit.sovereignai.domain.tally.EligibilityDecision;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.tally.ResultVersion;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * Plain in-memory stand-ins for the repositories and container services the use cases take
 * through their constructors, so use cases run as plain unit tests. Each keeps what it was given
 * and gives entities ids as the database would; none decides anything a use case should.
 */
final class InMemory {

    private InMemory() {}

    /** Gives an entity its generated id, as persisting it would. */
    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The caller as the container names it: an account's e-mail, or "anonymous". */
    static Principal caller(String name) {
        return () -> name;
    }

    /** A clock that stays where a test puts it. */
    static final class TestClock extends Clock {

        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** The events of one type a use case fired, in order. */
    static class Fired<T> implements Event<T> {

        final List<T> fired = new ArrayList<>();

        @Override
        public void fire(T event) {
            fired.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    /** The state changes a use case fired, in order: what the audit log would record. */
    static final class Changes extends Fired<StateChange> {

        List<AuditAction> actions() {
            return fired.stream().map(StateChange::action).toList();
        }
    }

    /** Each round's timer as last aligned. */
    static final class Timers implements ReviewTimers {

        final Map<Integer, Optional<Instant>> byRound = new HashMap<>();

        @Override
        public void align(int roundNumber, Optional<Instant> instant) {
            byRound.put(roundNumber, instant);
        }
    }

    /** Keeps nothing: every read loads afresh. */
    static final class NoCache implements BallotPageCache {

        @Override
        public Optional<OpenRound> openRound(Supplier<Optional<OpenRound>> load) {
            return load.get();
        }

        @Override
        public kr.go.msit.sovereignai.domain.ballot.Turnout turnout(
                int roundNumber, Supplier<kr.go.msit.sovereignai.domain.ballot.Turnout> load) {
            return load.get();
        }

        @Override
        public long citizenId(String email, Supplier<Long> load) {
            return load.get();
        }

        @Override
        public void forgetRoundsAndTeams() {}
    }

    /** A round's arena with nothing uploaded: what a rating round (or an arena never prepared) has. */
    static final class NoArena implements kr.go.msit.sovereignai.domain.arena.ArenaRepository {

        @Override
        public Optional<kr.go.msit.sovereignai.domain.arena.PromptSet> promptSet(long roundId) {
            return Optional.empty();
        }

        @Override
        public kr.go.msit.sovereignai.domain.arena.PromptSet lockPromptSet(long roundId) {
            throw new kr.go.msit.sovereignai.domain.NotFound("arena.notReady");
        }

        @Override
        public void commitPrompts(
                kr.go.msit.sovereignai.domain.arena.PromptSet set,
                List<kr.go.msit.sovereignai.domain.arena.ArenaPrompt> prompts) {
            throw new UnsupportedOperationException("no arena here");
        }

        @Override
        public List<kr.go.msit.sovereignai.domain.arena.CommittedPrompt> prompts(long roundId) {
            return List.of();
        }

        @Override
        public Optional<kr.go.msit.sovereignai.domain.arena.CommittedPrompt> prompt(long promptId) {
            return Optional.empty();
        }

        @Override
        public long includedPrompts(long roundId) {
            return 0;
        }

        @Override
        public void storeAnswers(
                kr.go.msit.sovereignai.domain.arena.AnswerSet set,
                List<kr.go.msit.sovereignai.domain.arena.TeamAnswer> answers) {
            throw new UnsupportedOperationException("no arena here");
        }

        @Override
        public List<kr.go.msit.sovereignai.domain.arena.AnswerSet> answerSets(long roundId) {
            return List.of();
        }

        @Override
        public List<kr.go.msit.sovereignai.domain.arena.TeamAnswer> answers(long roundId) {
            return List.of();
        }

        @Override
        public Optional<kr.go.msit.sovereignai.domain.arena.TeamAnswer> answer(
                long roundId, long teamId, long promptId) {
            return Optional.empty();
        }

        @Override
        public void layOut(long roundId, List<kr.go.msit.sovereignai.domain.arena.BattleIssuer.Cell> cells) {
            throw new UnsupportedOperationException("no arena here");
        }

        @Override
        public Optional<kr.go.msit.sovereignai.domain.arena.BattleCell> nextCell(long roundId, long citizenId) {
            return Optional.empty();
        }

        @Override
        public int[] cellFill(long roundId) {
            return new int[] {0, 0};
        }

        @Override
        public void issue(
                kr.go.msit.sovereignai.domain.arena.Battle battle,
                kr.go.msit.sovereignai.domain.arena.BattleCell cell) {
            throw new UnsupportedOperationException("no arena here");
        }

        @Override
        public Optional<kr.go.msit.sovereignai.domain.arena.Battle> pendingBattle(long roundId, long citizenId) {
            return Optional.empty();
        }

        @Override
        public long battlesIssuedTo(long roundId, long citizenId) {
            return 0;
        }

        @Override
        public Optional<kr.go.msit.sovereignai.domain.arena.Battle> battleByToken(String token) {
            return Optional.empty();
        }

        @Override
        public boolean recordVote(
                long battleId,
                long citizenId,
                kr.go.msit.sovereignai.domain.arena.ArenaOutcome outcome,
                Instant votedAt,
                String receipt) {
            return false;
        }

        @Override
        public Optional<kr.go.msit.sovereignai.domain.arena.Battle> battleByReceipt(long roundId, String receipt) {
            return Optional.empty();
        }

        @Override
        public long[] battleCounts(long roundId) {
            return new long[] {0, 0};
        }

        @Override
        public void forEachVote(long roundId, VoteSink sink) {}

        @Override
        public void forEachBattle(
                long roundId, java.util.function.Consumer<kr.go.msit.sovereignai.domain.arena.BattleLine> consumer) {}
    }

    /** A round evaluated by the rating ballot (a new round is an arena by default). */
    static ReviewRound ratingRound(int number, kr.go.msit.sovereignai.domain.round.ReviewWindow window) {
        ReviewRound round = new ReviewRound(number, window, 1);
        round.choosePublicEvaluation(kr.go.msit.sovereignai.domain.round.PublicEvaluationMode.RATING, number, 1000, 30);
        return round;
    }

    static final class Rounds implements ReviewRoundRepository {

        final List<ReviewRound> stored = new ArrayList<>();
        /** Times a closer took every input gate. */
        int gateClosings;

        @Override
        public List<ReviewRound> findAll() {
            return stored.stream()
                    .sorted((a, b) -> Integer.compare(a.getNumber(), b.getNumber()))
                    .toList();
        }

        @Override
        public Optional<ReviewRound> findByNumber(int number) {
            return stored.stream().filter(r -> r.getNumber() == number).findFirst();
        }

        @Override
        public Optional<ReviewRound> findCurrent() {
            return findAll().stream()
                    .filter(ReviewRound::isOpen)
                    .findFirst()
                    .or(() -> findAll().stream()
                            .filter(r -> !r.isPublished() && !r.isCancelled())
                            .findFirst());
        }

        @Override
        public void store(ReviewRound round) {
            stored.add(withId(round, stored.size() + 1L));
        }

        @Override
        public RoundStatus statusOf(long roundId) {
            return stored.stream()
                    .filter(r -> r.getId() == roundId)
                    .findFirst()
                    .orElseThrow()
                    .getStatus();
        }

        @Override
        public RoundStatus statusAtInputGate(long roundId) {
            return statusOf(roundId);
        }

        @Override
        public void closeInputGates(ReviewRound round) {
            gateClosings++;
        }
    }

    static final class Teams implements TeamRepository {

        final List<Team> stored = new ArrayList<>();

        @Override
        public List<Team> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public List<Team> findInTheRace() {
            return stored.stream().filter(t -> t.getStatus().inTheRace()).toList();
        }

        @Override
        public Optional<Team> find(long id) {
            return stored.stream().filter(t -> t.getId() == id).findFirst();
        }

        @Override
        public Optional<Team> findByCode(String code) {
            return stored.stream().filter(t -> t.getCode().equals(code)).findFirst();
        }

        @Override
        public void store(Team team) {
            if (team.getId() == null) {
                stored.add(withId(team, 100L + stored.size()));
            }
        }
    }

    static final class Accounts implements AccountRepository {

        final List<Account> stored = new ArrayList<>();

        @Override
        public Optional<Account> findByEmail(String address) {
            String mailbox;
            try {
                mailbox = kr.go.msit.sovereignai.domain.account.Mailbox.of(address);
            } catch (kr.go.msit.sovereignai.domain.DomainRuleViolation notAnAddress) {
                return Optional.empty();
            }
            return stored.stream().filter(a -> a.getMailbox().equals(mailbox)).findFirst();
        }

        @Override
        public boolean existsWithRole(Role role) {
            return stored.stream().anyMatch(a -> a.getRole() == role);
        }

        @Override
        public Optional<Account> find(long id) {
            return stored.stream().filter(a -> a.getId() == id).findFirst();
        }

        @Override
        public List<Account> reviewers() {
            return stored.stream().filter(a -> a.getRole() == Role.EXPERT).toList();
        }

        @Override
        public void store(OneTimeLink link) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<OneTimeLink> findLink(String secretHash) {
            return Optional.empty();
        }

        @Override
        public long countEnabledWithRole(Role role) {
            return stored.stream()
                    .filter(a -> a.getRole() == role && !a.isDisabled())
                    .count();
        }

        @Override
        public java.util.OptionalInt credentialsGeneration(String canonicalEmail) {
            return findByEmail(canonicalEmail)
                    .map(a -> java.util.OptionalInt.of(a.getCredentialsGeneration()))
                    .orElse(java.util.OptionalInt.empty());
        }

        @Override
        public Optional<Account> findForUpdate(long id) {
            return find(id);
        }

        @Override
        public List<Account> disabled() {
            return stored.stream().filter(Account::isDisabled).toList();
        }

        @Override
        public void store(Account account) {
            if (account.getId() == null) {
                stored.add(withId(account, 1000L + stored.size()));
            }
        }
    }

    /** Verified identities in memory. */
    static final class VerifiedIdentities implements kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository {
        final List<kr.go.msit.sovereignai.domain.account.VerifiedIdentity> stored = new ArrayList<>();

        @Override
        public Optional<kr.go.msit.sovereignai.domain.account.VerifiedIdentity> findByAccount(long accountId) {
            return stored.stream().filter(v -> v.getAccountId() == accountId).findFirst();
        }

        @Override
        public Optional<kr.go.msit.sovereignai.domain.account.VerifiedIdentity> findByPersonKey(String personKey) {
            return stored.stream()
                    .filter(v -> v.getPersonKey().equals(personKey))
                    .findFirst();
        }

        @Override
        public boolean isVerified(long accountId) {
            return findByAccount(accountId).isPresent();
        }

        @Override
        public void deleteByAccount(long accountId) {
            stored.removeIf(v -> v.getAccountId() == accountId);
        }

        @Override
        public void store(kr.go.msit.sovereignai.domain.account.VerifiedIdentity identity) {
            stored.add(identity);
        }
    }

    static final class Programmes implements ProgrammeRepository {

        Programme programme;

        @Override
        public Optional<Programme> find() {
            return Optional.ofNullable(programme);
        }

        @Override
        public void store(Programme programme) {
            this.programme = programme;
        }
    }

    static final class Panels implements PanelRepository {

        final Set<String> assignments = new HashSet<>();
        final List<ConflictOfInterest> conflicts = new ArrayList<>();
        final List<ScoreSheet> sheets = new ArrayList<>();

        @Override
        public void assign(long reviewerId, long roundId) {
            assignments.add(reviewerId + ":" + roundId);
        }

        @Override
        public void unassign(long reviewerId, long roundId) {
            assignments.remove(reviewerId + ":" + roundId);
        }

        @Override
        public boolean isAssigned(long reviewerId, long roundId) {
            return assignments.contains(reviewerId + ":" + roundId);
        }

        @Override
        public Set<Long> roundsOf(long reviewerId) {
            Set<Long> rounds = new HashSet<>();
            assignments.stream()
                    .filter(a -> a.startsWith(reviewerId + ":"))
                    .forEach(a -> rounds.add(Long.parseLong(a.split(":")[1])));
            return rounds;
        }

        @Override
        public Set<Long> reviewersOf(long roundId) {
            Set<Long> reviewers = new HashSet<>();
            assignments.stream()
                    .filter(a -> a.endsWith(":" + roundId))
                    .forEach(a -> reviewers.add(Long.parseLong(a.split(":")[0])));
            return reviewers;
        }

        @Override
        public void store(ConflictOfInterest conflict) {
            conflicts.add(conflict);
        }

        @Override
        public List<ConflictOfInterest> conflictsOf(long reviewerId) {
            return conflicts.stream()
                    .filter(c -> c.getReviewerId() == reviewerId)
                    .toList();
        }

        @Override
        public boolean isConflicted(long reviewerId, long teamId) {
            return conflictsOf(reviewerId).stream().anyMatch(c -> c.getTeamId() == teamId);
        }

        @Override
        public Optional<ScoreSheet> findSheet(long roundId, long reviewerId, long teamId) {
            return sheets.stream()
                    .filter(s ->
                            s.getRoundId() == roundId && s.getReviewerId() == reviewerId && s.getTeamId() == teamId)
                    .findFirst();
        }

        @Override
        public Optional<ScoreSheet> findSheet(long sheetId) {
            return sheets.stream().filter(s -> s.getId() == sheetId).findFirst();
        }

        @Override
        public List<ScoreSheet> sheetsOf(long roundId) {
            return sheets.stream().filter(s -> s.getRoundId() == roundId).toList();
        }

        @Override
        public void store(ScoreSheet sheet) {
            if (sheet.getId() == null) {
                sheets.add(withId(sheet, sheets.size() + 1L));
            }
        }
    }

    /** The audit log's refusals (the chain itself is the container's business here: use cases fire StateChange). */
    static final class Audit implements AuditRepository {

        final List<String> refusals = new ArrayList<>();

        @Override
        public Optional<AuditEntry> lockHead() {
            return Optional.empty();
        }

        @Override
        public void append(AuditEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> all() {
            return List.of();
        }

        @Override
        public List<AuditEntry> latest(int count) {
            return List.of();
        }

        @Override
        public void recordRefusal(String actor, String action, String detail, Instant refusedAt) {
            refusals.add(actor + " " + action + ": " + detail);
        }
    }

    static final class Benchmarks implements BenchmarkRepository {

        final Map<Long, Map<String, TeamBenchmark>> byRound = new HashMap<>();
        final Map<Long, List<BenchmarkTargetOverride>> overrides = new HashMap<>();

        @Override
        public List<TeamBenchmark> ofRound(long roundId) {
            return byRound.getOrDefault(roundId, Map.of()).values().stream()
                    .sorted(java.util.Comparator.comparingLong(TeamBenchmark::teamId)
                            .thenComparingInt(b -> b.slot().part())
                            .thenComparingInt(b -> b.slot().position()))
                    .toList();
        }

        @Override
        public void store(long roundId, TeamBenchmark benchmark, String changedBy, Instant changedAt) {
            byRound.computeIfAbsent(roundId, r -> new LinkedHashMap<>())
                    .put(benchmark.teamId() + ":" + benchmark.slot(), benchmark);
        }

        @Override
        public void keep(long roundId, BenchmarkTargetOverride override) {
            overrides.computeIfAbsent(roundId, r -> new ArrayList<>()).add(override);
        }

        @Override
        public List<BenchmarkTargetOverride> overrides(long roundId) {
            return overrides.getOrDefault(roundId, List.of());
        }
    }

    static final class Results implements ResultRepository {

        final Map<Long, Map<Long, EligibilityDecision>> eligibility = new HashMap<>();
        final Map<Long, List<PublishedLine>> published = new HashMap<>();
        final Map<Long, List<List<PublishedLine>>> publishedVersions = new HashMap<>();
        final Map<Long, List<ResultVersion>> versions = new HashMap<>();

        @Override
        public void store(long roundId, EligibilityDecision decision) {
            eligibility.computeIfAbsent(roundId, r -> new LinkedHashMap<>()).put(decision.teamId(), decision);
        }

        @Override
        public Map<Long, EligibilityDecision> eligibility(long roundId) {
            return eligibility.getOrDefault(roundId, Map.of());
        }

        @Override
        public void storePublished(long roundId, ResultVersion version, List<PublishedLine> lines) {
            versions.computeIfAbsent(roundId, r -> new ArrayList<>()).add(version);
            publishedVersions.computeIfAbsent(roundId, r -> new ArrayList<>()).add(List.copyOf(lines));
            published.put(roundId, List.copyOf(lines));
        }

        @Override
        public List<PublishedLine> published(long roundId) {
            return published.getOrDefault(roundId, List.of());
        }

        @Override
        public List<PublishedLine> published(long roundId, int version) {
            List<List<PublishedLine>> all = publishedVersions.getOrDefault(roundId, List.of());
            return version >= 1 && version <= all.size() ? all.get(version - 1) : List.of();
        }

        @Override
        public List<ResultVersion> versions(long roundId) {
            return versions.getOrDefault(roundId, List.of());
        }
    }

    static final class Ballots implements BallotRepository {

        final List<Ballot> stored = new ArrayList<>();
        final Set<Long> roundsWithTurnout = new HashSet<>();

        @Override
        public Optional<Ballot> findByCitizen(long roundId, long citizenId) {
            return stored.stream()
                    .filter(b -> b.getRoundId() == roundId && b.getCitizenId() == citizenId)
                    .findFirst();
        }

        /** As the database's unique constraint does: one ballot per citizen per round. */
        @Override
        public void storeFirst(Ballot ballot, boolean verifiedVoter) {
            if (findByCitizen(ballot.getRoundId(), ballot.getCitizenId()).isPresent()) {
                throw new AlreadyCast();
            }
            stored.add(withId(ballot, stored.size() + 1L));
            if (verifiedVoter) {
                verifiedBallots.merge(ballot.getRoundId(), 1L, Long::sum);
            }
        }

        final Map<Long, Long> verifiedBallots = new HashMap<>();

        @Override
        public kr.go.msit.sovereignai.domain.ballot.Turnout turnoutFigures(long roundId) {
            return new kr.go.msit.sovereignai.domain.ballot.Turnout(
                    turnout(roundId), verifiedBallots.getOrDefault(roundId, 0L));
        }

        /** As the entity's version does: each stored change counts one up. */
        @Override
        public void storeChange(Ballot ballot, Set<kr.go.msit.sovereignai.domain.ballot.Rating> replaced) {
            try {
                Field version = Ballot.class.getDeclaredField("version");
                version.setAccessible(true);
                version.setLong(ballot, version.getLong(ballot) + 1);
            } catch (ReflectiveOperationException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        @Override
        public long turnout(long roundId) {
            return stored.stream().filter(b -> b.getRoundId() == roundId).count();
        }

        @Override
        public void prepareTurnout(long roundId) {
            roundsWithTurnout.add(roundId);
        }

        @Override
        public Map<Long, Map<Long, RatingTotals>> ratingTotals(long roundId) {
            Map<Long, Map<Long, RatingTotals>> totals = new HashMap<>();
            stored.stream()
                    .filter(b -> b.getRoundId() == roundId)
                    .flatMap(b -> b.getRatings().stream())
                    .forEach(r -> {
                        Map<Long, RatingTotals> byCriterion =
                                totals.computeIfAbsent(r.teamId(), team -> new HashMap<>());
                        RatingTotals before = byCriterion.getOrDefault(r.criterionId(), new RatingTotals(0, 0));
                        byCriterion.put(
                                r.criterionId(), new RatingTotals(before.sum() + r.value(), before.count() + 1));
                    });
            return totals;
        }

        @Override
        public List<Ballot> bulletinPage(long roundId, String afterReceipt, int size) {
            return stored.stream()
                    .filter(b -> b.getRoundId() == roundId
                            && (afterReceipt == null || b.getReceipt().compareTo(afterReceipt) > 0))
                    .sorted((a, b) -> a.getReceipt().compareTo(b.getReceipt()))
                    .limit(size)
                    .toList();
        }

        @Override
        public Optional<Ballot> findByReceipt(long roundId, String receipt) {
            return stored.stream()
                    .filter(b -> b.getRoundId() == roundId && b.getReceipt().equals(receipt))
                    .findFirst();
        }
    }

    static final class Objections implements kr.go.msit.sovereignai.domain.objection.ObjectionRepository {

        final List<kr.go.msit.sovereignai.domain.objection.Objection> stored = new ArrayList<>();

        @Override
        public List<kr.go.msit.sovereignai.domain.objection.Objection> ofRound(long roundId) {
            return stored.stream().filter(o -> o.getRoundId() == roundId).toList();
        }

        @Override
        public Optional<kr.go.msit.sovereignai.domain.objection.Objection> find(long id) {
            return stored.stream().filter(o -> o.getId() == id).findFirst();
        }

        @Override
        public void store(kr.go.msit.sovereignai.domain.objection.Objection objection) {
            stored.add(withId(objection, stored.size() + 1L));
        }

        final Map<Long, List<kr.go.msit.sovereignai.domain.objection.ObjectionWaiver>> waivers = new HashMap<>();

        @Override
        public void storeWaiver(long roundId, kr.go.msit.sovereignai.domain.objection.ObjectionWaiver waiver) {
            waivers.computeIfAbsent(roundId, id -> new ArrayList<>()).add(waiver);
        }

        @Override
        public List<kr.go.msit.sovereignai.domain.objection.ObjectionWaiver> waivers(long roundId) {
            return List.copyOf(waivers.getOrDefault(roundId, List.of()));
        }
    }
}
