package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile HTTP (issue 11): forged Host headers, protocol-relative paths, X-Forwarded-* from a peer that is no
 * configured proxy, WildFly's unused remote endpoints, caching of private pages and sessions for anonymous readers.
 * Raw sockets, because java.net.http will not send a forged Host header or an unnormalised path.
 */
class HostileHttpIT extends HttpTest {

    @ArquillianResource
    ManagementClient management;

    private static final String EVIL = "evil.example";
    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");

    record Raw(int status, List<String> headers, String body) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip())
                    .findFirst()
                    .orElse(null);
        }

        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .toList();
        }
    }

    /** Sends {@code head} (request line and headers, without the blank line) as it is, and reads the whole answer. */
    private Raw send(String head) throws IOException {
        return send(head, "");
    }

    /** Sends {@code head} and then {@code body} (give its Content-Length in the head). */
    private Raw send(String head, String body) throws IOException {
        try (Socket socket = new Socket(baseUrl.getHost(), baseUrl.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes.write(buffer, 0, n);
                    // An upgrade's answer is its status line and headers: a 101 leaves the connection open, and so
                    // may a refusal that keeps it alive despite "Connection: close" (a 20 s read timeout each).
                    if (head.contains("Upgrade:")
                            && bytes.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException upgradedAndSilent) {
                // an upgraded connection stays open: what was read is the answer
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Raw(status, headers, end < 0 ? "" : text.substring(end + 4));
        }
    }

    private String ownHost() {
        return baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    private Raw get(String path, String... headers) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + ownHost()
                + (headers.length == 0 ? "" : "\r\n" + String.join("\r\n", headers)));
    }

    private Raw getWithHost(String path, String host) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host);
    }

    /** A redirect that stays on this server: an absolute location names a loopback host on the server's port. */
    private void assertRedirectStaysHome(Raw response) {
        assertEquals(302, response.status());
        String location = response.header("Location");
        assertFalse(location.toLowerCase(Locale.ROOT).contains(EVIL), location);
        assertTrue(
                location.startsWith("/") && !location.startsWith("//")
                        || location.matches("http://(localhost|127\\.0\\.0\\.1):" + baseUrl.getPort() + "/.*"),
                location);
    }

    /** No link, script or form in the page leads to another site. */
    private static void assertNoForeignLinks(Raw response) {
        Matcher links = LINK.matcher(response.body());
        int seen = 0;
        while (links.find()) {
            String link = links.group(1);
            seen++;
            assertFalse(link.startsWith("//"), link);
            assertFalse(
                    link.matches("(?i)^[a-z][a-z0-9+.-]*:.*")
                            && link.toLowerCase(Locale.ROOT).contains(EVIL),
                    link);
            assertFalse(link.toLowerCase(Locale.ROOT).startsWith("/" + EVIL), link);
        }
        assertTrue(seen > 0, "the page has links");
    }

    // 1. Links and redirects never echo the request's host or path.

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/teams.xhtml", "/expert/", "/ballot.xhtml"})
    void signInRedirectsIgnoreAForgedHost(String page) throws Exception {
        assertRedirectStaysHome(getWithHost(page, EVIL));
    }

    @Test
    void aForgedHostWithAPortIsIgnored() throws Exception {
        assertRedirectStaysHome(getWithHost("/admin/", EVIL + ":" + baseUrl.getPort()));
    }

    @Test
    void aHostThatOnlyStartsLikeLocalhostIsIgnored() throws Exception {
        assertRedirectStaysHome(getWithHost("/admin/", "localhost." + EVIL));
    }

    @Test
    void aHostWithUserInfoIsRefused() throws Exception {
        Raw response = getWithHost("/admin/", ownHost() + "@" + EVIL);
        assertEquals(400, response.status());
        assertEquals(null, response.header("Location"));
    }

    @Test
    void aLoopbackHostOnAnotherPortIsIgnored() throws Exception {
        Raw response = getWithHost("/admin/", "localhost:1");
        assertRedirectStaysHome(response);
        assertFalse(response.header("Location").contains("localhost:1/"), response.header("Location"));
    }

    @Test
    void aRequestWithoutHostIsRedirectedHome() throws Exception {
        assertRedirectStaysHome(send("GET /admin/ HTTP/1.0"));
    }

    @Test
    void aForgedHostNeverReachesThePage() throws Exception {
        Raw response = getWithHost("/signup.xhtml", EVIL);
        assertEquals(200, response.status());
        assertFalse(response.body().contains(EVIL));
        assertNoForeignLinks(response);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//" + EVIL + "/x.xhtml",
                "//" + EVIL + "/index.xhtml",
                "//" + EVIL + "/",
                "/%2F" + EVIL + "/x.xhtml",
                "///" + EVIL + "/round.xhtml?number=1"
            })
    void protocolRelativePathsNeverBecomeLinks(String path) throws Exception {
        Raw response = get(path);
        assertNotEquals(500, response.status());
        assertNoForeignLinks(response);
    }

    @Test
    void languageLinksEncodeTheQueryTheyKeep() throws Exception {
        Raw response = get("/round.xhtml?number=1&next=//" + EVIL + "/x");
        assertNoForeignLinks(response);
        assertTrue(response.body().contains("next=%2F%2F" + EVIL), "kept, but only as an encoded parameter value");
    }

    @Test
    void theNotFoundPageLinksOnlyToKnownPages() throws Exception {
        Raw response = getWithHost("/" + EVIL + "/nothing.xhtml", EVIL);
        assertEquals(404, response.status());
        assertFalse(response.body().contains("href=\"/" + EVIL), "the language links do not repeat the path");
        assertNoForeignLinks(response);
    }

    // 5. X-Forwarded-* from a peer that is not a configured proxy is not believed.

    @ParameterizedTest
    @ValueSource(
            strings = {
                "X-Forwarded-Host: " + EVIL,
                "Forwarded: host=" + EVIL + ";proto=https",
                "X-Forwarded-Proto: https",
                "X-Forwarded-Port: 443",
                "X-Forwarded-Prefix: //" + EVIL,
                "X-Forwarded-For: 10.0.0.1\r\nX-Forwarded-Host: " + EVIL
            })
    void forwardingHeadersFromAStrangerAreIgnored(String header) throws Exception {
        Raw response = get("/admin/", header);
        assertRedirectStaysHome(response);
        assertTrue(
                response.header("Location").startsWith("http://")
                        || response.header("Location").startsWith("/"),
                "not switched to https by a stranger");
        assertFalse(response.header("Location").contains(":443/"));
    }

    @Test
    void withoutAnHttpsPublicAddressNoStrictTransportSecurityIsSent() throws Exception {
        Raw response = get("/", "X-Forwarded-Proto: https");
        assertEquals(200, response.status());
        assertEquals(null, response.header("Strict-Transport-Security"));
    }

    // 2. WildFly's HTTP invoker and EJB remoting over HTTP upgrade are gone.

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/wildfly-services",
                "/wildfly-services/",
                "/wildfly-services/wildfly/naming/v1/lookup/x",
                "/wildfly-services/wildfly/ejb/v1/discover"
            })
    void theHttpInvokerIsGone(String path) throws Exception {
        assertEquals(404, get(path).status());
    }

    @Test
    void anInvokerPostIsGone() throws Exception {
        // With the site's own Origin, so that what answers is what is behind the path (issue 22 refuses the rest).
        Raw response = send("POST /wildfly-services/wildfly/ejb/v1/invoke/-/ROOT/-/Bean/-/kr.X/m HTTP/1.1\r\nHost: "
                + ownHost() + "\r\nOrigin: http://" + ownHost()
                + "\r\nContent-Type: application/x-wf-ejb-jbmar-invocation;version=1\r\nContent-Length: 0");
        assertTrue(response.status() == 404 || response.status() == 405, "no invoker behind it: " + response.status());
    }

    /** Issue 24: a failed deployment must not leave WildFly's welcome page answering 200 at / (harden-http.cli). */
    @Test
    void wildFlysWelcomePageIsGone() throws Exception {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-children-names");
        operation
                .get("address")
                .add("subsystem", "undertow")
                .add("server", "default-server")
                .add("host", "default-host");
        operation.get("child-type").set("location");
        ModelNode locations = management.getControllerClient().execute(operation);
        assertEquals("success", locations.get("outcome").asString(), locations.toString());
        assertTrue(locations.get("result").asList().isEmpty(), "no location of WildFly's own: " + locations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/wildfly-services"})
    void remotingOverHttpUpgradeIsRefused(String path) throws Exception {
        Raw response = get(
                path,
                "Upgrade: jboss-remoting",
                "Connection: Upgrade",
                "Sec-JbossRemoting-Key: dGhlIHNhbXBsZSBub25jZQ==");
        assertNotEquals(101, response.status());
    }

    @Test
    void aCompressedAnswerGoesOnlyToWhoAskedAndSaysSoToCaches() throws Exception {
        Raw asked = get("/login.xhtml", "Accept-Encoding: gzip");
        assertEquals("gzip", asked.header("Content-Encoding"));
        assertEquals("Accept-Encoding", asked.header("Vary"), "a shared cache keeps the two answers apart");
        Raw plain = get("/login.xhtml");
        assertEquals(null, plain.header("Content-Encoding"));
        assertTrue(plain.body().contains("login:email"), "a client that did not ask reads the page as it is");
    }

    // 3. Private pages are never stored by browsers or proxies.

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin/",
                "/admin/reviewers.xhtml",
                "/expert/",
                "/expert/sheet.xhtml",
                "/ballot.xhtml",
                "/set-password.xhtml"
            })
    void privatePagesAreSentNoStore(String page) throws Exception {
        assertEquals("no-store", get(page).header("Cache-Control"), page);
    }

    @Test
    void theReviewerAdministrationIsNoStoreForTheAdministrator() throws Exception {
        PageClient admin = new PageClient(baseUrl.toURI());
        assertTrue(admin.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
        HttpResponse<String> page = admin.get("admin/reviewers.xhtml");
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    }

    // 4. Anonymous readers of public pages get no session; sign-in and sign-up keep their CSRF token.

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/index.xhtml",
                "/teams.xhtml",
                "/gpus.xhtml",
                "/results.xhtml",
                "/round.xhtml?number=1",
                "/bulletin.xhtml?round=1",
                "/api/rounds",
                "/no-such-page.xhtml",
                "/?lang=en"
            })
    void publicPagesCreateNoSession(String page) throws Exception {
        Raw response = get(page);
        assertTrue(response.status() < 500, page);
        assertTrue(
                response.all("Set-Cookie").stream().noneMatch(c -> c.contains("JSESSIONID")),
                page + ": " + response.all("Set-Cookie"));
    }

    @Test
    void aTeamPageCreatesNoSession() throws Exception {
        Matcher team = Pattern.compile("team\\.xhtml\\?code=([A-Za-z0-9_-]+)")
                .matcher(get("/teams.xhtml").body());
        assertTrue(team.find());
        Raw response = get("/team.xhtml?code=" + team.group(1));
        assertEquals(200, response.status());
        assertTrue(response.all("Set-Cookie").stream().noneMatch(c -> c.contains("JSESSIONID")));
    }

    // Issue 22: sign-in, sign-up and protected addresses create no session for a stranger; posts come from the site.

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login.xhtml",
                "/signup.xhtml",
                "/signup.xhtml?sent=true",
                "/login.xhtml?next=%2Fadmin%2F",
                "/login.xhtml?lang=en",
                "/admin/",
                "/admin/tally.xhtml?round=1",
                "/expert/",
                "/ballot.xhtml",
                "/arena.xhtml",
                "/account/password.xhtml"
            })
    void signInSignUpAndProtectedPagesCreateNoSession(String page) throws Exception {
        Raw response = get(page);
        assertTrue(response.status() == 200 || response.status() == 302, page + ": " + response.status());
        assertTrue(
                response.all("Set-Cookie").stream().noneMatch(c -> c.contains("JSESSIONID")),
                page + ": " + response.all("Set-Cookie"));
        if (response.body().contains("jakarta.faces.ViewState")) {
            assertEquals("stateless", PageClient.viewState(response.body()), "a stateless view: " + page);
        }
    }

    @Test
    void aFailedSignInCreatesNoSession() throws Exception {
        PageClient stranger = visitor();
        HttpResponse<String> page = stranger.get("login.xhtml");
        HttpResponse<String> failed = stranger.submit(
                "login.xhtml",
                page,
                "login",
                "submit",
                Map.of("email", "nobody@example.kr", "password", "wrong-one-1"));
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("이메일 또는 비밀번호가 올바르지 않습니다."));
        assertTrue(failed.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("JSESSIONID")));
    }

    @Test
    void anAnonymousRequestForAProtectedPageReturnsThereAfterSignIn() throws Exception {
        PageClient admin = visitor();
        HttpResponse<String> asked = admin.get("admin/rounds.xhtml?view=all");
        assertEquals(302, asked.statusCode());
        String location = asked.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/login.xhtml?next=%2Fadmin%2Frounds.xhtml%3Fview%3Dall"), location);
        HttpResponse<String> login = admin.get(location);
        assertEquals(200, login.statusCode());
        HttpResponse<String> signedIn = admin.submit(
                "login.xhtml",
                login,
                "login",
                "submit",
                Map.of("email", Deployments.ADMIN_EMAIL, "password", Deployments.ADMIN_PASSWORD));
        assertEquals(302, signedIn.statusCode());
        String back = signedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(back.endsWith("/admin/rounds.xhtml?view=all"), back);
        assertEquals(200, admin.get(back).statusCode());
    }

    @Test
    void aCitizenReturnsToTheirOwnAccountPage() throws Exception {
        String email = newEmail();
        assertTrue(visitor().signUp(email, "시민", "citizen-password-1"));
        PageClient citizen = visitor();
        HttpResponse<String> login = citizen.open("account/password.xhtml");
        HttpResponse<String> signedIn = citizen.submit(
                "login.xhtml", login, "login", "submit", Map.of("email", email, "password", "citizen-password-1"));
        assertTrue(
                signedIn.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"),
                signedIn.headers().toString());
    }

    /** Open redirects through the return address: each lands on the person's own start page, never elsewhere. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "//evil.example/admin/",
                "///evil.example",
                "https://evil.example",
                "https:evil.example",
                "http://evil.example/admin/",
                "/\\evil.example",
                "\\\\evil.example",
                "/%2Fevil.example",
                "/%2F%2Fevil.example",
                "%2F%2Fevil.example",
                "/%5Cevil.example",
                "/%252F%252Fevil.example",
                "/%09/evil.example",
                "/\t/evil.example",
                "javascript:alert(1)",
                "evil.example",
                "/login.xhtml?next=//evil.example"
            })
    void theReturnAddressNeverLeadsToAnotherSite(String next) throws Exception {
        PageClient admin = visitor();
        HttpResponse<String> login =
                admin.get("login.xhtml?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
        assertEquals(200, login.statusCode());
        String carried = PageClient.hiddenFields(login.body()).get("next");
        assertTrue(carried == null || carried.isEmpty(), "the page does not carry it on: " + carried);
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", Deployments.ADMIN_EMAIL);
        form.put("login:password", Deployments.ADMIN_PASSWORD);
        form.put("login:submit", "");
        form.putAll(PageClient.hiddenFields(login.body()));
        form.put("next", next); // posted by a hostile page or a hand-made form
        HttpResponse<String> signedIn = admin.postForm("login.xhtml", form);
        assertEquals(302, signedIn.statusCode());
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertFalse(location.toLowerCase(Locale.ROOT).contains(EVIL), location);
        assertTrue(location.matches("https?://[^/]*:" + baseUrl.getPort() + "/admin/|/admin/"), location);
    }

    /** Posts the sign-in form with the administrator's right password, from the given origin and referer. */
    private HttpResponse<String> signInFrom(String origin, String referer) throws Exception {
        PageClient client = visitor().withOrigin(origin).withReferer(referer);
        HttpResponse<String> page = client.get("login.xhtml");
        HttpResponse<String> answer = client.submit(
                "login.xhtml",
                page,
                "login",
                "submit",
                Map.of("email", Deployments.ADMIN_EMAIL, "password", Deployments.ADMIN_PASSWORD));
        if (answer.statusCode() == 403) {
            assertEquals(302, client.get("admin/").statusCode(), "a refused post signed nobody in");
            assertTrue(answer.body().contains("다른 사이트에서 보낸 요청입니다"), "the 403 page says why");
            assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("JSESSIONID")));
        }
        return answer;
    }

    @Test
    void aCrossOriginPostIsRefused() throws Exception {
        assertEquals(403, signInFrom("https://" + EVIL, null).statusCode());
        assertEquals(
                403,
                signInFrom("http://localhost.evil.example:" + baseUrl.getPort(), null)
                        .statusCode());
        assertEquals(403, signInFrom("http://" + baseUrl.getHost() + ":1", null).statusCode(), "another port");
        assertEquals(403, signInFrom("https://" + ownHost(), null).statusCode(), "another scheme");
        assertEquals(
                403,
                signInFrom("https://" + EVIL, baseUrl.toString()).statusCode(),
                "a Referer of the site does not excuse a foreign Origin");
    }

    @Test
    void aPostWithoutOriginOrRefererIsRefused() throws Exception {
        assertEquals(403, signInFrom(null, null).statusCode());
        assertEquals(403, signInFrom(null, "https://" + EVIL + "/login.xhtml").statusCode(), "a foreign Referer");
    }

    @Test
    void aNullOriginIsRefused() throws Exception {
        assertEquals(403, signInFrom("null", null).statusCode());
        assertEquals(403, signInFrom("null", baseUrl + "login.xhtml").statusCode());
    }

    @Test
    void aSameOriginPostIsAccepted() throws Exception {
        assertEquals(302, signInFrom(PageClient.originOf(baseUrl.toURI()), null).statusCode());
        assertEquals(302, signInFrom(null, baseUrl + "login.xhtml").statusCode(), "a browser that sends only Referer");
    }

    @Test
    void aForgedHostDoesNotMakeAForeignOriginOurOwn() throws Exception {
        PageClient client = visitor().withOrigin("http://" + EVIL);
        HttpResponse<String> page = client.get("login.xhtml");
        // The Host of the post cannot be forged through java.net.http; the raw socket sends it.
        String body = "login=login&login%3Aemail=x%40example.kr&login%3Apassword=wrong-one-1&login%3Asubmit="
                + "&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(PageClient.viewState(page.body()), StandardCharsets.UTF_8);
        Raw response = send(
                "POST /login.xhtml HTTP/1.1\r\nHost: " + EVIL + "\r\nOrigin: http://" + EVIL
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + body.getBytes(StandardCharsets.UTF_8).length,
                body);
        assertEquals(403, response.status());
    }
}
