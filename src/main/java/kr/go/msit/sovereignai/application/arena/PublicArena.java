package kr.go.msit.sovereignai.application.arena;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.arena.ArenaViews.BattleView;
import kr.go.msit.sovereignai.application.arena.ArenaViews.Commitment;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PublicEvaluationRules;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PublishedVote;
import kr.go.msit.sovereignai.application.arena.ArenaViews.VoteReceipt;
import kr.go.msit.sovereignai.application.arena.OpenArenaMaterial.OpenArena;
import kr.go.msit.sovereignai.application.ballot.ConfirmedCitizens;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.IdentityNotVerified;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository;
import kr.go.msit.sovereignai.domain.arena.AnswerMarkdown;
import kr.go.msit.sovereignai.domain.arena.ArenaOutcome;
import kr.go.msit.sovereignai.domain.arena.ArenaRefused;
import kr.go.msit.sovereignai.domain.arena.ArenaRepository;
import kr.go.msit.sovereignai.domain.arena.Battle;
import kr.go.msit.sovereignai.domain.arena.BattleCell;
import kr.go.msit.sovereignai.domain.arena.CitizenPseudonym;
import kr.go.msit.sovereignai.domain.arena.CommittedPrompt;
import kr.go.msit.sovereignai.domain.arena.PromptSet;
import kr.go.msit.sovereignai.domain.arena.TeamAnswer;
import kr.go.msit.sovereignai.domain.ballot.Receipt;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.ScoringPanel;
import kr.go.msit.sovereignai.domain.tally.ScoringPanelRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * The citizens' blind arena (대국민 블라인드 평가). A signed-in citizen is issued one battle at a
 * time (the one they have not voted on yet, or a new one under the round's cap), votes on it once
 * with its single-use token and gets a receipt. Which team answered is never told while the round is
 * open; once it has closed, the prompts, every answer set and every vote (under per-round
 * pseudonyms) are public.
 */
@Stateless
public class PublicArena {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final ArenaRepository arena;
    private final ConfirmedCitizens citizens;
    private final Principal caller;
    private final Clock clock;
    private final VerifiedIdentityRepository identities;
    private final ScoringPanelRepository panels;
    private final OpenArenaMaterial material;

    @Inject
    public PublicArena(
            ReviewRoundRepository rounds,
            TeamRepository teams,
            ArenaRepository arena,
            ConfirmedCitizens citizens,
            Principal caller,
            Clock clock,
            VerifiedIdentityRepository identities,
            ScoringPanelRepository panels,
            OpenArenaMaterial material) {
        this.material = material;
        this.panels = panels;
        this.identities = identities;
        this.rounds = rounds;
        this.teams = teams;
        this.arena = arena;
        this.citizens = citizens;
        this.caller = caller;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected PublicArena() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The caller's battle in the open arena: the one issued and not voted on yet, or a new one from a
     * least-filled cell on a prompt they have not seen, while they are under the round's cap.
     */
    @RolesAllowed(Role.CITIZEN_NAME)
    public BattleView battleForCaller() {
        long citizen = citizens.idOf(caller.getName());
        Instant now = clock.instant();
        OpenArena round = openArena(now).orElseThrow(() -> new ArenaRefused(ArenaRefused.Reason.NO_OPEN_ARENA));
        // Under the round's input gate, as every input: nothing is issued once a close has committed, nor from the
        // closing instant (the time read again once the gate is held: the wait for it may cross the instant).
        if (!rounds.statusAtInputGate(round.roundId()).acceptsEvaluations() || !round.acceptsVotesAt(clock.instant())) {
            throw new ArenaRefused(ArenaRefused.Reason.NO_OPEN_ARENA);
        }
        requireVerifiedWhereRequired(round, citizen);
        if (arena.promptSet(round.roundId()).isEmpty()) {
            throw new ArenaRefused(ArenaRefused.Reason.NOT_READY, round.number());
        }
        Optional<Battle> pending = arena.pendingBattle(round.roundId(), citizen);
        Battle battle = pending.orElseGet(() -> issue(round, citizen));
        return view(round, battle, citizen);
    }

    /** The arena round accepting votes now (its status is read under its input gate by each use). */
    private Optional<OpenArena> openArena(Instant now) {
        return material
                .openArenas(() -> rounds.findAll().stream()
                        .filter(r -> r.acceptsArenaVotesAt(now))
                        .map(OpenArena::of)
                        .toList())
                .stream()
                .filter(open -> open.acceptsVotesAt(now))
                .findFirst();
    }

    private Battle issue(OpenArena round, long citizen) {
        // One issuer at a time per round: the least-filled choice and the count it moves are read and written under
        // this lock.
        arena.lockPromptSet(round.roundId());
        // Another tab of the same citizen may have been issued one meanwhile: a citizen has at most one unvoted battle.
        Optional<Battle> issuedMeanwhile = arena.pendingBattle(round.roundId(), citizen);
        if (issuedMeanwhile.isPresent()) {
            return issuedMeanwhile.get();
        }
        // A citizen never sees a prompt twice, so with fewer prompts than the cap they are done once they have seen
        // them all.
        int cap = effectiveCap(round);
        if (cap == 0) {
            throw new ArenaRefused(ArenaRefused.Reason.NOT_READY, round.number()); // every prompt excluded
        }
        if (arena.battlesIssuedTo(round.roundId(), citizen) >= cap) {
            throw new ArenaRefused(ArenaRefused.Reason.CAP_REACHED, cap);
        }
        BattleCell cell = arena.nextCell(round.roundId(), citizen)
                .orElseThrow(() -> new ArenaRefused(
                        arena.cellFill(round.roundId())[1] == 0 && arena.battleCounts(round.roundId())[0] == 0
                                ? ArenaRefused.Reason.NOT_READY
                                : ArenaRefused.Reason.NONE_AVAILABLE,
                        round.number()));
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        Battle battle = new Battle(
                round.roundId(),
                cell,
                citizen,
                Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                clock.instant());
        arena.issue(battle, cell);
        return battle;
    }

    private BattleView view(OpenArena round, Battle battle, long citizen) {
        long promptId = battle.getPromptId();
        OpenArenaMaterial.ShownPrompt prompt = material.prompt(
                promptId,
                () -> arena.prompt(promptId)
                        .map(p -> new OpenArenaMaterial.ShownPrompt(p.getCategory(), p.getTextKo(), p.getTextEn()))
                        .orElseThrow());
        String a = answerHtml(round, battle.getTeamA(), promptId);
        String b = answerHtml(round, battle.getTeamB(), promptId);
        // The battle shown is the citizen's one unvoted battle: every other one issued to them was voted on.
        long issued = arena.battlesIssuedTo(round.roundId(), citizen);
        long voted = issued - 1;
        return new BattleView(
                round.number(),
                battle.getToken(),
                prompt.category(),
                prompt.textKo(),
                prompt.textEn(),
                a,
                b,
                issued,
                voted,
                effectiveCap(round));
    }

    /** A team's answer to a prompt of the open round, as the safe HTML a battle shows. */
    private String answerHtml(OpenArena round, long teamId, long promptId) {
        return material.answerHtml(
                promptId,
                teamId,
                () -> arena.answer(round.roundId(), teamId, promptId)
                        .map(TeamAnswer::getAnswer)
                        .map(AnswerMarkdown::toSafeHtml)
                        .orElseThrow());
    }

    /**
     * Records the caller's vote on the battle {@code token} names: once, only by the citizen it was
     * issued to, only while its round is open. Returns the receipt.
     */
    @RolesAllowed(Role.CITIZEN_NAME)
    public VoteReceipt vote(int roundNumber, String token, @NotNull ArenaOutcome outcome) {
        long citizen = citizens.idOf(caller.getName());
        OpenArena round = openArena(clock.instant())
                .filter(open -> open.number() == roundNumber)
                .orElseThrow(() -> {
                    rounds.require(roundNumber); // a round that does not exist is not found, as anywhere
                    return new ArenaRefused(ArenaRefused.Reason.ROUND_CLOSED, roundNumber);
                });
        // The time read again once the gate is held: the wait for it may cross the closing instant.
        if (!rounds.statusAtInputGate(round.roundId()).acceptsEvaluations() || !round.acceptsVotesAt(clock.instant())) {
            throw new ArenaRefused(ArenaRefused.Reason.ROUND_CLOSED, roundNumber);
        }
        requireVerifiedWhereRequired(round, citizen);
        Battle battle = (token == null || token.length() > 64 ? Optional.<Battle>empty() : arena.battleByToken(token))
                .filter(b -> b.getRoundId() == round.roundId() && b.getCitizenId() == citizen)
                .orElseThrow(() -> new ArenaRefused(ArenaRefused.Reason.TOKEN_UNKNOWN));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String receipt = Receipt.derive(roundNumber, "battle:" + battle.getId() + ";outcome:" + outcome, secret);
        if (!arena.recordVote(battle.getId(), citizen, outcome, clock.instant(), receipt)) {
            throw new ArenaRefused(ArenaRefused.Reason.TOKEN_SPENT);
        }
        // Just voted on its one unvoted battle: every battle issued to the citizen is voted on.
        long voted = arena.battlesIssuedTo(round.roundId(), citizen);
        return new VoteReceipt(roundNumber, receipt, outcome, voted, effectiveCap(round));
    }

    /** Refused with {@link IdentityNotVerified} in a round that requires verified identity, for an unverified citizen. */
    private void requireVerifiedWhereRequired(OpenArena round, long citizen) {
        if (round.verifiedIdentityRequired() && !identities.isVerified(citizen)) {
            throw new IdentityNotVerified(round.number());
        }
    }

    /** The battles a citizen can be issued in the round: its cap, or fewer when it has fewer prompts (none is seen twice). */
    private int effectiveCap(OpenArena round) {
        return (int) Math.min(
                round.battleCap(),
                material.includedPrompts(round.roundId(), () -> arena.includedPrompts(round.roundId())));
    }

    /** A round's public-evaluation rules and, for an arena, its prompt commitment: public before it opens. */
    @PermitAll
    public PublicEvaluationRules rules(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        return ArenaReading.rules(round, arena.promptSet(round.getId()), clock.instant());
    }

    /** Every round's prompt commitment, by round number (for the timeline). */
    @PermitAll
    public Map<Integer, Commitment> commitments() {
        Instant now = clock.instant();
        return rounds.findAll().stream()
                .filter(r -> r.rulebook().isArena())
                .flatMap(r ->
                        arena
                                .promptSet(r.getId())
                                .map(s -> Map.entry(r.getNumber(), ArenaReading.commitment(s, now)))
                                .stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The released prompt set in its canonical form (whose SHA-256 is the commitment); refused before the release instant. */
    @PermitAll
    public String releasedPrompts(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        PromptSet set = arena.promptSet(round.getId()).orElseThrow(() -> new NotFound("arena.notFound", roundNumber));
        if (!set.isReleasedAt(clock.instant()) && !round.revealsArena()) {
            throw new NotPublished("arena.prompts.notReleased", roundNumber);
        }
        return ArenaCanonical.prompts(arena.prompts(round.getId()));
    }

    /** A team's answer set in its canonical form (whose SHA-256 is its digest); public once the round has closed. */
    @PermitAll
    public String revealedAnswers(int roundNumber, String teamCode) {
        ReviewRound round = revealed(roundNumber);
        Team team = teams.findByCode(teamCode)
                .filter(t -> round.getRoster().contains(t.getId()))
                .orElseThrow(() -> new NotFound("team.notFound"));
        Map<Long, String> keys = arena.prompts(round.getId()).stream()
                .collect(Collectors.toMap(CommittedPrompt::getId, CommittedPrompt::getKey));
        List<TeamAnswer> answers = arena.answers(round.getId()).stream()
                .filter(a -> a.getTeamId() == team.getId())
                .toList();
        if (answers.isEmpty()) {
            throw new NotFound("arena.answers.none", teamCode);
        }
        return ArenaCanonical.answers(answers, keys);
    }

    /** Each team's answer set digest by team code once the round has closed (empty before, and for a rating round). */
    @PermitAll
    public Map<String, String> revealedAnswerDigests(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.revealsArena()) {
            return Map.of();
        }
        Map<Long, String> codes = teams.findAll().stream().collect(Collectors.toMap(Team::getId, Team::getCode));
        Map<String, String> digests = new java.util.TreeMap<>();
        arena.answerSets(round.getId()).forEach(s -> digests.put(codes.get(s.getTeamId()), s.getSha256()));
        return digests;
    }

    /** Every battle of a closed arena round, voted or not, as published (team codes, pseudonyms). */
    @PermitAll
    public void forEachPublishedBattle(int roundNumber, Consumer<PublishedVote> consumer) {
        ReviewRound round = revealed(roundNumber);
        Map<Long, String> codes = teams.findAll().stream().collect(Collectors.toMap(Team::getId, Team::getCode));
        Map<Long, String> keys = arena.prompts(round.getId()).stream()
                .collect(Collectors.toMap(CommittedPrompt::getId, CommittedPrompt::getKey));
        String salt =
                arena.promptSet(round.getId()).map(PromptSet::getPseudonymSalt).orElse("");
        Map<Long, String> pseudonyms = new java.util.HashMap<>();
        // With a drawn citizens' panel each vote says whether it scored (a seated member's); the members are at most
        // the panel's size.
        Set<Long> members = scoringMembers(round);
        arena.forEachBattle(
                round.getId(),
                line -> consumer.accept(new PublishedVote(
                        line.battleId(),
                        keys.get(line.promptId()),
                        codes.get(line.teamA()),
                        codes.get(line.teamB()),
                        line.outcome() == null ? null : line.outcome().name(),
                        pseudonyms.computeIfAbsent(line.citizenId(), id -> CitizenPseudonym.of(salt, id)),
                        line.receipt(),
                        line.votedAt(),
                        members == null ? null : line.outcome() != null && members.contains(line.citizenId()))));
    }

    /** Whether the round's votes are scored by a drawn citizens' panel (issue 23): then its votes say which scored. */
    @PermitAll
    public boolean panelScored(int roundNumber) {
        return scoringMembers(rounds.require(roundNumber)) != null;
    }

    /** The seated members of the round's drawn citizens' panel, or null for a round without a drawn panel. */
    private Set<Long> scoringMembers(ReviewRound round) {
        if (panels == null) {
            return null;
        }
        return panels.ofRound(round.getId())
                .filter(ScoringPanel::drawn)
                .map(p -> panels.seatedMembers(round.getId()))
                .orElse(null);
    }

    /** A vote found by its receipt in a closed arena round. */
    @PermitAll
    public Optional<PublishedVote> findVote(int roundNumber, String typedReceipt) {
        ReviewRound round = revealed(roundNumber);
        String receipt = Receipt.normalise(typedReceipt);
        return arena.battleByReceipt(round.getId(), receipt).map(b -> {
            Map<Long, String> codes = teams.findAll().stream().collect(Collectors.toMap(Team::getId, Team::getCode));
            String key =
                    arena.prompt(b.getPromptId()).map(CommittedPrompt::getKey).orElse(null);
            String salt = arena.promptSet(round.getId())
                    .map(PromptSet::getPseudonymSalt)
                    .orElse("");
            return new PublishedVote(
                    b.getId(),
                    key,
                    codes.get(b.getTeamA()),
                    codes.get(b.getTeamB()),
                    b.getOutcome().name(),
                    CitizenPseudonym.of(salt, b.getCitizenId()),
                    b.getReceipt(),
                    b.getVotedAt(),
                    Optional.ofNullable(scoringMembers(round))
                            .map(members -> members.contains(b.getCitizenId()))
                            .orElse(null));
        });
    }

    private ReviewRound revealed(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.revealsArena()) {
            throw new NotPublished("arena.notRevealed", roundNumber);
        }
        return round;
    }
}
