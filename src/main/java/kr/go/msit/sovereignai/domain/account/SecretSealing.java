package kr.go.msit.sovereignai.domain.account;

/**
 * Keeps a second factor's shared secret unreadable at rest: sealed with a key from the environment, bound to the
 * account it belongs to (a sealed secret copied to another account's row does not open). Implemented in infrastructure.
 */
public interface SecretSealing {

    String seal(long accountId, byte[] secret);

    byte[] open(long accountId, String sealed);
}
