package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.go.msit.sovereignai.domain.ballot.Ballot;
import kr.go.msit.sovereignai.domain.ballot.BallotSheet;
import kr.go.msit.sovereignai.domain.ballot.Rating;
import kr.go.msit.sovereignai.domain.ballot.Receipt;
import org.junit.jupiter.api.Test;

class BallotTest {

    /** Teams 1, 2, 3; criteria 10 and 20. */
    private static final BallotSheet SHEET = new BallotSheet(Set.of(1L, 2L, 3L), Set.of(10L, 20L));
    private static final byte[] SECRET = new byte[32];

    private static Map<Long, Map<Long, Integer>> everyTeamRated(int value) {
        return Map.of(1L, Map.of(10L, value, 20L, value), 2L, Map.of(10L, value, 20L, value), 3L, Map.of(10L, value, 20L, value));
    }

    private static String refusal(Map<Long, Map<Long, Integer>> ratings) {
        return assertThrows(DomainRuleViolation.class, () -> SHEET.complete(ratings)).messageKey();
    }

    @Test
    void aCompleteBallotRatesEveryTeamOnEveryCriterion() {
        List<Rating> ratings = SHEET.complete(everyTeamRated(4));
        assertEquals(6, ratings.size());
        assertEquals(new Rating(1, 10, 4), ratings.get(0), "ordered by team, then criterion");
    }

    @Test
    void missingUnknownAndOutOfRangeRatingsAreRefused() {
        assertEquals("ballot.incomplete", refusal(Map.of(1L, Map.of(10L, 3, 20L, 3), 2L, Map.of(10L, 3, 20L, 3))));
        assertEquals("ballot.incomplete", refusal(Map.of(1L, Map.of(10L, 3, 20L, 3), 2L, Map.of(10L, 3, 20L, 3), 3L, Map.of(10L, 3))));
        assertEquals("ballot.unknownTeam", refusal(Map.of(9L, Map.of(10L, 3))));
        assertEquals("ballot.unknownCriterion", refusal(Map.of(1L, Map.of(99L, 3))));
        assertEquals("ballot.rating.outOfRange", refusal(Map.of(1L, Map.of(10L, 0, 20L, 3), 2L, Map.of(10L, 3, 20L, 3), 3L, Map.of(10L, 3, 20L, 3))));
        assertEquals("ballot.rating.outOfRange", refusal(Map.of(1L, Map.of(10L, 6, 20L, 3), 2L, Map.of(10L, 3, 20L, 3), 3L, Map.of(10L, 3, 20L, 3))));
        java.util.Map<Long, Integer> withBlank = new java.util.HashMap<>(Map.of(10L, 3));
        withBlank.put(20L, null);
        assertEquals("ballot.incomplete", refusal(Map.of(1L, withBlank, 2L, Map.of(10L, 3, 20L, 3), 3L, Map.of(10L, 3, 20L, 3))));
        assertEquals("ballot.duplicateRating", assertThrows(DomainRuleViolation.class, () -> SHEET.complete(List.of(
                new Rating(1, 10, 3), new Rating(1, 10, 4), new Rating(1, 20, 3), new Rating(2, 10, 3), new Rating(2, 20, 3), new Rating(3, 10, 3)))).messageKey());
    }

    @Test
    void aChangeReplacesTheRatingsAndTheReceipt() {
        Instant first = Instant.parse("2026-01-05T00:00:00Z");
        Ballot ballot = new Ballot(7, 42, SHEET.complete(everyTeamRated(2)), "AAAA-AAAA-AAAA-AAAA-AAAA", first);
        ballot.change(SHEET.complete(everyTeamRated(5)), "BBBB-BBBB-BBBB-BBBB-BBBB", first.plusSeconds(60));

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
        assertNotEquals(receipt, Receipt.derive(1, SHEET.complete(everyTeamRated(4)), SECRET), "other ratings, other code");
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
        assertEquals("receipt.invalid", assertThrows(DomainRuleViolation.class, () -> Receipt.normalise("ABCD")).messageKey());
        assertEquals("receipt.invalid", assertThrows(DomainRuleViolation.class, () -> Receipt.normalise("UUUU-UUUU-UUUU-UUUU-UUUU")).messageKey());
    }
}
