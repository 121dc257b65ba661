package kr.go.msit.sovereignai.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import kr.go.msit.sovereignai.application.accounts.SecondFactorPolicy;

/**
 * {@code PLATFORM_SECOND_FACTOR_REQUIRED} (or {@code platform.second-factor.required}): {@code true} makes a second
 * factor mandatory for administrators and reviewers. Read on each use, so an operator (or a test) can turn it on
 * without a restart; off by default, so a fresh installation's first administrator can sign in at all.
 */
@ApplicationScoped
public class ConfiguredSecondFactorPolicy implements SecondFactorPolicy {

    @Override
    public boolean required() {
        return PlatformConfiguration.setting("PLATFORM_SECOND_FACTOR_REQUIRED", "platform.second-factor.required")
                .map("true"::equalsIgnoreCase)
                .orElse(false);
    }
}
