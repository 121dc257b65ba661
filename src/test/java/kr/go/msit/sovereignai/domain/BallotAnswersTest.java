package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Set;
import kr.go.msit.sovereignai.domain.ballot.BallotAnswers;
import kr.go.msit.sovereignai.domain.ballot.BallotSheet;
import kr.go.msit.sovereignai.domain.ballot.Rating;
import org.junit.jupiter.api.Test;

class BallotAnswersTest {

    /** Teams 1 and 2; criteria 10 and 20. */
    private static final BallotSheet SHEET = new BallotSheet(Set.of(1L, 2L), Set.of(10L, 20L));

    private static BallotAnswers complete() {
        return BallotAnswers.builder()
                .answer(2, 20, 1)
                .answer(1, 20, 5)
                .answer(2, 10, 3)
                .answer(1, 10, 4)
                .build();
    }

    private static String refusal(org.junit.jupiter.api.function.Executable refused) {
        return assertThrows(DomainRuleViolation.class, refused).messageKey();
    }

    @Test
    void everyValueOfTheScaleAndNoOtherIsARating() {
        for (int value = Rating.LOWEST; value <= Rating.HIGHEST; value++) {
            assertEquals(
                    value, BallotAnswers.builder().answer(1, 10, value).build().ratingOf(1, 10));
        }
        DomainRuleViolation low = assertThrows(
                DomainRuleViolation.class, () -> BallotAnswers.builder().answer(1, 10, Rating.LOWEST - 1));
        assertEquals("ballot.rating.outOfRange", low.messageKey());
        assertEquals(List.of(Rating.LOWEST, Rating.HIGHEST), List.of(low.arguments()), "the message names the range");
        assertEquals(
                "ballot.rating.outOfRange",
                refusal(() -> BallotAnswers.builder().answer(1, 10, Rating.HIGHEST + 1)));
    }

    @Test
    void answersAreByTeamThenCriterionWhateverTheOrderGiven() {
        BallotAnswers answers = complete();
        assertEquals(
                List.of(new Rating(1, 10, 4), new Rating(1, 20, 5), new Rating(2, 10, 3), new Rating(2, 20, 1)),
                answers.ratings());
        assertEquals(
                List.of(1L, 2L),
                answers.teams().stream().map(BallotAnswers.TeamAnswers::teamId).toList());
        assertEquals(
                List.of(10L, 20L),
                List.copyOf(answers.teams().get(0).byCriterion().keySet()));
        assertEquals(3, answers.teams().get(1).ratingOf(10));
        assertEquals(4, answers.size());
        assertNull(answers.ratingOf(3, 10), "an unrated team");
        assertNull(answers.ratingOf(1, 30), "an unanswered criterion");
    }

    @Test
    void blankAnswersAreUnansweredAndTwoAnswersToOneQuestionAreRefused() {
        BallotAnswers blank = BallotAnswers.builder().answer(1, 10, null).build();
        assertTrue(blank.isEmpty());
        assertNull(blank.ratingOf(1, 10));
        assertEquals(
                "ballot.duplicateRating",
                refusal(() -> BallotAnswers.builder().answer(1, 10, 3).answer(1, 10, 4)));
        assertEquals(
                "ballot.duplicateRating",
                refusal(() -> BallotAnswers.of(List.of(new Rating(1, 10, 3), new Rating(1, 10, 3)))));
    }

    @Test
    void storedRatingsGiveTheSameAnswersAsTheForm() {
        BallotAnswers answers = complete();
        assertEquals(answers, BallotAnswers.of(Set.copyOf(answers.ratings())));
        assertEquals(answers.hashCode(), BallotAnswers.of(answers.ratings()).hashCode());
    }

    @Test
    void answersCannotBeChangedFromOutside() {
        BallotAnswers answers = complete();
        assertThrows(
                UnsupportedOperationException.class,
                () -> answers.teams().get(0).byCriterion().put(10L, 1));
        assertThrows(
                UnsupportedOperationException.class, () -> answers.ratings().add(new Rating(1, 10, 1)));
        assertEquals(4, answers.ratingOf(1, 10));
    }

    @Test
    void answersSurviveAViewStateRoundTrip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(complete());
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(complete(), in.readObject());
        }
    }

    @Test
    void aSheetAcceptsOnlyEveryTeamOnEveryCriterion() {
        assertEquals(complete().ratings(), SHEET.complete(complete()));
        assertEquals(
                "ballot.incomplete",
                refusal(() -> SHEET.complete(BallotAnswers.builder()
                        .answer(1, 10, 4)
                        .answer(1, 20, 5)
                        .answer(2, 10, 3)
                        .build())));
        assertEquals(
                "ballot.incomplete",
                refusal(() -> SHEET.complete(BallotAnswers.builder().build())));
        assertEquals(
                "ballot.unknownTeam",
                refusal(() ->
                        SHEET.complete(BallotAnswers.builder().answer(3, 10, 4).build())));
        assertEquals(
                "ballot.unknownCriterion",
                refusal(() ->
                        SHEET.complete(BallotAnswers.builder().answer(1, 30, 4).build())));
    }
}
