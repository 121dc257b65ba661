package kr.go.msit.sovereignai.application.accounts;

import java.io.Serializable;
import java.net.URI;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.account.Sex;

/**
 * The OpenID Connect provider the operator configured (docs/identity.md), read afresh on each use. The
 * infrastructure speaks the protocol (discovery, PKCE, the token request, the ID token's validation); the
 * application decides what is kept.
 */
public interface IdentityProvider {

    /** The provider's settings now, or nothing when no issuer is configured (verification is off). */
    Optional<Settings> settings();

    /**
     * A new authorization request for {@code callback}: a fresh state, nonce and PKCE code verifier, and the address
     * of the provider's authorization endpoint that carries them (with the S256 challenge).
     */
    Authorization authorize(Settings settings, URI callback);

    /**
     * Redeems {@code code} with the client's secret and the code verifier, and validates the ID token (signature
     * against the provider's keys, issuer, audience, expiry, nonce). Refused with {@code
     * IdentityVerificationRefused} (TOKEN or PROVIDER) when anything does not hold.
     */
    Assertion redeem(Settings settings, Authorization authorization, String code);

    /**
     * What the operator configured. {@code key} is the person key's HMAC secret (null when missing or too short:
     * verification is then unavailable).
     */
    record Settings(String issuer, String clientId, String clientSecret, String personClaim, byte[] key) {}

    /** A started authorization: what the citizen's session keeps until the provider calls back, and where to go. */
    record Authorization(
            String issuer, URI callback, String state, String nonce, String codeVerifier, URI authorizationAddress)
            implements Serializable {}

    /** What the provider asserted, validated: the person claim's value, and the two attributes that are kept. */
    record Assertion(String issuer, String person, Optional<Integer> birthYear, Optional<Sex> sex) {}
}
