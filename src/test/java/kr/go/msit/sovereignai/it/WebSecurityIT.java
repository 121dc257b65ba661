package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may open what, forged posts, throttling and security headers, over real HTTP. */
class WebSecurityIT extends HttpTest {

    private PageClient browser;

    @BeforeEach
    void newBrowser() throws Exception {
        browser = new PageClient(baseUrl.toURI());
    }

    @Test
    void anonymousVisitorsAreSentToSignInForProtectedPages() throws Exception {
        for (String page : new String[] {"admin/", "admin/teams.xhtml", "expert/"}) {
            HttpResponse<String> response = browser.get(page);
            assertEquals(302, response.statusCode(), page);
            // Issue 22: the page asked for travels in the address, not in a session.
            String location = response.headers().firstValue("Location").orElseThrow();
            assertTrue(
                    location.endsWith("/login.xhtml?next="
                            + java.net.URLEncoder.encode("/" + page, java.nio.charset.StandardCharsets.UTF_8)),
                    page + " -> " + location);
            assertTrue(
                    response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "no session for an anonymous request: " + page);
        }
    }

    @Test
    void aCitizenIsRefusedTheAdministrationAndTheReviewerConsole() throws Exception {
        assertTrue(browser.signUp(newEmail(), "시민", "citizen-password-1"));

        for (String page : new String[] {"admin/", "admin/gpus.xhtml", "expert/"}) {
            HttpResponse<String> response = browser.get(page);
            assertEquals(403, response.statusCode(), page);
            assertTrue(response.body().contains("id=\"error-title\""), "403 is shown in the site layout");
        }
    }

    @Test
    void theAdministratorFromConfigurationCanOpenTheAdministration() throws Exception {
        assertTrue(browser.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
        HttpResponse<String> response = browser.get("admin/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"admin-title\""));
        assertEquals(403, browser.get("expert/").statusCode(), "an administrator is not a reviewer");
    }

    /**
     * Issue 22: the sign-up form keeps no session, so it has no per-session token; a post from another site is refused
     * by its Origin instead. The attacker's page posts a complete, valid form (with a ViewState fetched from the
     * platform) from the victim's browser.
     */
    @Test
    void aCrossSitePostIsRefusedAndCreatesNothing() throws Exception {
        String email = newEmail();
        HttpResponse<String> attackersCopy = new PageClient(baseUrl.toURI()).get("signup.xhtml");
        browser.get("signup.xhtml");
        HttpResponse<String> forged = browser.withOrigin("https://evil.example")
                .submit(
                        "signup.xhtml",
                        attackersCopy,
                        "signup",
                        "submit",
                        Map.of(
                                "email",
                                email,
                                "displayName",
                                "위조",
                                "password",
                                "forged-password-1",
                                "passwordConfirmation",
                                "forged-password-1",
                                "privacyConsent",
                                "on"));

        assertEquals(403, forged.statusCode(), "a forged post is refused, never a 500");
        assertTrue(forged.body().contains("다른 사이트에서 보낸 요청입니다"), "the page explains the refusal");
        assertTrue(
                new PageClient(baseUrl.toURI()).signUp(email, "진짜", "genuine-password-1"),
                "the email is still free: the forged post created nothing");
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        // An id planted before sign-in (a cookie set by someone else) never becomes an authenticated one.
        String planted = "planted-session-id-0123456789";
        java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", planted);
        cookie.setPath("/");
        cookie.setVersion(0);
        // As java.net.CookieManager files the server's own cookies, so the server's new one replaces this one.
        cookie.setDomain(baseUrl.getHost().contains(".") ? baseUrl.getHost() : baseUrl.getHost() + ".local");
        browser.cookies().getCookieStore().add(baseUrl.toURI(), cookie);
        HttpResponse<String> page = browser.get("login.xhtml");
        assertEquals("", sessionId(page), "the sign-in form creates no session (issue 22)");
        HttpResponse<String> signedIn = browser.submit(
                "login.xhtml",
                page,
                "login",
                "submit",
                Map.of("email", Deployments.ADMIN_EMAIL, "password", Deployments.ADMIN_PASSWORD));
        String after = sessionId(signedIn);
        assertFalse(after.isEmpty(), "a new session cookie is sent with the sign-in response");
        assertFalse(planted.equals(after), "an id known before sign-in is never an authenticated one");
        assertEquals(200, browser.get("admin/").statusCode());

        // Signing in again within a session (another account) changes the id once more.
        String citizen = newEmail();
        assertTrue(new PageClient(baseUrl.toURI()).signUp(citizen, "시민", "citizen-password-1"));
        HttpResponse<String> again = browser.submit(
                "login.xhtml",
                browser.get("login.xhtml"),
                "login",
                "submit",
                Map.of("email", citizen, "password", "citizen-password-1"));
        String third = sessionId(again);
        assertFalse(third.isEmpty() || third.equals(after), "a session that existed gets a new id: " + third);
    }

    private static String sessionId(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst()
                .orElse("");
    }

    @Test
    void aFailedSignInShowsAMessageAndRepeatedFailuresAreThrottled() throws Exception {
        String email = newEmail();
        assertTrue(new PageClient(baseUrl.toURI()).signUp(email, "시민", "the-right-password"));

        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> page = browser.get("login.xhtml");
            HttpResponse<String> failed = browser.submit(
                    "login.xhtml", page, "login", "submit", Map.of("email", email, "password", "a-wrong-password"));
            assertEquals(200, failed.statusCode());
            assertTrue(failed.body().contains("이메일 또는 비밀번호가 올바르지 않습니다."), "attempt " + attempt);
        }
        HttpResponse<String> page = browser.get("login.xhtml");
        HttpResponse<String> throttled = browser.submit(
                "login.xhtml", page, "login", "submit", Map.of("email", email, "password", "the-right-password"));
        assertTrue(throttled.body().contains("로그인 시도가 너무 많습니다"), "even the right password waits");
        assertEquals(302, browser.get("admin/").statusCode(), "and the caller is still not signed in");
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> home = browser.get("");
        assertEquals(200, home.statusCode());
        assertEquals(
                "nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        // Issue 11: two policies, both enforced: the baseline of every response and the page's own, whose scripts
        // need the page's nonce; neither allows inline code or eval.
        List<String> policies = home.headers().allValues("Content-Security-Policy");
        assertTrue(
                policies.stream().allMatch(policy -> policy.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(
                policies.stream()
                        .noneMatch(policy -> policy.contains("'unsafe-inline'") || policy.contains("'unsafe-eval'")),
                policies.toString());
        String nonce = home.body().replaceFirst("(?s).*<script nonce=\"([^\"]+)\".*", "$1");
        assertTrue(
                policies.stream()
                        .anyMatch(
                                policy -> policy.matches(".*script-src 'self' 'nonce-" + Pattern.quote(nonce) + "';?")),
                "the page's scripts carry the nonce of its policy: " + policies + " / " + nonce);
        assertTrue(home.headers().firstValue("Referrer-Policy").isPresent());
        // The home page creates no session (issue 11), nor the sign-in form (issue 22); signing in does.
        HttpResponse<String> login = browser.get("login.xhtml");
        String sessionCookie = browser
                .submit(
                        "login.xhtml",
                        login,
                        "login",
                        "submit",
                        Map.of("email", Deployments.ADMIN_EMAIL, "password", Deployments.ADMIN_PASSWORD))
                .headers()
                .allValues("Set-Cookie")
                .stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID"))
                .findFirst()
                .orElse("");
        assertTrue(sessionCookie.contains("HttpOnly") && sessionCookie.contains("SameSite=Lax"), sessionCookie);
    }

    @Test
    void unknownPagesAndTeamsAnswer404InTheSiteLayout() throws Exception {
        for (String page : new String[] {"no-such-page.xhtml", "team.xhtml?code=no-such-team"}) {
            HttpResponse<String> response = browser.get(page);
            assertEquals(404, response.statusCode(), page);
            assertTrue(response.body().contains("페이지를 찾을 수 없습니다"), page);
            assertTrue(response.body().contains("class=\"site-nav\""), "in the layout: " + page);
        }
        assertEquals(404, browser.get("WEB-INF/templates/layout.xhtml").statusCode());
    }

    /** A refusal shown on an admin page is not how it says "no such review": that is 404, as on every other page. */
    @Test
    void adminPagesOfAnUnknownReviewAnswer404() throws Exception {
        PageClient admin = administrator();
        for (String page : new String[] {
            "admin/tally.xhtml?round=9999", "admin/objections.xhtml?round=9999", "admin/arena.xhtml?round=9999"
        }) {
            assertEquals(404, admin.get(page).statusCode(), page);
        }
    }
}
