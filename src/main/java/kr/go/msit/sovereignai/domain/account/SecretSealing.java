package kr.go.msit.sovereignai.domain.account;

/**
 * Keeps a second factor's shared secret unreadable at rest: sealed with a key from the environment, bound to the
 * account it belongs to (a sealed secret copied to another account's row does not open). Implemented in infrastructure.
 * Without a usable key nothing is sealed: enrolment is unavailable, and a secret is never stored readable.
 */
public interface SecretSealing {

    /** Whether a usable key is configured: without one, nothing can be sealed (no enrolment). */
    boolean available();

    /** The secret sealed for this account; refused (IllegalStateException) when {@link #available()} is false. */
    String seal(long accountId, byte[] secret);

    /** The secret; {@link Unreadable} when it does not open (no key, another key, or a row stored unsealed). */
    byte[] open(long accountId, String sealed);

    /** A stored secret that cannot be opened with the configured key: the second factor must be enrolled again. */
    final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String why, Throwable cause) {
            super(why, cause);
        }
    }
}
