package kr.go.msit.sovereignai.it;

import static kr.go.msit.sovereignai.it.SecondFactorClient.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A second factor for those who decide, over HTTP against the managed server: enrolment with a code from the shared
 * secret, sign-in that needs a current unused code (or a recovery code, once), the operator setting that leads an
 * administrator to enrolment; a password change and disabling end the account's other sessions. The codes are
 * computed here from the secret the page shows and instants the test pins the server's clock to. Few failures are
 * tried: every IT signs in from 127.0.0.1 and shares the address's sign-in throttle.
 */
class SecondFactorIT extends HttpTest {

    private static final String ENROLMENT = "account/second-factor.xhtml";
    private static final String PASSWORD = "second-factor-password-1";

    private SecondFactorClient support;

    @BeforeEach
    void support() {
        support = new SecondFactorClient(baseUrl);
    }

    @AfterEach
    void releaseTheClockAndTheSetting() {
        support.releaseClock();
        support.required(false);
        support.sealingKey(SecondFactorClient.IT_KEY);
    }

    private static HttpResponse<String> signIn(PageClient client, String email, String password, String code)
            throws Exception {
        return client.submit(
                "login.xhtml",
                client.get("login.xhtml"),
                "login",
                "submit",
                Map.of("email", email, "password", password, "oneTimeCode", code));
    }

    private static boolean signedIn(HttpResponse<String> answer) {
        return answer.statusCode() == 302
                && !answer.headers().firstValue("Location").orElse("").contains("login");
    }

    /** Enrols the signed-in client with the code of {@code at} (the clock pinned there); the recovery codes shown. */
    private List<String> enrol(PageClient client, String secret, Instant at) throws Exception {
        support.pinClock(at);
        HttpResponse<String> page = client.get(ENROLMENT);
        assertEquals(200, page.statusCode(), page.headers() + page.body());
        HttpResponse<String> done =
                client.submit(ENROLMENT, page, "enrol", "confirm", Map.of("code", code(secret, at)));
        assertEquals(200, done.statusCode());
        assertTrue(done.body().contains("id=\"second-factor-enrolled\""), done.body());
        return SecondFactorClient.recoveryCodesShown(done.body());
    }

    @Test
    void anAdministratorEnrolsAndThenEverySignInNeedsACurrentUnusedCode() throws Exception {
        String email = support.createAdministrator(PASSWORD);
        PageClient admin = visitor();
        assertTrue(admin.signIn(email, PASSWORD), "no code before enrolment");

        HttpResponse<String> page = admin.get(ENROLMENT);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"qr-code\""), page.body());
        assertTrue(page.body().contains("src=\"data:image/svg+xml;base64,"), "the QR code is drawn on the server");
        String secret = SecondFactorClient.secretShown(page.body());
        assertEquals(32, secret.length());
        assertEquals(secret, SecondFactorClient.secretShown(admin.get(ENROLMENT).body()), "a reload keeps the secret");
        String stored = support.storedSecret(email);
        assertTrue(stored.startsWith("v1:") && !stored.contains(secret), "sealed at rest: " + stored);

        Instant t = SecondFactorClient.stepStart();
        support.pinClock(t);
        HttpResponse<String> wrongAtEnrolment =
                admin.submit(ENROLMENT, admin.get(ENROLMENT), "enrol", "confirm", Map.of("code", wrongCode(secret, t)));
        assertTrue(wrongAtEnrolment.body().contains("인증 코드가 올바르지 않습니다"), wrongAtEnrolment.body());
        assertTrue(signedIn(signIn(visitor(), email, PASSWORD, "")), "a wrong code enrols nothing");

        List<String> recovery = enrol(admin, secret, t);
        assertEquals(10, recovery.size(), "ten recovery codes, shown once");
        assertFalse(admin.get(ENROLMENT).body().contains("recovery-code"), "never shown again");
        assertEquals(1, support.auditCount(email, "SECOND_FACTOR_ENROLLED"));

        HttpResponse<String> withoutCode = signIn(visitor(), email, PASSWORD, "");
        assertFalse(signedIn(withoutCode));
        assertTrue(withoutCode.body().contains("2단계 인증을 사용합니다"), withoutCode.body());
        HttpResponse<String> wrong = signIn(visitor(), email, PASSWORD, wrongCode(secret, t));
        assertFalse(signedIn(wrong));
        assertTrue(wrong.body().contains("인증 코드가 올바르지 않습니다"), wrong.body());
        HttpResponse<String> reused = signIn(visitor(), email, PASSWORD, code(secret, t));
        assertFalse(signedIn(reused), "the enrolment's code is spent");
        assertTrue(reused.body().contains("이미 사용한 인증 코드입니다"), reused.body());

        support.pinClock(t.plusSeconds(30));
        assertTrue(signedIn(signIn(visitor(), email, PASSWORD, code(secret, t.plusSeconds(30)))), "the next code");
        assertTrue(
                signIn(visitor(), email, PASSWORD, code(secret, t.plusSeconds(30)))
                        .body()
                        .contains("이미 사용한 인증 코드입니다"),
                "a replayed code");
        HttpResponse<String> wrongPassword =
                signIn(visitor(), email, "not-the-password", code(secret, t.plusSeconds(60)));
        assertTrue(wrongPassword.body().contains("이메일 또는 비밀번호가 올바르지 않습니다"), "the password first");

        support.pinClock(t.plusSeconds(90));
        assertTrue(
                signedIn(signIn(visitor(), email, PASSWORD, code(secret, t.plusSeconds(60)))),
                "the previous step's code is still accepted (a code typed across the boundary)");
        support.pinClock(t.plusSeconds(150));
        assertFalse(
                signedIn(signIn(visitor(), email, PASSWORD, code(secret, t.plusSeconds(90)))),
                "two steps old: refused");

        assertTrue(signedIn(signIn(visitor(), email, PASSWORD, recovery.get(0))), "a recovery code");
        assertFalse(signedIn(signIn(visitor(), email, PASSWORD, recovery.get(0))), "once");
        assertEquals(1, support.auditCount(email, "SECOND_FACTOR_RECOVERY_CODE_USED"));
        assertTrue(signedIn(
                signIn(visitor(), email, PASSWORD, recovery.get(1).toLowerCase().replace("-", ""))));

        HttpResponse<String> reset = accountForm(administrator(), "resetSecondFactor", email, "휴대폰과 복구 코드 분실");
        assertTrue(reset.body().contains("2단계 인증을 초기화했습니다"), reset.body());
        assertEquals(1, support.auditCount(email, "SECOND_FACTOR_RESET"));
        assertTrue(signedIn(signIn(visitor(), email, PASSWORD, "")), "after a reset the password alone signs in");
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessionsAndKeepsTheOneThatChangedIt() throws Exception {
        String email = newEmail();
        PageClient changing = visitor();
        assertTrue(changing.signUp(email, "세션 시민", "first-password-1"));
        PageClient other = visitor();
        assertTrue(other.signIn(email, "first-password-1"));
        assertEquals(200, other.get("account/password.xhtml").statusCode(), "both signed in");

        HttpResponse<String> changed = changing.submit(
                "account/password.xhtml",
                changing.get("account/password.xhtml"),
                "changePassword",
                "save",
                Map.of(
                        "currentPassword",
                        "first-password-1",
                        "password",
                        "second-password-2",
                        "passwordConfirmation",
                        "second-password-2"));
        assertEquals(302, changed.statusCode());

        HttpResponse<String> ended = other.get("account/password.xhtml");
        assertEquals(302, ended.statusCode(), "the other session has ended");
        assertTrue(ended.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
        assertEquals(302, other.get("account/password.xhtml").statusCode(), "and stays ended");
        assertEquals(200, changing.get("account/password.xhtml").statusCode(), "the changing session stays");
    }

    @Test
    void aDisabledReviewerCannotSignInLeavesOpenPanelsAndItsSessionEnds() throws Exception {
        int round = new TestSupportClient(baseUrl).openFreshRound();
        String email = support.createReviewer(PASSWORD, round);
        assertEquals(String.valueOf(round), support.assignedRounds(email));
        PageClient reviewer = visitor();
        assertTrue(reviewer.signIn(email, PASSWORD));
        assertEquals(200, reviewer.get("expert/").statusCode());

        PageClient admin = administrator();
        HttpResponse<String> self = accountForm(admin, "disable", Deployments.ADMIN_EMAIL, "나 자신");
        assertTrue(self.body().contains("자신의 계정은 사용 중지할 수 없습니다"), self.body());
        HttpResponse<String> noReason = accountForm(admin, "disable", email, "");
        assertTrue(noReason.body().contains("사유를 입력하세요"), noReason.body());
        HttpResponse<String> disabled = accountForm(admin, "disable", email, "평가 중 이해충돌 미신고");
        assertTrue(disabled.body().contains("계정을 사용 중지했습니다"), disabled.body());
        assertTrue(disabled.body().contains("평가 중 이해충돌 미신고"), "listed with its reason");

        HttpResponse<String> ended = reviewer.get("expert/");
        assertEquals(302, ended.statusCode(), "the reviewer's session has ended");
        assertEquals("", support.assignedRounds(email), "off the open round's panel");
        HttpResponse<String> again = signIn(visitor(), email, PASSWORD, "");
        assertFalse(signedIn(again));
        assertTrue(again.body().contains("관리자가 이 계정을 사용 중지했습니다"), again.body());
        HttpResponse<String> stranger = signIn(visitor(), email, "not-the-password", "");
        assertTrue(stranger.body().contains("이메일 또는 비밀번호가 올바르지 않습니다"), "a stranger learns nothing");
        assertFalse(stranger.body().contains("사용 중지"));
        assertEquals(1, support.auditCount(email, "ACCOUNT_DISABLED"));

        HttpResponse<String> enabled = accountForm(admin, "enable", email, "소명 확인");
        assertTrue(enabled.body().contains("다시 사용할 수 있게 했습니다"), enabled.body());
        assertEquals(1, support.auditCount(email, "ACCOUNT_ENABLED"));
        assertTrue(visitor().signIn(email, PASSWORD), "enabled again");
    }

    @Test
    void theOperatorSettingLeadsAGeneratedAdministratorThroughThePasswordChangeThenEnrolment() throws Exception {
        support.required(true);
        String[] generated = new TestSupportClient(baseUrl).createAdministratorWithGeneratedPassword();
        PageClient admin = visitor();
        assertTrue(admin.signIn(generated[0], generated[1]));
        assertTrue(
                admin.get("admin/")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .endsWith("/account/password.xhtml"),
                "first the password");
        HttpResponse<String> changed = admin.submit(
                "account/password.xhtml",
                admin.get("account/password.xhtml"),
                "changePassword",
                "save",
                Map.of("currentPassword", generated[1], "password", PASSWORD, "passwordConfirmation", PASSWORD));
        assertEquals(302, changed.statusCode());

        HttpResponse<String> console = admin.get("admin/");
        assertEquals(302, console.statusCode(), "then the second factor");
        assertTrue(console.headers().firstValue("Location").orElseThrow().endsWith("/" + ENROLMENT));
        assertEquals(302, admin.get("admin/rounds.xhtml").statusCode());
        HttpResponse<String> page = admin.open("admin/");
        assertTrue(page.body().contains("id=\"second-factor-required\""), page.body());

        enrol(admin, SecondFactorClient.secretShown(page.body()), SecondFactorClient.stepStart());
        assertEquals(200, admin.get("admin/").statusCode(), "the console once enrolled");

        PageClient citizen = visitor();
        assertTrue(citizen.signUp(newEmail(), "상관없는 시민", "citizen-password-1"));
        assertEquals(200, citizen.get("account/password.xhtml").statusCode(), "citizens have no second factor");
    }

    @Test
    void withoutAUsableKeyNobodyEnrolsAndThePageSaysWhy() throws Exception {
        String email = support.createAdministrator(PASSWORD);
        PageClient admin = visitor();
        assertTrue(admin.signIn(email, PASSWORD));

        for (String unusable : List.of("", "too-short-key")) {
            support.sealingKey(unusable);
            HttpResponse<String> page = admin.get(ENROLMENT);
            assertEquals(200, page.statusCode(), "key '" + unusable + "': " + page.body());
            assertTrue(page.body().contains("id=\"second-factor-unavailable\""), page.body());
            assertTrue(page.body().contains("PLATFORM_SECOND_FACTOR_KEY"), "the page names the setting");
            assertFalse(page.body().contains("id=\"secret\""), "no secret shown");
            assertFalse(page.body().contains("id=\"qr-code\""), "no QR code");
            assertEquals(0, support.secondFactorRows(email), "nothing stored, sealed or not");
        }

        support.sealingKey(SecondFactorClient.IT_KEY);
        HttpResponse<String> page = admin.get(ENROLMENT);
        assertTrue(page.body().contains("id=\"qr-code\""), "with the key, enrolment starts");
        assertTrue(support.storedSecret(email).startsWith("v1:"));
    }

    @Test
    void anUnsealedSecretIsNeverAcceptedAndSignInSaysWhatToDo() throws Exception {
        String email = support.createAdministrator(PASSWORD);
        PageClient admin = visitor();
        assertTrue(admin.signIn(email, PASSWORD));
        String secret = SecondFactorClient.secretShown(admin.get(ENROLMENT).body());
        Instant t = SecondFactorClient.stepStart();
        List<String> recovery = enrol(admin, secret, t);
        support.storeUnsealed(email, secret); // as an earlier version stored it without a key

        support.pinClock(t.plusSeconds(30));
        HttpResponse<String> refused = signIn(visitor(), email, PASSWORD, code(secret, t.plusSeconds(30)));
        assertFalse(signedIn(refused), "a plain: row does not open although the code is right");
        assertEquals(200, refused.statusCode(), "a clear refusal, not a 500");
        assertTrue(refused.body().contains("2단계 인증 정보를 확인할 수 없습니다"), refused.body());
        assertTrue(signedIn(signIn(visitor(), email, PASSWORD, recovery.get(0))), "a recovery code still works");
    }

    @Test
    void twoSignInsWithOneCodeAtOnceAcceptOneAndTellTheOtherItWasUsed() throws Exception {
        String email = support.createAdministrator(PASSWORD);
        PageClient admin = visitor();
        assertTrue(admin.signIn(email, PASSWORD));
        String secret = SecondFactorClient.secretShown(admin.get(ENROLMENT).body());
        Instant t = SecondFactorClient.stepStart();
        enrol(admin, secret, t);

        support.pinClock(t.plusSeconds(30));
        String sameCode = code(secret, t.plusSeconds(30));
        List<PageClient> people = List.of(visitor(), visitor());
        List<HttpResponse<String>> forms = new java.util.ArrayList<>();
        for (PageClient person : people) {
            forms.add(person.get("login.xhtml"));
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                PageClient person = people.get(i);
                HttpResponse<String> form = forms.get(i);
                answers.add(pool.submit(() -> {
                    together.await();
                    return person.submit(
                            "login.xhtml",
                            form,
                            "login",
                            "submit",
                            Map.of("email", email, "password", PASSWORD, "oneTimeCode", sameCode));
                }));
            }
            int accepted = 0;
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (signedIn(response)) {
                    accepted++;
                } else {
                    assertEquals(200, response.statusCode(), "never a 500: " + response.body());
                    assertTrue(response.body().contains("이미 사용한 인증 코드입니다"), response.body());
                }
            }
            assertEquals(1, accepted, "one code, one sign-in");
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> accountForm(PageClient admin, String button, String email, String reason)
            throws Exception {
        return admin.submit(
                "admin/reviewers.xhtml",
                admin.get("admin/reviewers.xhtml"),
                "account",
                button,
                Map.of("email", email, "reason", reason));
    }

    /** A six-digit code that is neither the code of {@code at} nor of the step before. */
    private static String wrongCode(String secret, Instant at) {
        String now = code(secret, at);
        String before = code(secret, at.minusSeconds(30));
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(now) && !code.equals(before)) {
                return code;
            }
        }
    }
}
