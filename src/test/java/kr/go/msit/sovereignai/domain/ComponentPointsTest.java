package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ComponentPoints;
import org.junit.jupiter.api.Test;

class ComponentPointsTest {

    private static Map<Component, BigDecimal> points(
            String benchmark, String expert, String userPanel, String citizens) {
        Map<Component, BigDecimal> points = new EnumMap<>(Component.class);
        points.put(Component.BENCHMARK, new BigDecimal(benchmark));
        points.put(Component.EXPERT, new BigDecimal(expert));
        points.put(Component.USER_PANEL, new BigDecimal(userPanel));
        points.put(Component.PUBLIC, new BigDecimal(citizens));
        return points;
    }

    @Test
    void theDefaultsAreReview1sSplit() {
        ComponentPoints defaults = ComponentPoints.defaults();
        assertEquals(0, new BigDecimal("40").compareTo(defaults.of(Component.BENCHMARK)));
        assertEquals(0, new BigDecimal("35").compareTo(defaults.of(Component.EXPERT)));
        assertEquals(0, new BigDecimal("15").compareTo(defaults.of(Component.USER_PANEL)));
        assertEquals(0, new BigDecimal("10").compareTo(defaults.of(Component.PUBLIC)));
    }

    @Test
    void pointsAddUpToAHundredAndAComponentMayCarryNothing() {
        assertEquals(
                0,
                new ComponentPoints(points("40", "35", "25", "0"))
                        .of(Component.PUBLIC)
                        .signum());
        assertEquals(
                "weights.sumNot100",
                assertThrows(DomainRuleViolation.class, () -> new ComponentPoints(points("40", "35", "15", "9.9")))
                        .messageKey());
        assertEquals(
                "points.negative",
                assertThrows(DomainRuleViolation.class, () -> new ComponentPoints(points("50", "35", "25", "-10")))
                        .messageKey());
        assertEquals(
                "points.oneDecimal",
                assertThrows(DomainRuleViolation.class, () -> new ComponentPoints(points("39.95", "35.05", "15", "10")))
                        .messageKey());
        Map<Component, BigDecimal> missing = points("40", "35", "15", "10");
        missing.remove(Component.EXPERT);
        assertEquals(
                "weights.required",
                assertThrows(DomainRuleViolation.class, () -> new ComponentPoints(missing))
                        .messageKey());
    }
}
