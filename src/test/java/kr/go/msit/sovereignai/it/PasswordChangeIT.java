package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every account changes its own password, proving the current one; a generated administrator's
 * password opens nothing but the change-password page. Over HTTP against the managed server. Few
 * wrong passwords are tried: every IT signs in from 127.0.0.1 and shares the address limit.
 */
class PasswordChangeIT extends HttpTest {

    private static final String PAGE = "account/password.xhtml";

    private static HttpResponse<String> change(PageClient client, String current, String next, String confirmation)
            throws Exception {
        return client.submit(
                PAGE,
                client.get(PAGE),
                "changePassword",
                "save",
                Map.of("currentPassword", current, "password", next, "passwordConfirmation", confirmation));
    }

    @Test
    void aCitizenChangesThePasswordAndOnlyTheNewOneSignsInAfterwards() throws Exception {
        String email = "change-" + UUID.randomUUID() + "@example.kr";
        PageClient citizen = visitor();
        assertTrue(citizen.signUp(email, "바꾸는 시민", "first-password-1"));
        HttpResponse<String> page = citizen.get(PAGE);
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(page.body().contains("id=\"password-change-required\""), "a chosen password need not be changed");

        HttpResponse<String> done = change(citizen, "first-password-1", "second-password-2", "second-password-2");
        assertEquals(302, done.statusCode());
        assertTrue(citizen.open("/").body().contains("비밀번호를 변경했습니다"), "the change is confirmed");

        assertTrue(visitor().signIn(email, "second-password-2"), "the new password signs in");
        assertFalse(visitor().signIn(email, "first-password-1"), "the old one no longer does");
    }

    @Test
    void aWrongCurrentPasswordAWeakOrMismatchedOrUnchangedNewOneChangeNothing() throws Exception {
        String email = "keep-" + UUID.randomUUID() + "@example.kr";
        PageClient citizen = visitor();
        assertTrue(citizen.signUp(email, "지키는 시민", "kept-password-1"));

        HttpResponse<String> wrong = change(citizen, "not-the-password", "another-password-2", "another-password-2");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("현재 비밀번호가 올바르지 않습니다"), wrong.body());
        HttpResponse<String> weak = change(citizen, "kept-password-1", "short", "short");
        assertTrue(weak.body().contains("비밀번호는 10자 이상 128자 이하여야 합니다"), weak.body());
        HttpResponse<String> huge = change(citizen, "kept-password-1", "x".repeat(100_000), "x".repeat(100_000));
        assertEquals(200, huge.statusCode());
        assertTrue(huge.body().contains("비밀번호는 10자 이상 128자 이하여야 합니다"), "a huge password is refused, not hashed");
        HttpResponse<String> mismatch = change(citizen, "kept-password-1", "another-password-2", "another-password-3");
        assertTrue(mismatch.body().contains("비밀번호가 서로 다릅니다"), mismatch.body());
        HttpResponse<String> unchanged = change(citizen, "kept-password-1", "kept-password-1", "kept-password-1");
        assertTrue(unchanged.body().contains("새 비밀번호는 현재 비밀번호와 달라야 합니다"), unchanged.body());

        assertTrue(visitor().signIn(email, "kept-password-1"), "the password is as it was");
    }

    @Test
    void theChangePasswordPageIsForSignedInPeopleOnly() throws Exception {
        HttpResponse<String> anonymous = visitor().get(PAGE);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
    }

    @Test
    void aGeneratedAdministratorPasswordOpensOnlyTheChangePageUntilChanged() throws Exception {
        String[] administrator = new TestSupportClient(baseUrl).createAdministratorWithGeneratedPassword();
        String email = administrator[0];
        String generated = administrator[1];
        PageClient client = visitor();
        assertTrue(client.signIn(email, generated));

        HttpResponse<String> console = client.get("admin/");
        assertEquals(302, console.statusCode(), "the console waits for the change");
        assertTrue(console.headers().firstValue("Location").orElseThrow().endsWith("/" + PAGE));
        assertEquals(302, client.get("admin/rounds.xhtml").statusCode());
        HttpResponse<String> forced = client.open("admin/");
        assertTrue(forced.body().contains("id=\"password-change-required\""), forced.body());

        HttpResponse<String> kept = change(client, generated, generated, generated);
        assertTrue(kept.body().contains("새 비밀번호는 현재 비밀번호와 달라야 합니다"), "the generated one cannot be kept");
        assertEquals(302, client.get("admin/").statusCode(), "still held");

        HttpResponse<String> done = change(client, generated, "chosen-admin-password", "chosen-admin-password");
        assertEquals(302, done.statusCode());
        assertTrue(done.headers().firstValue("Location").orElseThrow().endsWith("/admin/"));
        assertEquals(200, client.get("admin/").statusCode(), "the console once changed");

        PageClient later = visitor();
        assertTrue(later.signIn(email, "chosen-admin-password"));
        assertEquals(200, later.get("admin/").statusCode(), "a chosen password is never held again");
    }
}
