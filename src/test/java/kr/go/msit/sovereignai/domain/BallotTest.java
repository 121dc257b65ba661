package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.BallotAnswers;
import kr.go.msit.sovereignai.domain.ballot.BallotSheet;
import kr.go.msit.sovereignai.domain.ballot.Rating;
import kr.go.msit.sovereignai.domain.ballot.Receipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BallotTest {

    /** Teams 1, 2, 3; criteria 10 and 20. */
    private static final BallotSheet SHEET = new BallotSheet(Set.of(1L, 2L, 3L), Set.of(10L, 20L));

    private static final byte[] SECRET = new byte[32];

    private static BallotAnswers everyTeamRated(int value) {
        return rated(value, 1L, 2L, 3L).build();
    }

    /** The given teams rated {@code value} on both criteria. */
    private static BallotAnswers.Builder rated(int value, long... teams) {
        BallotAnswers.Builder answers = BallotAnswers.builder();
        for (long team : teams) {
            answers.answer(team, 10, value).answer(team, 20, value);
        }
        return answers;
    }

    private static String refusal(Executable refused) {
        return assertThrows(DomainRuleViolation.class, refused).messageKey();
    }

    @Test
    void aCompleteBallotRatesEveryTeamOnEveryCriterion() {
        List<Rating> ratings = SHEET.complete(everyTeamRated(4));
        assertEquals(6, ratings.size());
        assertEquals(new Rating(1, 10, 4), ratings.get(0), "ordered by team, then criterion");
    }

    @Test
    void missingUnknownAndOutOfRangeRatingsAreRefused() {
        assertEquals(
                "ballot.incomplete",
                refusal(() -> SHEET.complete(rated(3, 1L, 2L).build())));
        assertEquals(
                "ballot.incomplete",
                refusal(() -> SHEET.complete(rated(3, 1L, 2L).answer(3, 10, 3).build())));
        assertEquals(
                "ballot.unknownTeam",
                refusal(() ->
                        SHEET.complete(BallotAnswers.builder().answer(9, 10, 3).build())));
        assertEquals(
                "ballot.unknownCriterion",
                refusal(() ->
                        SHEET.complete(BallotAnswers.builder().answer(1, 99, 3).build())));
        assertEquals("ballot.rating.outOfRange", refusal(() -> rated(3, 2L, 3L).answer(1, 10, 0)));
        assertEquals("ballot.rating.outOfRange", refusal(() -> rated(3, 2L, 3L).answer(1, 10, 6)));
        assertEquals(
                "ballot.incomplete",
                refusal(() -> SHEET.complete(
                        rated(3, 1L, 2L).answer(3, 10, 3).answer(3, 20, null).build())));
        assertEquals(
                "ballot.duplicateRating",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> SHEET.complete(List.of(
                                        new Rating(1, 10, 3),
                                        new Rating(1, 10, 4),
                                        new Rating(1, 20, 3),
                                        new Rating(2, 10, 3),
                                        new Rating(2, 20, 3),
                                        new Rating(3, 10, 3))))
                        .messageKey());
    }

    @Test
    void aChangeReplacesTheRatingsAndTheReceipt() {
        Instant first = Instant.parse("2026-01-05T00:00:00Z");
        Ballot ballot = new Ballot(7, 42, SHEET.complete(everyTeamRated(2)), "AAAA-AAAA-AAAA-AAAA-AAAA", first);
        Set<Rating> replaced =
                ballot.change(SHEET.complete(everyTeamRated(5)), "BBBB-BBBB-BBBB-BBBB-BBBB", first.plusSeconds(60));

        // What the round's rating totals take out: the ratings as they were, not a view of the new ones.
        assertEquals(Set.copyOf(SHEET.complete(everyTeamRated(2))), replaced);
        assertEquals(2, ballot.getRevision());
        assertEquals("BBBB-BBBB-BBBB-BBBB-BBBB", ballot.getReceipt());
        assertEquals(6, ballot.getRatings().size());
        assertEquals(5, ballot.ratingOf(3, 20));
        assertEquals(first.plusSeconds(60), ballot.getCastAt());
    }

    @Test
    void receiptsAreShortReadableAndDependOnContentAndSecret() {
        List<Rating> ratings = SHEET.complete(everyTeamRated(3));
        String receipt = Receipt.derive(1, ratings, SECRET);
        assertTrue(receipt.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"), receipt);
        assertEquals(receipt, Receipt.derive(1, ratings, SECRET), "the same content and secret give the same code");
        assertNotEquals(
                receipt, Receipt.derive(1, SHEET.complete(everyTeamRated(4)), SECRET), "other ratings, other code");
        assertNotEquals(receipt, Receipt.derive(2, ratings, SECRET), "another round, another code");
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] = 1;
        assertNotEquals(receipt, Receipt.derive(1, ratings, otherSecret), "the secret makes codes unguessable");

        Set<String> codes = new HashSet<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 10_000; i++) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            codes.add(Receipt.derive(1, ratings, secret));
        }
        assertEquals(10_000, codes.size());
    }

    @Test
    void aTypedReceiptIsNormalised() {
        String receipt = Receipt.derive(1, SHEET.complete(everyTeamRated(3)), SECRET);
        assertEquals(receipt, Receipt.normalise(" " + receipt.toLowerCase().replace("-", " ") + " "));
        assertEquals("0000-1111-2222-3333-4444", Receipt.normalise("OOOO-IIII-2222-3333-4444"), "O read as 0, I as 1");
        assertEquals(
                "receipt.invalid",
                assertThrows(DomainRuleViolation.class, () -> Receipt.normalise("ABCD"))
                        .messageKey());
        assertEquals(
                "receipt.invalid",
                assertThrows(DomainRuleViolation.class, () -> Receipt.normalise("UUUU-UUUU-UUUU-UUUU-UUUU"))
                        .messageKey());
    }
}
