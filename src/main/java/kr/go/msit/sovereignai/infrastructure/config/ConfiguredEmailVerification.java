package kr.go.msit.sovereignai.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import kr.go.msit.sovereignai.application.accounts.EmailVerification;

/**
 * {@code PLATFORM_EMAIL_VERIFICATION} (or {@code platform.email.verification}): only {@code false}
 * turns confirmation off, for load benchmarks and demonstrations; anything else keeps it on.
 */
@ApplicationScoped
public class ConfiguredEmailVerification implements EmailVerification {

    @Override
    public boolean required() {
        return !PlatformConfiguration.setting("PLATFORM_EMAIL_VERIFICATION", "platform.email.verification")
                .map("false"::equalsIgnoreCase)
                .orElse(false);
    }
}
