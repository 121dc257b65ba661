package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ResourceOwnerPasswordCredentialsGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.domain.account.MaskedEmail;
import kr.go.msit.sovereignai.domain.account.PersonKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production set-up proven against a real Keycloak: the distribution the build unpacks, started once for this
 * class with the realm file {@code docs/keycloak.md} documents ({@link KeycloakServer}). Its code flow with PKCE,
 * the pairwise {@code sub}, the verified attributes and the realm's refusals are checked here over HTTP with Nimbus
 * (the library the platform uses); a citizen of the platform verifying through it is checked with the platform.
 */
class KeycloakVerificationIT extends HttpTest {

    static final String CLIENT_SECRET = "it-client-secret-" + UUID.randomUUID();
    static final String PAIRWISE_SALT = "it-pairwise-salt-" + UUID.randomUUID();
    static final String PERSON_KEY = "it-person-key-" + UUID.randomUUID();
    static final String CITIZEN_ONE = "citizen-one";
    static final String CITIZEN_ONE_PASSWORD = "citizen-one-password";
    static final String CITIZEN_TWO = "citizen-two";
    static final String CITIZEN_TWO_PASSWORD = "citizen-two-password";

    private static final Pattern PROVIDER_LINK = Pattern.compile("id=\"provider-link\"[^>]*href=\"([^\"]+)\"");

    private static KeycloakServer keycloak;
    private static HttpServer sector;
    private static String site;
    private static OIDCProviderMetadata provider;
    private static Throwable startFailure;

    /**
     * Starts Keycloak once, for the platform's address the test knows only here: the realm's redirect URI is
     * {@code <site>/identity/callback}. The sector identifier document (fetched by Keycloak when it imports the
     * pairwise mapper) is served from the test on loopback, as the operator serves theirs.
     */
    @BeforeEach
    void keycloak() throws Exception {
        if (keycloak != null) {
            return;
        }
        if (startFailure != null) {
            throw new IllegalStateException("Keycloak did not start (once per run): " + startFailure.getMessage());
        }
        try {
            startKeycloak();
        } catch (Exception | Error failure) {
            startFailure = failure;
            throw failure;
        }
    }

    private void startKeycloak() throws Exception {
        site = baseUrl.toString().replaceAll("/+$", "");
        String redirects = "[\"" + site + "/identity/callback\"]";
        sector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sector.createContext("/sector.json", exchange -> {
            byte[] body = redirects.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sector.start();
        KeycloakServer started = KeycloakServer.start(Map.of(
                "PLATFORM_PUBLIC_URL", site,
                "PLATFORM_IDENTITY_CLIENT_SECRET", CLIENT_SECRET,
                "PLATFORM_IDENTITY_PAIRWISE_SALT", PAIRWISE_SALT,
                "PLATFORM_IDENTITY_SECTOR_URI",
                        "http://127.0.0.1:" + sector.getAddress().getPort() + "/sector.json"));
        try {
            provider = OIDCProviderMetadata.resolve(new Issuer(started.issuer()), 30_000, 30_000);
            // Warm up what the platform reads with its own 5-second timeouts: discovery (above) and the keys.
            new DefaultResourceRetriever(30_000, 30_000)
                    .retrieveResource(provider.getJWKSetURI().toURL());
        } catch (Exception | Error failure) {
            started.close();
            throw failure;
        }
        keycloak = started;
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (sector != null) {
            sector.stop(0);
        }
    }

    @Test
    void discoveryAnnouncesTheRealmAndTheCodeFlowWithS256() {
        assertEquals(keycloak.issuer().toString(), provider.getIssuer().getValue());
        assertTrue(provider.getResponseTypes().contains(ResponseType.CODE), provider.getResponseTypes()::toString);
        assertTrue(
                provider.getCodeChallengeMethods().contains(CodeChallengeMethod.S256),
                () -> String.valueOf(provider.getCodeChallengeMethods()));
        assertTrue(
                provider.getIDTokenJWSAlgs().contains(JWSAlgorithm.RS256),
                () -> String.valueOf(provider.getIDTokenJWSAlgs()));
    }

    @Test
    void theCodeFlowWithPkceGivesAPairwiseSubAndTheVerifiedAttributesOnly() throws Exception {
        Instant before = Instant.now();
        IDTokenClaimsSet first = logInAndValidate(CITIZEN_ONE, CITIZEN_ONE_PASSWORD);
        System.out.println("Keycloak code flow (authorization request to validated ID token) took "
                + Duration.between(before, Instant.now()).toMillis() + " ms");

        String userId = keycloak.userId(CITIZEN_ONE);
        assertNotEquals(userId, first.getSubject().getValue(), "sub must be pairwise, not Keycloak's user id");
        assertEquals("1990-03-15", first.getStringClaim("birthdate"));
        assertEquals("female", first.getStringClaim("gender"));
        for (String kept : List.of("email", "name", "preferred_username", "given_name", "family_name")) {
            assertNull(first.getClaim(kept), () -> "the realm sends no " + kept + ": " + first.toJSONObject());
        }

        IDTokenClaimsSet again = logInAndValidate(CITIZEN_ONE, CITIZEN_ONE_PASSWORD);
        assertEquals(first.getSubject(), again.getSubject(), "the same person gets the same pairwise sub");

        IDTokenClaimsSet other = logInAndValidate(CITIZEN_TWO, CITIZEN_TWO_PASSWORD);
        assertNotEquals(first.getSubject(), other.getSubject(), "two people get two subs");
        assertNotEquals(keycloak.userId(CITIZEN_TWO), other.getSubject().getValue());
        assertEquals("1978-11-02", other.getStringClaim("birthdate"));
        assertEquals("male", other.getStringClaim("gender"));
    }

    @Test
    void theRealmRefusesAuthorizationRequestsWithoutS256() throws Exception {
        URI callback = callback();
        // no PKCE at all
        AuthenticationRequest withoutPkce = new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid"), new ClientID(KeycloakServer.CLIENT_ID), callback)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(new State())
                .nonce(new Nonce())
                .build();
        assertRedirectedWithError(withoutPkce.toURI(), "invalid_request");
        // the plain method
        AuthenticationRequest plain = new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid"), new ClientID(KeycloakServer.CLIENT_ID), callback)
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(new State())
                .nonce(new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.PLAIN)
                .build();
        assertRedirectedWithError(plain.toURI(), "invalid_request");
    }

    @Test
    void theRealmRefusesAnotherRedirectAddress() throws Exception {
        for (String elsewhere : List.of(
                "https://attacker.example/identity/callback",
                site + "/identity/callback/../../login.xhtml",
                site + "/identity/callback?next=https://attacker.example/")) {
            AuthenticationRequest request = new AuthenticationRequest.Builder(
                            ResponseType.CODE,
                            new Scope("openid"),
                            new ClientID(KeycloakServer.CLIENT_ID),
                            URI.create(elsewhere))
                    .endpointURI(provider.getAuthorizationEndpointURI())
                    .state(new State())
                    .nonce(new Nonce())
                    .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
                    .build();
            HttpResponse<String> answer = KeycloakServer.browser()
                    .send(
                            java.net.http.HttpRequest.newBuilder(request.toURI())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode(), () -> elsewhere + " -> " + answer.statusCode());
            assertTrue(answer.headers().firstValue("Location").isEmpty(), "no redirect to " + elsewhere);
        }
    }

    @Test
    void theTokenEndpointRefusesAReplayedCodeAWrongVerifierAWrongSecretAndThePasswordGrant() throws Exception {
        // a code redeemed twice
        Authorization first = authorize(CITIZEN_ONE, CITIZEN_ONE_PASSWORD);
        assertTrue(redeem(first.code(), first.verifier(), CLIENT_SECRET).indicatesSuccess());
        assertTokenError(redeem(first.code(), first.verifier(), CLIENT_SECRET), "invalid_grant");

        // a code with another verifier (a stolen code without the platform's PKCE secret)
        Authorization second = authorize(CITIZEN_ONE, CITIZEN_ONE_PASSWORD);
        assertTokenError(redeem(second.code(), new CodeVerifier(), CLIENT_SECRET), "invalid_grant");

        // a code with a wrong client secret
        Authorization third = authorize(CITIZEN_ONE, CITIZEN_ONE_PASSWORD);
        assertTokenError(redeem(third.code(), third.verifier(), "not-the-secret"), "unauthorized_client");

        // the resource owner password grant (no login form, no broker): disabled for the platform's client
        TokenResponse password = token(
                new ResourceOwnerPasswordCredentialsGrant(CITIZEN_ONE, new Secret(CITIZEN_ONE_PASSWORD)),
                CLIENT_SECRET);
        assertTokenError(password, "unauthorized_client");
    }

    @Test
    void aWrongPasswordGivesNoCode() throws Exception {
        HttpResponse<String> answer = KeycloakServer.logIn(
                KeycloakServer.browser(),
                authorizationRequest(new CodeVerifier(), new State(), new Nonce())
                        .toURI(),
                CITIZEN_ONE,
                "not-the-password");
        assertEquals(200, answer.statusCode(), "the login form again");
        assertFalse(answer.headers().firstValue("Location").isPresent());
        KeycloakServer.loginFormAction(answer.body());
    }

    @Test
    void everyVerificationAsksForTheCredentialAgainEvenInTheSameBrowser() throws Exception {
        // A shared computer: the next person must not be verified as the one before by Keycloak's session cookie.
        HttpClient browser = KeycloakServer.browser();
        HttpResponse<String> first = KeycloakServer.logIn(
                browser,
                authorizationRequest(new CodeVerifier(), new State(), new Nonce())
                        .toURI(),
                CITIZEN_ONE,
                CITIZEN_ONE_PASSWORD);
        assertEquals(302, first.statusCode(), "the first log-in succeeds");
        HttpResponse<String> next = browser.send(
                java.net.http.HttpRequest.newBuilder(authorizationRequest(new CodeVerifier(), new State(), new Nonce())
                                .toURI())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(
                200,
                next.statusCode(),
                () -> "no silent second verification: " + next.headers().map());
        KeycloakServer.loginFormAction(next.body());
    }

    @Test
    void aCitizenVerifiesAtKeycloakAndASecondAccountOfTheSamePersonIsRefused() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        support.identityProvider(
                keycloak.issuer().toString(), KeycloakServer.CLIENT_ID, CLIENT_SECRET, "sub", PERSON_KEY);
        try {
            // What the platform should store: its keyed hash of Keycloak's issuer and the person's pairwise sub.
            String expectedKey = PersonKey.derive(
                    PERSON_KEY.getBytes(StandardCharsets.UTF_8),
                    keycloak.issuer().toString(),
                    logInAndValidate(CITIZEN_ONE, CITIZEN_ONE_PASSWORD)
                            .getSubject()
                            .getValue());

            String firstEmail = newEmail();
            PageClient first = visitor();
            assertTrue(first.signUp(firstEmail, "본인 하나", "first-citizen-password-1"));
            HttpResponse<String> verified = verifyAtKeycloak(first, CITIZEN_ONE, CITIZEN_ONE_PASSWORD);
            assertTrue(verified.body().contains("id=\"identity-verified\""), verified::body);
            assertEquals("verified 1990 F 64", support.verifiedIdentity(firstEmail));
            assertEquals(expectedKey, support.personKey(firstEmail));

            // The same person (the same Keycloak user, in another browser) on a second platform account: refused.
            String secondEmail = newEmail();
            PageClient second = visitor();
            assertTrue(second.signUp(secondEmail, "본인 둘", "second-citizen-password-1"));
            HttpResponse<String> refused = verifyAtKeycloak(second, CITIZEN_ONE, CITIZEN_ONE_PASSWORD);
            assertFalse(refused.body().contains("id=\"identity-verified\""), refused::body);
            assertTrue(refused.body().contains(MaskedEmail.mask(firstEmail)), "the first account, masked");
            assertFalse(refused.body().contains(firstEmail), "never the whole address");
            assertEquals("none", support.verifiedIdentity(secondEmail));
            assertEquals(expectedKey, support.personKey(firstEmail), "the first one kept");

            // Another person on that second account is verified.
            HttpResponse<String> other = verifyAtKeycloak(second, CITIZEN_TWO, CITIZEN_TWO_PASSWORD);
            assertTrue(other.body().contains("id=\"identity-verified\""), other::body);
            assertEquals("verified 1978 M 64", support.verifiedIdentity(secondEmail));
            assertNotEquals(expectedKey, support.personKey(secondEmail));
        } finally {
            support.clearIdentityProvider();
        }
    }

    /**
     * A signed-in citizen on the platform starts 본인 인증, logs in at Keycloak's form in a browser of their own
     * (Keycloak's cookies), comes back to the platform's callback and ends on the verification page, returned.
     */
    private static HttpResponse<String> verifyAtKeycloak(PageClient citizen, String username, String password)
            throws Exception {
        HttpResponse<String> page = citizen.get("account/identity.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"identity-unverified\""), page::body);
        HttpResponse<String> started = citizen.submit("account/identity.xhtml", page, "identity", "verify", Map.of());
        assertEquals(200, started.statusCode(), started::body);
        Matcher link = PROVIDER_LINK.matcher(started.body());
        assertTrue(link.find(), () -> "no way to the provider in: " + started.body());
        URI authorization = URI.create(link.group(1).replace("&amp;", "&"));
        assertEquals(keycloak.base().getAuthority(), authorization.getAuthority(), "the platform sends to Keycloak");

        HttpResponse<String> loggedIn =
                KeycloakServer.logIn(KeycloakServer.browser(), authorization, username, password);
        assertEquals(302, loggedIn.statusCode(), loggedIn::body);
        String callback = loggedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.startsWith(site + "/identity/callback?"), callback);

        HttpResponse<String> back = citizen.get(callback);
        assertEquals(302, back.statusCode(), back::body);
        return citizen.open(back.headers().firstValue("Location").orElseThrow());
    }

    // --- the code flow, as the platform runs it ---

    record Authorization(AuthorizationCode code, CodeVerifier verifier, Nonce nonce) {}

    private static URI callback() {
        return URI.create(site + "/identity/callback");
    }

    private static AuthenticationRequest authorizationRequest(CodeVerifier verifier, State state, Nonce nonce) {
        return new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid"), new ClientID(KeycloakServer.CLIENT_ID), callback())
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
    }

    /** Logs in at Keycloak's form and returns the code Keycloak sends to the platform's callback. */
    private static Authorization authorize(String username, String password) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        Nonce nonce = new Nonce();
        HttpResponse<String> answer = KeycloakServer.logIn(
                KeycloakServer.browser(),
                authorizationRequest(verifier, state, nonce).toURI(),
                username,
                password);
        assertEquals(302, answer.statusCode(), () -> "login of " + username + " -> " + answer.body());
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertEquals(callback().getPath(), location.getPath(), location::toString);
        assertEquals(callback().getAuthority(), location.getAuthority(), location::toString);
        Map<String, List<String>> parameters = URLUtils.parseParameters(location.getRawQuery());
        assertEquals(List.of(state.getValue()), parameters.get("state"));
        assertEquals(List.of(keycloak.issuer().toString()), parameters.get("iss"));
        return new Authorization(new AuthorizationCode(parameters.get("code").get(0)), verifier, nonce);
    }

    private static TokenResponse redeem(AuthorizationCode code, CodeVerifier verifier, String secret) throws Exception {
        return token(new AuthorizationCodeGrant(code, callback(), verifier), secret);
    }

    private static TokenResponse token(AuthorizationGrant grant, String secret) throws Exception {
        TokenRequest request = new TokenRequest(
                provider.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(KeycloakServer.CLIENT_ID), new Secret(secret)),
                grant);
        return OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
    }

    private static IDTokenClaimsSet logInAndValidate(String username, String password) throws Exception {
        Authorization authorization = authorize(username, password);
        TokenResponse response = redeem(authorization.code(), authorization.verifier(), CLIENT_SECRET);
        assertTrue(
                response.indicatesSuccess(),
                () -> response.toErrorResponse().getErrorObject().toJSONObject().toString());
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
        // Keycloak's keys with generous timeouts: its first answers on two busy cores take seconds.
        IDTokenValidator validator = new IDTokenValidator(
                provider.getIssuer(),
                new ClientID(KeycloakServer.CLIENT_ID),
                JWSAlgorithm.RS256,
                provider.getJWKSetURI().toURL(),
                new DefaultResourceRetriever(30_000, 30_000));
        return validator.validate(tokens.getOIDCTokens().getIDToken(), authorization.nonce());
    }

    private static void assertRedirectedWithError(URI authorization, String error)
            throws IOException, InterruptedException {
        HttpClient browser = KeycloakServer.browser();
        HttpResponse<String> answer = browser.send(
                java.net.http.HttpRequest.newBuilder(authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), () -> authorization + " -> " + answer.statusCode() + answer.body());
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        Map<String, List<String>> parameters = URLUtils.parseParameters(location.getRawQuery());
        assertEquals(List.of(error), parameters.get("error"), location::toString);
        assertNull(parameters.get("code"), location::toString);
    }

    private static void assertTokenError(TokenResponse response, String code) {
        assertFalse(response.indicatesSuccess(), "refused");
        ErrorObject error = ((TokenErrorResponse) response).getErrorObject();
        assertEquals(code, error.getCode(), error.toJSONObject()::toString);
    }
}
