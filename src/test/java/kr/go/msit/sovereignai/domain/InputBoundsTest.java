package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkScore;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewWindow;
import org.junit.jupiter.api.Test;

/** Every text and number a form can send is bounded in the domain, with the field it concerns. */
class InputBoundsTest {

    private static final ReviewWindow DECEMBER =
            ReviewWindow.wholeDays(LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 31));
    private static final ReviewWindow JANUARY =
            ReviewWindow.wholeDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15));
    private static final Instant NOW = Instant.parse("2025-11-21T00:00:00Z");

    @Test
    void aPostponementReasonBeyondItsColumnIsRefusedNamingTheField() {
        ReviewRound round = new ReviewRound(1, DECEMBER, 1);
        InvalidInput korean = assertThrows(
                InvalidInput.class,
                () -> round.postpone(JANUARY, LocalizedText.of("가".repeat(5000), null), "관리자", NOW));
        assertEquals(InvalidInput.Input.REASON_KO, korean.input());
        assertEquals("text.tooLongMax", korean.messageKey());
        InvalidInput english = assertThrows(
                InvalidInput.class,
                () -> round.postpone(JANUARY, LocalizedText.of("지연", "e".repeat(1001)), "관리자", NOW));
        assertEquals(InvalidInput.Input.REASON_EN, english.input());
        assertFalse(round.timeline().isPostponed(), "nothing changed");
        round.postpone(JANUARY, LocalizedText.of("가".repeat(1000), "e".repeat(1000)), "관리자", NOW);
    }

    @Test
    void emailsAndDisplayNamesAreBoundedToTheirColumns() {
        String email254 = "a".repeat(64) + "@" + "b".repeat(186) + ".kr";
        assertEquals(254, email254.length());
        assertEquals(email254, EmailAddress.canonical(email254));
        assertEquals(
                InvalidInput.Input.EMAIL,
                assertThrows(InvalidInput.class, () -> EmailAddress.canonical(email254.replace("@", "@c")))
                        .input());
        Account.citizen("x@example.kr", "가".repeat(50), "hash", NOW);
        assertEquals(
                InvalidInput.Input.DISPLAY_NAME,
                assertThrows(InvalidInput.class, () -> Account.citizen("x@example.kr", "가".repeat(51), "hash", NOW))
                        .input());
    }

    @Test
    void benchmarkScoresAreKeptToFourDecimals() {
        assertEquals(new BigDecimal("0.8734"), BenchmarkScore.measured(new BigDecimal("0.87340")));
        assertEquals(
                "benchmark.score.decimals",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.measured(new BigDecimal("0.87345")))
                        .messageKey());
        assertEquals(
                "benchmark.score.decimals",
                assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.target(new BigDecimal("87.00001")))
                        .messageKey());
    }
}
