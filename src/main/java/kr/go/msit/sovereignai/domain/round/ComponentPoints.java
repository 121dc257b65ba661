package kr.go.msit.sovereignai.domain.round;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * The points each component carries in a round (its weight): every component present, none
 * negative, to one decimal, adding up to 100. A component may carry 0 (it then does not count).
 */
public record ComponentPoints(Map<Component, BigDecimal> points) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public ComponentPoints {
        Map<Component, BigDecimal> checked = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            BigDecimal value = points.get(component);
            if (value == null) {
                throw new DomainRuleViolation("weights.required", component);
            }
            checked.put(component, Points.of(value));
        }
        BigDecimal sum = checked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new DomainRuleViolation(
                    "weights.sumNot100", sum.stripTrailingZeros().toPlainString());
        }
        points = Collections.unmodifiableMap(checked);
    }

    /** Review 1's split: benchmark 40, experts 35, user panel 15, citizens 10. */
    public static ComponentPoints defaults() {
        Map<Component, BigDecimal> points = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            points.put(component, component.defaultPoints());
        }
        return new ComponentPoints(points);
    }

    public BigDecimal of(Component component) {
        return points.get(component);
    }
}
