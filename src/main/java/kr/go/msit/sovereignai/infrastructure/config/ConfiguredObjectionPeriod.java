package kr.go.msit.sovereignai.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import kr.go.msit.sovereignai.application.results.ObjectionPeriod;

/** {@code PLATFORM_OBJECTION_PERIOD_DAYS} (or {@code platform.objection-period-days}), else seven days; nonsense counts as unset. */
@ApplicationScoped
public class ConfiguredObjectionPeriod implements ObjectionPeriod {

    static final int DEFAULT_DAYS = 7;

    @Override
    public Duration length() {
        int days = PlatformConfiguration.setting("PLATFORM_OBJECTION_PERIOD_DAYS", "platform.objection-period-days")
                .map(value -> {
                    try {
                        return Math.max(0, Integer.parseInt(value));
                    } catch (NumberFormatException nonsense) {
                        return DEFAULT_DAYS;
                    }
                })
                .orElse(DEFAULT_DAYS);
        return Duration.ofDays(days);
    }
}
