package kr.go.msit.sovereignai.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A tiny OpenID Connect provider for the token-tampering cases, on loopback in the test JVM (OkHttp's MockWebServer, which
 * comes with mock-oauth2-server): discovery, an authorization endpoint that answers at once with a code, a JWKS with
 * its own RSA key, and a token endpoint whose ID token the test shapes from the authorization request's nonce. The
 * platform's side (discovery, PKCE, the token request, Nimbus' validation) is the real one; only what the provider
 * answers is the test's choice. {@link #honest} answers what a real provider would, so a refusal is the tampering's.
 */
final class FakeIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "platform";

    private final MockWebServer server = new MockWebServer();
    private volatile RSAKey key;
    private final java.util.concurrent.atomic.AtomicInteger keySetFetches =
            new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger discoveries =
            new java.util.concurrent.atomic.AtomicInteger();
    private volatile Function<Claims, String> idToken = this::honest;
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the token endpoint knows when it shapes the ID token. */
    record Claims(String issuer, String nonce, String subject) {}

    FakeIdentityProvider() throws IOException {
        rotateKey();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** A new signing key with a new key id; the key set publishes only the new one from now on. */
    void rotateKey() throws IOException {
        try {
            key = new RSAKeyGenerator(2048).keyID("fake-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    /** How many times the key set was fetched. */
    int keySetFetches() {
        return keySetFetches.get();
    }

    /** How many times the metadata was fetched. */
    int discoveries() {
        return discoveries.get();
    }

    String issuer() {
        return server.url("/fake").toString();
    }

    /** The next ID tokens are shaped by {@code shape}. */
    void answerWith(Function<Claims, String> shape) {
        this.idToken = shape;
    }

    /** A valid ID token: signed with the published key, for this issuer and client, fresh, with the nonce asked for. */
    String honest(Claims claims) {
        return signed(base(claims).build());
    }

    JWTClaimsSet.Builder base(Claims claims) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(claims.issuer())
                .subject(claims.subject())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", claims.nonce());
    }

    String signed(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims signed by another key than the one published. */
    String signedByAnotherKey(JWTClaimsSet claims) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(other));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        String base = issuer();
        if (path.equals("/fake/.well-known/openid-configuration")) {
            discoveries.incrementAndGet();
            return json("{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + base + "/authorize\","
                    + "\"token_endpoint\":\"" + base + "/token\",\"jwks_uri\":\"" + base + "/jwks\","
                    + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]}");
        }
        if (path.equals("/fake/jwks")) {
            keySetFetches.incrementAndGet();
            return json(new JWKSet(key.toPublicJWK()).toString());
        }
        if (path.equals("/fake/authorize")) {
            Map<String, String> query = new LinkedHashMap<>();
            for (String name : request.getRequestUrl().queryParameterNames()) {
                query.put(name, request.getRequestUrl().queryParameter(name));
            }
            String code = UUID.randomUUID().toString();
            nonces.put(code, query.getOrDefault("nonce", ""));
            URI back = URI.create(query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
            return new MockResponse().setResponseCode(302).setHeader("Location", back.toString());
        }
        if (path.equals("/fake/token")) {
            String body = request.getBody().readUtf8();
            String code = null;
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("code")) {
                    code = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                }
            }
            String nonce = code == null ? null : nonces.remove(code);
            if (nonce == null) {
                return json("{\"error\":\"invalid_grant\"}").setResponseCode(400);
            }
            String token = idToken.apply(new Claims(base, nonce, "fake-person-" + UUID.randomUUID()));
            return json("{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                    + "\"id_token\":\"" + token + "\"}");
        }
        return new MockResponse().setResponseCode(404);
    }

    private static MockResponse json(String body) {
        return new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setHeader("Cache-Control", "no-store")
                .setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
