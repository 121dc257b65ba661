package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.ballot.ConfirmedCitizens;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.IdentityNotVerified;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentity;
import kr.go.msit.sovereignai.domain.ballot.BallotAnswers;
import kr.go.msit.sovereignai.domain.ballot.Turnout;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A round that requires verified identity: the ballot service refuses an unverified citizen, typed, and counts the verified. */
class VerifiedBallotTest {

    private static final Instant OPENS = Instant.parse("2026-08-01T00:00:00Z");
    private static final String CITIZEN = "citizen@example.kr";
    private static final long CRITERION = 1L;

    private final InMemory.Rounds rounds = new InMemory.Rounds();
    private final InMemory.Teams teams = new InMemory.Teams();
    private final InMemory.Accounts accounts = new InMemory.Accounts();
    private final InMemory.Ballots ballots = new InMemory.Ballots();
    private final InMemory.VerifiedIdentities identities = new InMemory.VerifiedIdentities();
    private final InMemory.TestClock clock = new InMemory.TestClock(OPENS.plus(Duration.ofDays(1)));
    private PublicEvaluation evaluation;
    private ReviewRound round;
    private Team team;
    private Account citizen;

    @BeforeEach
    void anOpenRoundThatRequiresVerifiedIdentity() {
        round = InMemory.ratingRound(1, new ReviewWindow(OPENS, OPENS.plus(Duration.ofDays(14))));
        round.requireVerifiedIdentity(true);
        rounds.store(round);
        InMemory.withId(round.rulebook().publicCriteria().get(0), CRITERION);
        team = new Team("upstage", new TeamProfile("업스테이지", "Upstage", "업스테이지", List.of(), null, null), 1);
        teams.store(team);
        round.open(OPENS, "과학기술정보통신부", List.of(team.getId()));
        citizen = Account.citizen(CITIZEN, "시민", "hash", clock.instant());
        citizen.confirmEmail(clock.instant());
        accounts.store(citizen);
        evaluation = new PublicEvaluation(
                rounds,
                teams,
                ballots,
                new ConfirmedCitizens(accounts, new InMemory.NoCache()),
                clock,
                new InMemory.NoCache(),
                InMemory.caller(CITIZEN),
                identities);
    }

    private BallotAnswers answers() {
        return BallotAnswers.builder().answer(team.getId(), CRITERION, 4).build();
    }

    @Test
    void anUnverifiedCitizenIsRefusedTypedAndNothingIsStored() {
        IdentityNotVerified refused = assertThrows(IdentityNotVerified.class, () -> evaluation.cast(1, answers()));
        assertEquals(1, refused.roundNumber());
        assertThrows(IdentityNotVerified.class, evaluation::ballotForCaller);
        assertTrue(ballots.stored.isEmpty());
    }

    @Test
    void aVerifiedCitizenVotesAndIsCountedAmongTheVerified() {
        identities.store(new VerifiedIdentity(citizen.getId(), "a".repeat(64), null, null, clock.instant()));

        evaluation.cast(1, answers());

        assertEquals(new Turnout(1, 1), ballots.turnoutFigures(round.getId()));
    }

    @Test
    void theRuleIsFrozenOnceTheRoundHasOpened() {
        assertThrows(DomainRuleViolation.class, () -> round.requireVerifiedIdentity(false));
        assertTrue(round.rulebook().requiresVerifiedIdentity());
    }
}
