package kr.go.msit.sovereignai.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.application.accounts.IdentityProvider;
import kr.go.msit.sovereignai.domain.account.IdentityVerificationRefused;
import kr.go.msit.sovereignai.domain.account.IdentityVerificationRefused.Reason;
import kr.go.msit.sovereignai.domain.account.PersonKey;
import kr.go.msit.sovereignai.domain.account.VerifiedAttributes;
import kr.go.msit.sovereignai.infrastructure.config.PlatformConfiguration;

/**
 * The configured OpenID Connect provider, spoken to with Nimbus {@code oauth2-oidc-sdk}: metadata by discovery from
 * {@code <issuer>/.well-known/openid-configuration} (Nimbus checks the issuer it names), the authorization-code flow
 * with PKCE (S256), state and nonce, the token request with the client secret (basic, or post when the provider only
 * takes that) and the code verifier, and the ID token validated by {@link IDTokenValidator}: its signature against the
 * provider's published keys (asymmetric algorithms only, never {@code none}), issuer, audience, expiry and nonce.
 * Settings are read on each use (environment, else system properties), so an operator's change needs no restart.
 *
 * <p>The provider's metadata is kept for {@link #METADATA_LIFETIME} per issuer, and its keys in Nimbus' caching,
 * rate-limited JWK source (kept five minutes; a token naming a key id not in the cached set fetches the set again,
 * at most once per interval, so a rotated key is picked up and a stream of unknown key ids cannot make the platform
 * fetch on every callback). The cache holds one issuer: when the configured issuer changes it is dropped. A failed
 * discovery is not kept.
 */
@ApplicationScoped
public class OidcIdentityProvider implements IdentityProvider {

    private static final Logger LOG = Logger.getLogger(OidcIdentityProvider.class.getName());

    private static final int TIMEOUT_MILLIS = 5000;

    /** How long the provider's metadata is used before it is discovered again. */
    static final Duration METADATA_LIFETIME = Duration.ofMinutes(10);

    /** The provider last discovered: its issuer, metadata, key source, and when it was discovered. */
    private record Discovered(
            String issuer, OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys, Instant discoveredAt) {}

    private final AtomicReference<Discovered> discovered = new AtomicReference<>();

    /** The signature algorithms accepted for ID tokens: asymmetric ones, whose keys the provider publishes. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512,
            JWSAlgorithm.EdDSA);

    @Override
    public Optional<Settings> settings() {
        Optional<String> issuer = PlatformConfiguration.setting("PLATFORM_IDENTITY_ISSUER", "platform.identity.issuer");
        Discovered last = discovered.get();
        if (last != null && !issuer.equals(Optional.of(last.issuer()))) {
            discovered.compareAndSet(last, null); // the operator changed or removed the provider
        }
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        byte[] key = PlatformConfiguration.setting("PLATFORM_IDENTITY_KEY", "platform.identity.key")
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElse(null);
        if (!PersonKey.acceptableKey(key)) {
            LOG.warning("Identity verification is unavailable: PLATFORM_IDENTITY_KEY (platform.identity.key) must have"
                    + " at least " + PersonKey.MIN_KEY_BYTES + " bytes");
            key = null;
        }
        return Optional.of(new Settings(
                issuer.get(),
                PlatformConfiguration.setting("PLATFORM_IDENTITY_CLIENT_ID", "platform.identity.client-id")
                        .orElse(""),
                PlatformConfiguration.setting("PLATFORM_IDENTITY_CLIENT_SECRET", "platform.identity.client-secret")
                        .orElse(""),
                PlatformConfiguration.setting("PLATFORM_IDENTITY_PERSON_CLAIM", "platform.identity.person-claim")
                        .orElse("sub"),
                key));
    }

    @Override
    public Authorization authorize(Settings settings, URI callback) {
        OIDCProviderMetadata metadata = provider(settings).metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI address = new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid"), new ClientID(settings.clientId()), callback)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Authorization(
                settings.issuer(), callback, state.getValue(), nonce.getValue(), verifier.getValue(), address);
    }

    @Override
    public Assertion redeem(Settings settings, Authorization authorization, String code) {
        Discovered provider = provider(settings);
        OIDCProviderMetadata metadata = provider.metadata();
        ClientID clientId = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        ClientAuthentication client = methods != null
                        && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(clientId, secret)
                : new ClientSecretBasic(clientId, secret);
        TokenRequest request = new TokenRequest(
                metadata.getTokenEndpointURI(),
                client,
                new AuthorizationCodeGrant(
                        new AuthorizationCode(code),
                        authorization.callback(),
                        new CodeVerifier(authorization.codeVerifier())));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            HTTPResponse answer = http.send();
            response = OIDCTokenResponseParser.parse(answer);
        } catch (IOException unreachable) {
            LOG.log(Level.WARNING, "Identity provider's token endpoint unreachable", unreachable);
            throw new IdentityVerificationRefused(Reason.PROVIDER);
        } catch (ParseException nonsense) {
            LOG.log(Level.WARNING, "Identity provider's token answer refused", nonsense);
            throw new IdentityVerificationRefused(Reason.TOKEN);
        }
        if (!response.indicatesSuccess()) {
            LOG.warning(() -> "Identity provider refused the code: "
                    + response.toErrorResponse().getErrorObject().getCode());
            throw new IdentityVerificationRefused(Reason.TOKEN);
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens()
                .getIDToken();
        if (idToken == null) {
            throw new IdentityVerificationRefused(Reason.TOKEN);
        }
        IDTokenClaimsSet claims =
                validate(metadata, provider.keys(), clientId, idToken, new Nonce(authorization.nonce()));
        Object person = claims.getClaim(settings.personClaim());
        if (person == null || String.valueOf(person).isBlank()) {
            throw new IdentityVerificationRefused(Reason.CLAIM_MISSING);
        }
        Object birthYear =
                claims.getClaim("birthyear") != null ? claims.getClaim("birthyear") : claims.getClaim("birth_year");
        return new Assertion(
                claims.getIssuer().getValue(),
                String.valueOf(person),
                VerifiedAttributes.birthYear(claims.getClaim("birthdate"), birthYear),
                VerifiedAttributes.sex(claims.getClaim("gender")));
    }

    private static IDTokenClaimsSet validate(
            OIDCProviderMetadata metadata,
            JWKSource<SecurityContext> keys,
            ClientID clientId,
            JWT idToken,
            Nonce expectedNonce) {
        try {
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(), clientId, new JWSVerificationKeySelector<>(ALGORITHMS, keys), null);
            return validator.validate(idToken, expectedNonce);
        } catch (BadJOSEException | JOSEException invalid) {
            LOG.warning(() -> "Identity provider's ID token refused: " + invalid.getMessage());
            throw new IdentityVerificationRefused(Reason.TOKEN);
        }
    }

    /** The provider's metadata and keys: the kept ones while fresh and for the same issuer, else discovered anew. */
    private Discovered provider(Settings settings) {
        Discovered last = discovered.get();
        Instant now = Instant.now();
        if (last != null
                && last.issuer().equals(settings.issuer())
                && now.isBefore(last.discoveredAt().plus(METADATA_LIFETIME))) {
            return last;
        }
        OIDCProviderMetadata metadata = discover(settings);
        JWKSource<SecurityContext> keys = last != null
                        && last.issuer().equals(settings.issuer())
                        && last.metadata().getJWKSetURI().equals(metadata.getJWKSetURI())
                ? last.keys() // the same key set: keep what is cached of it
                : keySource(metadata);
        Discovered fresh = new Discovered(settings.issuer(), metadata, keys, now);
        discovered.set(fresh);
        return fresh;
    }

    private static JWKSource<SecurityContext> keySource(OIDCProviderMetadata metadata) {
        try {
            return JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, 512 * 1024))
                    .cache(true)
                    .rateLimited(true)
                    .retrying(false)
                    .build();
        } catch (IOException | RuntimeException unusable) {
            LOG.log(Level.WARNING, "Identity provider's key set address unusable", unusable);
            throw new IdentityVerificationRefused(Reason.PROVIDER);
        }
    }

    private static OIDCProviderMetadata discover(Settings settings) {
        try {
            return OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        } catch (GeneralException | IOException | RuntimeException unavailable) {
            LOG.log(Level.WARNING, "Identity provider's metadata unavailable at " + settings.issuer(), unavailable);
            throw new IdentityVerificationRefused(Reason.PROVIDER);
        }
    }
}
