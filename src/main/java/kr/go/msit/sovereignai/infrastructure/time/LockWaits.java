package kr.go.msit.sovereignai.infrastructure.time;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;

/** Recognises a lock wait the database gave up on (PostgreSQL's lock_timeout, H2's LOCK_TIMEOUT), however wrapped. */
final class LockWaits {

    /** PostgreSQL's lock_not_available (lock_timeout, NOWAIT). */
    private static final String POSTGRESQL_LOCK_NOT_AVAILABLE = "55P03";

    /** H2's LOCK_TIMEOUT_1. */
    private static final int H2_LOCK_TIMEOUT = 50200;

    private LockWaits() {}

    /** Whether the failure (or a cause) is a lock wait that timed out: another node (or thread) holds the lock. */
    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockTimeoutException || cause instanceof PessimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (POSTGRESQL_LOCK_NOT_AVAILABLE.equals(sql.getSQLState())
                            || sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
