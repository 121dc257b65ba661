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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile HTTP (issue 11): forged Host headers, protocol-relative paths, X-Forwarded-* from a peer that is no
 * configured proxy, WildFly's unused remote endpoints, caching of private pages and sessions for anonymous readers.
 * Raw sockets, because java.net.http will not send a forged Host header or an unnormalised path.
 */
class HostileHttpIT extends HttpTest {

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
        try (Socket socket = new Socket(baseUrl.getHost(), baseUrl.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes.write(buffer, 0, n);
                    if (head.contains("Upgrade:")
                            && bytes.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")
                            && bytes.toString(StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 101")) {
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
        Raw response = send("POST /wildfly-services/wildfly/ejb/v1/invoke/-/ROOT/-/Bean/-/kr.X/m HTTP/1.1\r\nHost: "
                + ownHost() + "\r\nContent-Type: application/x-wf-ejb-jbmar-invocation;version=1\r\nContent-Length: 0");
        assertTrue(response.status() == 404 || response.status() == 405, "no invoker behind it: " + response.status());
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

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/signup.xhtml"})
    void signInAndSignUpKeepTheirForgeryToken(String page) throws Exception {
        Raw response = get(page);
        assertEquals(200, response.status());
        String viewState = PageClient.viewState(response.body());
        assertNotEquals("stateless", viewState);
        assertTrue(viewState.length() > 8, "an unguessable server-side view state");
    }
}
