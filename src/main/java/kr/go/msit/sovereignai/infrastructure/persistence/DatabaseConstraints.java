package kr.go.msit.sovereignai.infrastructure.persistence;

import java.util.Locale;

/** Recognises which named constraint a database refused, so repositories can say it in domain words. */
final class DatabaseConstraints {

    private DatabaseConstraints() {}

    /** Whether the failure (or a cause) reports a violation of {@code constraint}; H2 and PostgreSQL both name it. */
    static boolean violated(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).toUpperCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
