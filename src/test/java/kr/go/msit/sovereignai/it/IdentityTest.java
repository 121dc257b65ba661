package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that verify citizens' identity over HTTP: a real OpenID Connect provider (mock-oauth2-server)
 * started in the test JVM on loopback, and a tiny fake one for tampered tokens ({@link FakeIdentityProvider}); the
 * platform pointed at the real one before each test (test support, action identity-provider) and verification off
 * after it; the flow as a browser follows it.
 */
abstract class IdentityTest extends HttpTest {

    static final String ISSUER_ID = "platform-idp";
    static final String CLIENT_ID = "platform";
    static final String KEY = "it-identity-key-0123456789abcdef-0123456789abcdef";
    static final String PASSWORD = "citizen-password-1";

    static final String REFUSED_STATE = "본인 인증 요청을 확인할 수 없습니다";
    static final String REFUSED_TOKEN = "본인 인증 기관의 응답을 확인하지 못해";
    static final String VERIFIED = "id=\"identity-verified\"";

    private static final Pattern PROVIDER_LINK = Pattern.compile("id=\"provider-link\"[^>]*href=\"([^\"]+)\"");

    static MockOAuth2Server provider;
    static FakeIdentityProvider fake;

    protected TestSupportClient support;

    @BeforeAll
    static void startProviders() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
        fake = new FakeIdentityProvider();
    }

    @AfterAll
    static void stopProviders() throws Exception {
        provider.shutdown();
        fake.close();
    }

    @BeforeEach
    void pointThePlatformAtTheProvider() {
        support = new TestSupportClient(baseUrl);
        useProvider(issuer());
    }

    @AfterEach
    void verificationOff() {
        support.clearIdentityProvider();
    }

    static String issuer() {
        return provider.issuerUrl(ISSUER_ID).toString();
    }

    void useProvider(String issuer) {
        support.identityProvider(issuer, CLIENT_ID, "platform-secret", "sub", KEY);
    }

    // --- the flow, as a browser follows it ---

    PageClient newCitizen(String email) throws Exception {
        PageClient citizen = visitor();
        assertTrue(citizen.signUp(email, "시민", PASSWORD));
        return citizen;
    }

    /** Posts "본인 인증" (with {@code returnTo} as the form's hidden field) and answers the provider address the page sends to. */
    String start(PageClient citizen, String returnTo) throws Exception {
        HttpResponse<String> page = citizen.get("account/identity.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"identity:verify\""), "the page offers verification");
        HttpResponse<String> started = citizen.submit(
                "account/identity.xhtml",
                page,
                "identity",
                "verify",
                Map.of("returnTo", returnTo == null ? "" : returnTo));
        assertEquals(200, started.statusCode());
        Matcher link = PROVIDER_LINK.matcher(started.body());
        assertTrue(link.find(), "the page sends the browser on to the provider: " + started.body());
        assertTrue(started.body().contains("http-equiv=\"refresh\""));
        String providerAddress = link.group(1).replace("&amp;", "&");
        for (String parameter : List.of("code_challenge_method=S256", "code_challenge=", "state=", "nonce=")) {
            assertTrue(providerAddress.contains(parameter), "the authorization request carries " + parameter);
        }
        return providerAddress;
    }

    /** The provider's authorization endpoint answers with a redirect to the platform's callback: its address. */
    String authorize(PageClient citizen, String providerAddress) throws Exception {
        HttpResponse<String> atProvider = citizen.get(providerAddress);
        assertEquals(302, atProvider.statusCode(), atProvider.body());
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.contains("/identity/callback?"), callback);
        return callback;
    }

    /** The callback: where it sends the browser. */
    String callback(PageClient citizen, String callbackAddress) throws Exception {
        HttpResponse<String> back = citizen.get(callbackAddress);
        assertEquals(302, back.statusCode());
        return back.headers().firstValue("Location").orElseThrow();
    }

    /** The whole flow; the page the citizen ends on. */
    String verify(PageClient citizen) throws Exception {
        return citizen.open(callback(citizen, authorize(citizen, start(citizen, null))))
                .body();
    }

    static String withParameter(String address, String name, String value) {
        return address.replaceAll("([?&]" + name + "=)[^&]*", "$1" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    void enqueue(String subject, List<String> audience, Map<String, Object> claims, long expirySeconds) {
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", audience, claims, expirySeconds));
    }

    String digest() {
        return support.tableDigest("verified_identity");
    }
}
