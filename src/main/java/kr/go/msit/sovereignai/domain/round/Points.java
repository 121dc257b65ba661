package kr.go.msit.sovereignai.domain.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.sovereignai.domain.DecimalInput;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** Rubric and score points: non-negative, to one decimal place. */
public final class Points {

    private Points() {}

    /**
     * A score or maximum as typed: refused unless a plain decimal ({@link DecimalInput#parse}),
     * then as {@link #of}.
     */
    public static BigDecimal parse(String text) {
        return of(DecimalInput.parse(text));
    }

    /**
     * A score or maximum as entered: refused when of absurd size (before any arithmetic),
     * negative or finer than one decimal.
     */
    public static BigDecimal of(BigDecimal value) {
        if (value == null) {
            throw new DomainRuleViolation("points.required");
        }
        DecimalInput.bounded(value);
        if (value.signum() < 0) {
            throw new DomainRuleViolation("points.negative");
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw new DomainRuleViolation("points.oneDecimal");
        }
        return value.setScale(1, RoundingMode.UNNECESSARY);
    }

    /**
     * {@code total} split into {@code parts} shares to one decimal that add up exactly: the
     * first shares take the extra tenths (35 in 3 is 11.7, 11.7, 11.6).
     */
    public static List<BigDecimal> splitEvenly(BigDecimal total, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("at least one part");
        }
        long tenths = of(total).movePointRight(1).longValueExact();
        long base = tenths / parts;
        long extra = tenths % parts;
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            shares.add(BigDecimal.valueOf(base + (i < extra ? 1 : 0), 1));
        }
        return shares;
    }
}
