package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkScore;
import kr.go.msit.sovereignai.domain.round.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e4000000",
                "1E+4000000",
                "1e-4000000",
                "0x10",
                "1,000",
                "1.2.3",
                "+5",
                ".5",
                "5.",
                "NaN",
                "Infinity",
                "١٢",
                "12345",
                "1.23456",
                "1 0",
                "--1",
                "1d",
                "99999999999999999999999999999999999999999"
            })
    void refusesAnythingButAPlainDecimalOfBoundedSize(String text) {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> DecimalInput.parse(text));
        assertEquals("decimal.malformed", refused.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "11.7", "9999.9999", " 40 ", "-3", "087.50"})
    void acceptsPlainDecimals(String text) {
        assertEquals(new BigDecimal(text.strip()), DecimalInput.parse(text));
    }

    @Test
    void blankIsNoValueSoTheCallersRequiredRuleSpeaks() {
        assertNull(DecimalInput.parse(null));
        assertNull(DecimalInput.parse("   "));
        assertEquals(
                "points.required",
                assertThrows(DomainRuleViolation.class, () -> Points.parse("")).messageKey());
    }

    @Test
    void pointsKeepTheirOwnRulesAfterParsing() {
        assertEquals(new BigDecimal("11.7"), Points.parse("11.70"));
        assertEquals(
                "points.oneDecimal",
                assertThrows(DomainRuleViolation.class, () -> Points.parse("11.65"))
                        .messageKey());
        assertEquals(
                "points.negative",
                assertThrows(DomainRuleViolation.class, () -> Points.parse("-1"))
                        .messageKey());
        assertEquals(
                "decimal.malformed",
                assertThrows(DomainRuleViolation.class, () -> Points.parse("1e400"))
                        .messageKey());
    }

    @Test
    void hugeValuesAlreadyParsedAreRefusedBeforeAnyArithmetic() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String huge : new String[] {"1e4000000", "1e-4000000", "1e999999999"}) {
                BigDecimal value = new BigDecimal(huge);
                assertEquals(
                        "decimal.malformed",
                        assertThrows(DomainRuleViolation.class, () -> Points.of(value))
                                .messageKey());
                assertEquals(
                        "decimal.malformed",
                        assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.target(value))
                                .messageKey());
                assertEquals(
                        "decimal.malformed",
                        assertThrows(DomainRuleViolation.class, () -> BenchmarkScore.measured(value))
                                .messageKey());
            }
        });
        assertEquals(new BigDecimal("10.0"), Points.of(new BigDecimal("1E+1")));
    }
}
