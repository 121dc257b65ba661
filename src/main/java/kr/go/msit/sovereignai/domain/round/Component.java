package kr.go.msit.sovereignai.domain.round;

import java.math.BigDecimal;

/**
 * A scored part of a review round. The default points follow review 1's split, with the user
 * evaluation shared between the user panel and the citizens' ballot; a round's actual points
 * are data ({@code round_component}) and sum to 100.
 */
public enum Component {
    BENCHMARK("40"),
    EXPERT("35"),
    USER_PANEL("15"),
    PUBLIC("10");

    private final BigDecimal defaultPoints;

    Component(String defaultPoints) {
        this.defaultPoints = new BigDecimal(defaultPoints);
    }

    public BigDecimal defaultPoints() {
        return defaultPoints;
    }
}
