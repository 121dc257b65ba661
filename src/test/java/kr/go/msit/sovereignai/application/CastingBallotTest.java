package kr.go.msit.sovereignai.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.ballot.BallotViews.Cast;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.EmailNotConfirmed;
import kr.go.msit.sovereignai.domain.ballot.BallotAnswers;
import kr.go.msit.sovereignai.domain.ballot.BallotRepository.AlreadyCast;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import kr.go.msit.sovereignai.domain.round.RoundNotOpen;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A citizen casts and changes a ballot, without the container: one ballot, complete, only while open, never overwritten unseen. */
class CastingBallotTest {

    private static final Instant OPENS = Instant.parse("2026-08-01T00:00:00Z");
    private static final String CITIZEN = "citizen@example.kr";
    private static final String UNCONFIRMED = "unconfirmed@example.kr";
    private static final long CRITERION = 1L;

    private final InMemory.Rounds rounds = new InMemory.Rounds();
    private final InMemory.Teams teams = new InMemory.Teams();
    private final InMemory.Accounts accounts = new InMemory.Accounts();
    private final InMemory.Ballots ballots = new InMemory.Ballots();
    private final InMemory.TestClock clock = new InMemory.TestClock(OPENS.plus(Duration.ofDays(1)));
    private PublicEvaluation evaluation;
    private ReviewRound round;
    private Team lg;
    private Team upstage;

    @BeforeEach
    void anOpenRoundWithTwoTeams() {
        round = InMemory.ratingRound(1, new ReviewWindow(OPENS, OPENS.plus(Duration.ofDays(14))));
        rounds.store(round);
        InMemory.withId(round.rulebook().publicCriteria().get(0), CRITERION);
        lg = new Team(
                "lg-ai-research", new TeamProfile("LG AI연구원", "LG AI Research", "LG AI연구원", List.of(), null, null), 1);
        upstage = new Team("upstage", new TeamProfile("업스테이지", "Upstage", "업스테이지", List.of(), null, null), 1);
        teams.store(lg);
        teams.store(upstage);
        round.open(
                OPENS,
                "과학기술정보통신부",
                teams.findInTheRace().stream().map(Team::getId).toList());
        Account citizen = Account.citizen(CITIZEN, "시민", "hash", clock.instant());
        citizen.confirmEmail(clock.instant());
        accounts.store(citizen);
        accounts.store(Account.citizen(UNCONFIRMED, "확인 전", "hash", clock.instant()));
        evaluation = new PublicEvaluation(
                rounds,
                teams,
                ballots,
                new kr.go.msit.sovereignai.application.ballot.ConfirmedCitizens(accounts, new InMemory.NoCache()),
                clock,
                new InMemory.NoCache(),
                InMemory.caller(CITIZEN));
    }

    @Test
    void aCitizenWhoseAddressIsNotConfirmedCannotVoteOrSeeTheBallot() {
        PublicEvaluation unconfirmed = new PublicEvaluation(
                rounds,
                teams,
                ballots,
                new kr.go.msit.sovereignai.application.ballot.ConfirmedCitizens(accounts, new InMemory.NoCache()),
                clock,
                new InMemory.NoCache(),
                InMemory.caller(UNCONFIRMED));

        assertThrows(EmailNotConfirmed.class, () -> unconfirmed.cast(1, answers(5, 3)));
        assertThrows(EmailNotConfirmed.class, unconfirmed::ballotForCaller);
        assertTrue(ballots.stored.isEmpty());
    }

    private BallotAnswers answers(Integer forLg, Integer forUpstage) {
        return BallotAnswers.builder()
                .answer(lg.getId(), CRITERION, forLg)
                .answer(upstage.getId(), CRITERION, forUpstage)
                .build();
    }

    @Test
    void aCompleteBallotIsCountedOnceWithAReceipt() {
        Cast cast = evaluation.cast(1, answers(5, 3));

        assertEquals(1, cast.turnout());
        assertEquals(1, ballots.stored.size());
        assertEquals(answers(5, 3), cast.ballot().ratings());
        assertEquals(cast.receipt(), ballots.stored.get(0).getReceipt());
        assertThrows(
                AlreadyCast.class, () -> evaluation.cast(1, answers(1, 1)), "a second ballot (another tab, a replay)");
        assertEquals(1, ballots.turnout(round.getId()));
        assertEquals(answers(5, 3), BallotAnswers.of(ballots.stored.get(0).getRatings()), "the first ballot stands");
    }

    @Test
    void anIncompleteBallotIsRefusedAndNothingIsStored() {
        assertEquals(
                "ballot.incomplete",
                assertThrows(DomainRuleViolation.class, () -> evaluation.cast(1, answers(5, null)))
                        .messageKey());
        assertTrue(ballots.stored.isEmpty());
    }

    @Test
    void aChangeReplacesTheBallotOnlyIfItIsTheOneTheCitizenSaw() {
        Cast first = evaluation.cast(1, answers(5, 3));
        Cast changed = evaluation.change(1, first.ballot().version(), answers(2, 4));

        assertEquals(answers(2, 4), BallotAnswers.of(ballots.stored.get(0).getRatings()));
        assertEquals(2, changed.ballot().revision());
        assertNotEquals(first.receipt(), changed.receipt(), "a new receipt for the new ratings");
        assertEquals(1, changed.turnout(), "a change is not a second ballot");

        DomainRuleViolation stale = assertThrows(
                DomainRuleViolation.class,
                () -> evaluation.change(1, first.ballot().version(), answers(1, 1)));
        assertEquals("ballot.changedElsewhere", stale.messageKey());
        assertEquals(
                answers(2, 4),
                BallotAnswers.of(ballots.stored.get(0).getRatings()),
                "the newer ballot is not overwritten");
    }

    @Test
    void noBallotIsTakenOnceTheRoundClosed() {
        Cast first = evaluation.cast(1, answers(5, 3));
        round.close(round.timeline().window().closesAt());

        assertThrows(
                RoundNotOpen.class, () -> evaluation.change(1, first.ballot().version(), answers(1, 1)));
        assertEquals(answers(5, 3), BallotAnswers.of(ballots.stored.get(0).getRatings()));
        assertEquals(1, ballots.stored.size());
    }
}
