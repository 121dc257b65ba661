package kr.go.msit.sovereignai.infrastructure.config;

import java.util.Optional;

/** Deployment settings: an environment variable, else a system property (for tests and {@code mvn wildfly:run}). */
public final class PlatformConfiguration {

    private PlatformConfiguration() {}

    public static Optional<String> setting(String environmentVariable, String systemProperty) {
        String value = System.getenv(environmentVariable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(systemProperty);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
