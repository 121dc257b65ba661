package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: what a session holds can be copied to another node. A distributable session is serialized after each
 * request (Java serialization: every attribute, and with it every view-scoped page bean of Mojarra's view maps);
 * here every attribute is serialized after an administrator has opened each administration page, created a
 * reviewer and started a second factor, and after a citizen has opened the vote pages. Nothing may fail, and the
 * secrets shown once (the second factor's secret, a reviewer's set-up link) must not be in the copy. The sizes are
 * printed: how large a session is.
 */
class SessionReplicationIT extends HttpTest {

    private static final String PASSWORD = "replicated-password-1";
    private static final Pattern SETUP_LINK = Pattern.compile("id=\"setup-link\"[^>]*>[^<]*link=([A-Za-z0-9_-]+)<");
    private static final Pattern TOTAL = Pattern.compile("(?m)^total\t(\\d+)$");

    @Test
    void anAdministratorsSessionSerializesWithoutItsSecrets() throws Exception {
        SecondFactorClient support = new SecondFactorClient(baseUrl);
        String email = support.createAdministrator(PASSWORD);
        PageClient admin = visitor();
        assertTrue(admin.signIn(email, PASSWORD));

        HttpResponse<String> enrolment = admin.get("account/second-factor.xhtml");
        assertEquals(200, enrolment.statusCode());
        String secret = SecondFactorClient.secretShown(enrolment.body());

        for (String page : List.of(
                "admin/",
                "admin/rounds.xhtml",
                "admin/teams.xhtml",
                "admin/gpus.xhtml",
                "admin/arena.xhtml?round=1",
                "admin/panel.xhtml?round=1",
                "admin/scoring.xhtml?round=1",
                "admin/benchmarks.xhtml?round=1",
                "admin/tally.xhtml?round=1",
                "admin/objections.xhtml?round=1",
                "admin/audit.xhtml")) {
            HttpResponse<String> opened = admin.get(page);
            assertEquals(200, opened.statusCode(), page);
        }
        HttpResponse<String> reviewers = admin.get("admin/reviewers.xhtml");
        HttpResponse<String> created = admin.submit(
                "admin/reviewers.xhtml",
                reviewers,
                "createReviewer",
                "create",
                Map.of(
                        "email", "replicated-" + UUID.randomUUID() + "@it.example",
                        "displayName", "복제 검토자",
                        "panel", "EXPERT"));
        Matcher link = SETUP_LINK.matcher(created.body());
        assertTrue(link.find(), "the set-up link is shown once: " + created.body());

        String contents = sessionContents(admin);
        System.out.println("[session] an administrator after every administration page:\n" + contents);
        assertFalse(contents.contains("FAILED"), contents);
        assertEquals("absent", contains(admin, secret), "the second factor's secret is not copied");
        assertEquals("absent", contains(admin, link.group(1)), "nor the reviewer's set-up link");
    }

    @Test
    void aCitizensSessionSerializesAndIsSmall() throws Exception {
        String email = "replicated-" + UUID.randomUUID() + "@example.kr";
        PageClient citizen = visitor();
        assertTrue(citizen.signUp(email, "시민", PASSWORD));
        for (String page : List.of("", "ballot.xhtml", "arena.xhtml", "account/panel.xhtml", "results.xhtml")) {
            HttpResponse<String> opened = citizen.get(page);
            assertTrue(opened.statusCode() == 200 || opened.statusCode() == 302, page + " " + opened.statusCode());
        }
        String contents = sessionContents(citizen);
        System.out.println("[session] a citizen after the vote pages:\n" + contents);
        assertFalse(contents.contains("FAILED"), contents);
        Matcher total = TOTAL.matcher(contents);
        assertTrue(total.find(), contents);
        assertTrue(Long.parseLong(total.group(1)) < 256 * 1024, "a citizen's session stays small: " + contents);
    }

    private static String sessionContents(PageClient client) throws Exception {
        HttpResponse<String> answer = client.get("test-support-session-contents");
        assertEquals(200, answer.statusCode());
        return answer.body();
    }

    private static String contains(PageClient client, String text) throws Exception {
        HttpResponse<String> answer = client.get("test-support-session-contents?contains=" + text);
        assertEquals(200, answer.statusCode());
        return answer.body().strip();
    }
}
