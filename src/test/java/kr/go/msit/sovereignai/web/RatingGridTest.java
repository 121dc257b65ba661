package kr.go.msit.sovereignai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RatingGridTest {

    @Test
    void aPostedRatingIsOneOfTheScalesFiveValues() {
        for (int value = 1; value <= 5; value++) {
            assertEquals(value, RatingGrid.rating(String.valueOf(value)));
        }
    }

    @Test
    void anythingElsePostedIsNoRating() {
        for (String posted :
                new String[] {null, "", "0", "6", "9", "-1", " 3", "3 ", "三", "３", "٣", "x", "10", "333"}) {
            assertNull(RatingGrid.rating(posted), "posted: " + posted);
        }
    }
}
