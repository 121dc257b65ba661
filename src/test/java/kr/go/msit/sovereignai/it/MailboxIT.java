package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.sovereignai.web.http.ProofOfWork;
import org.junit.jupiter.api.Test;

/**
 * One mailbox, one account (issue 22): tagged and dotted spellings of a registered mailbox get the answer a new
 * address gets and store nothing; opening a confirmation link confirms nothing, its button does; the owner of a
 * mailbox takes back an unconfirmed account a stranger registered, choosing its name and password on the reclaim
 * link's page (the stranger's password, sessions and verified identity are gone; hence the identity provider of
 * {@link IdentityTest}), and cannot take a confirmed one; a password reset link works once; and sign-up's
 * proof-of-work is checked by the server: missing, forged, expired, wrong or reused, it is refused and nothing is
 * stored.
 */
class MailboxIT extends IdentityTest {

    /** The key arquillian.xml gives the server ({@code platform.signup.challenge-key}), to sign an expired challenge. */
    private static final String CHALLENGE_KEY = "it-signup-challenge-key-known-to-MailboxIT";

    private TestSupportClient support() {
        return new TestSupportClient(baseUrl);
    }

    /** A fresh Gmail local part: letters only, so dots can be put between them. */
    private static String freshLocalPart() {
        StringBuilder letters = new StringBuilder("mb");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return letters.toString();
    }

    private static boolean sentToCheckMail(HttpResponse<String> answer) {
        return answer.statusCode() == 302
                && answer.headers().firstValue("Location").orElse("").endsWith("/signup.xhtml?sent=true");
    }

    private static boolean opensNoSession(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void taggedAndDottedDuplicatesGetTheAnswerANewAddressGetsAndStoreNothing() throws Exception {
        String local = freshLocalPart();
        String owner = local + "@gmail.com";
        assertTrue(visitor().signUp(owner, "주인", "owner-password-1"));
        HttpResponse<String> forNew = visitor().submitSignUp(newEmail(), "새 시민", "duplicate-password-1");
        List<String> before = support().tableDigests("account", "one_time_link");

        String tagged = local + "+vote@gmail.com";
        String dotted =
                local.substring(0, 3) + "." + local.substring(3, 6) + "." + local.substring(6) + "@googlemail.com";
        for (String duplicate : List.of(tagged, dotted, local.toUpperCase() + "+2@GMAIL.COM")) {
            HttpResponse<String> answer = visitor().submitSignUp(duplicate, "중복", "duplicate-password-1");
            assertTrue(sentToCheckMail(answer), duplicate + " answered " + answer.statusCode());
            assertEquals(forNew.statusCode(), answer.statusCode());
            assertEquals(
                    forNew.headers().firstValue("Location"), answer.headers().firstValue("Location"));
            assertEquals(forNew.body(), answer.body());
            assertFalse(visitor().signIn(duplicate, "duplicate-password-1"), "no second account for " + duplicate);
        }
        assertEquals(before, support().tableDigests("account", "one_time_link"), "nothing stored for the duplicates");
        String notice = TestMailbox.bodyOf(TestMailbox.awaitMail(owner, "Someone tried to sign up with this address"));
        assertTrue(notice.contains("/forgot-password.xhtml"), notice);
        assertTrue(visitor().signIn(owner, "owner-password-1"));
        assertTrue(visitor().signIn(dotted, "owner-password-1"), "any spelling of the mailbox reaches its account");
        assertTrue(visitor().signIn(tagged, "owner-password-1"));
    }

    @Test
    void openingTheConfirmationLinkConfirmsNothingAndPressingItsButtonDoes() throws Exception {
        String email = newEmail();
        PageClient citizen = visitor();
        assertTrue(sentToCheckMail(citizen.submitSignUp(email, "스캐너 시민", "scanner-password-1")));
        assertTrue(citizen.signIn(email, "scanner-password-1"));
        String link = TestMailbox.confirmationLink(email);
        List<String> before = support().tableDigests("account", "one_time_link");

        // A mail scanner fetches the link, again and again: each time only the button, no session, nothing changed.
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> scanned = visitor().get(link);
            assertEquals(200, scanned.statusCode());
            assertTrue(scanned.body().contains("id=\"confirmation\""), scanned.body());
            assertFalse(scanned.body().contains("id=\"email-confirmed\""));
            assertTrue(opensNoSession(scanned), "the link's page opens no session");
        }
        assertEquals(before, support().tableDigests("account", "one_time_link"));
        assertTrue(citizen.get("ballot.xhtml").body().contains("id=\"email-unconfirmed\""), "still unconfirmed");

        HttpResponse<String> confirmed = visitor().confirmEmail(link);
        assertTrue(confirmed.body().contains("id=\"email-confirmed\""), confirmed.body());
        assertFalse(citizen.get("ballot.xhtml").body().contains("id=\"email-unconfirmed\""), "confirmed by the POST");
        HttpResponse<String> again = visitor().get(link);
        assertTrue(again.body().contains("이미 사용된 확인 링크입니다"), again.body());
        assertFalse(again.body().contains("id=\"confirmation\""), "no button for a spent link");
    }

    /** Opens a reclaim link and, when its page shows the form, posts it with this name and password. */
    private HttpResponse<String> reclaim(String link, String displayName, String password) throws Exception {
        PageClient owner = visitor();
        HttpResponse<String> page = owner.get(link);
        if (page.statusCode() != 200 || !page.body().contains("id=\"reclaimAccount\"")) {
            return page;
        }
        return owner.submit(
                "reclaim-account.xhtml",
                page,
                "reclaimAccount",
                "reclaim",
                Map.of(
                        "link",
                        link.substring(link.indexOf("link=") + "link=".length()),
                        "displayName",
                        displayName,
                        "password",
                        password,
                        "passwordConfirmation",
                        password));
    }

    @Test
    void theMailboxsOwnerChoosesThePasswordOnTheReclaimPageAndTheStrangersPasswordAndIdentityAreGone()
            throws Exception {
        String local = freshLocalPart();
        String owner = local + "@gmail.com";
        String strangers = local.substring(0, 4) + "." + local.substring(4) + "+squat@gmail.com";
        assertTrue(sentToCheckMail(visitor().submitSignUp(strangers, "무단 가입자", "stranger-password-1")));
        PageClient stranger = visitor();
        assertTrue(stranger.signIn(strangers, "stranger-password-1"), "the stranger's unconfirmed account signs in");
        assertTrue(visitor().signIn(owner, "stranger-password-1"), "it is the owner's mailbox's account");
        // The stranger cannot verify their own identity on the squatted account: verification needs a confirmed
        // address (the reclaim below would remove such an identity as well).
        HttpResponse<String> identityPage = stranger.get("account/identity.xhtml");
        assertEquals(200, identityPage.statusCode());
        assertFalse(
                identityPage.body().contains("id=\"identity:verify\""), "no verification for an unconfirmed address");
        assertTrue(
                support().verifiedIdentity(owner).startsWith("none"), support().verifiedIdentity(owner));

        // The attacker's move of the finding: signing up again with the mailbox and a password of their own. The
        // mail goes to the mailbox's owner and carries nothing of it.
        HttpResponse<String> secondSignUp = visitor().submitSignUp(owner, "공격자 이름", "attacker-password-1");
        assertTrue(sentToCheckMail(secondSignUp), "the same answer as for a new address");
        String mail = TestMailbox.bodyOf(TestMailbox.awaitMail(owner, "An unconfirmed account registered with"));
        assertFalse(mail.contains("attacker-password-1") || mail.contains("공격자 이름"), mail);
        assertTrue(mail.replaceAll("\\s+", " ").contains("takes over the account registered with your address"), mail);
        String link = TestMailbox.linkIn(owner, "An unconfirmed account registered with", "reclaim-account.xhtml");
        assertFalse(visitor().signIn(owner, "attacker-password-1"), "the second sign-up's password sets nothing");
        assertTrue(visitor().signIn(owner, "stranger-password-1"), "nothing changes before the owner acts");

        assertEquals(200, stranger.get("account/password.xhtml").statusCode(), "the stranger is still signed in");
        List<String> before = support().tableDigests("account", "one_time_link", "verified_identity");
        HttpResponse<String> opened = visitor().get(link);
        assertTrue(opened.body().contains("id=\"reclaimAccount\""), opened.body());
        assertTrue(
                opened.body().contains("replace the account&#39;s name and password")
                        || opened.body().contains("이름과 비밀번호가 바뀝니다"),
                "the page says plainly what pressing does: " + opened.body());
        assertTrue(opensNoSession(opened), "the link's page opens no session");
        assertEquals(
                before,
                support().tableDigests("account", "one_time_link", "verified_identity"),
                "opening the link changes nothing");

        // A password the rule refuses changes nothing and leaves the link usable.
        reclaim(link, "진짜 주인", "short");
        assertEquals(before, support().tableDigests("account", "one_time_link", "verified_identity"));

        HttpResponse<String> reclaimed = reclaim(link, "진짜 주인", "owner-password-1");
        assertTrue(reclaimed.body().contains("id=\"account-reclaimed\""), reclaimed.body());

        assertFalse(visitor().signIn(strangers, "stranger-password-1"), "the stranger's password stopped working");
        assertFalse(visitor().signIn(owner, "stranger-password-1"));
        assertFalse(visitor().signIn(owner, "attacker-password-1"));
        HttpResponse<String> ended = stranger.get("account/password.xhtml");
        assertEquals(302, ended.statusCode(), "the stranger's session has ended");
        assertTrue(ended.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
        assertEquals("none", support().verifiedIdentity(owner), "the stranger's verified identity is gone");
        PageClient ownerSession = visitor();
        assertTrue(ownerSession.signIn(owner, "owner-password-1"));
        String home = ownerSession.get("ballot.xhtml").body();
        assertFalse(home.contains("id=\"email-unconfirmed\""), "the owner's account is confirmed");
        assertTrue(ownerSession.get("").body().contains("진짜 주인"), "with the name the owner chose");
        HttpResponse<String> again = reclaim(link, "다시", "another-password-1");
        assertTrue(again.body().contains("id=\"reclaim-refused\""), "the link works once: " + again.body());
        assertTrue(visitor().signIn(owner, "owner-password-1"));
    }

    @Test
    void aReclaimLinkCannotTakeAConfirmedAccount() throws Exception {
        String local = freshLocalPart();
        String owner = local + "@gmail.com";
        assertTrue(sentToCheckMail(visitor().submitSignUp(owner, "주인", "owner-password-1")));
        String confirmation = TestMailbox.confirmationLink(owner);
        String again = local + "+again@gmail.com";
        assertTrue(sentToCheckMail(visitor().submitSignUp(again, "남", "other-password-1")));
        String link = TestMailbox.linkIn(again, "An unconfirmed account registered with", "reclaim-account.xhtml");
        // The account is confirmed before the reclaim link is used (its first link was pressed).
        assertTrue(visitor().confirmEmail(confirmation).body().contains("id=\"email-confirmed\""));

        List<String> before = support().tableDigests("account", "one_time_link", "verified_identity");
        HttpResponse<String> opened = visitor().get(link);
        assertTrue(opened.body().contains("id=\"reclaim-refused\""), opened.body());
        assertFalse(opened.body().contains("id=\"reclaimAccount\""), "no form for a confirmed account");
        // Posting the form anyway (as a script would) is refused too.
        HttpResponse<String> posted = visitor()
                .post(
                        "reclaim-account.xhtml",
                        "reclaimAccount",
                        "reclaim",
                        Map.of(
                                "link",
                                link.substring(link.indexOf("link=") + "link=".length()),
                                "displayName",
                                "남",
                                "password",
                                "taken-password-1",
                                "passwordConfirmation",
                                "taken-password-1"),
                        "stateless");
        assertFalse(posted.body().contains("id=\"account-reclaimed\""), posted.body());
        assertEquals(before, support().tableDigests("account", "one_time_link", "verified_identity"));
        assertTrue(visitor().signIn(owner, "owner-password-1"));
        assertFalse(visitor().signIn(owner, "taken-password-1"));
    }

    @Test
    void aResetLinkWorksOnceAndASecondUseAForgedOrAnUnknownAddressChangesNothing() throws Exception {
        String email = newEmail();
        assertTrue(visitor().signUp(email, "잊은 시민", "old-password-12"));

        PageClient forgetful = visitor();
        HttpResponse<String> form = forgetful.get("forgot-password.xhtml");
        assertTrue(opensNoSession(form), "the forgot page opens no session");
        HttpResponse<String> asked =
                forgetful.submit("forgot-password.xhtml", form, "forgot", "send", Map.of("email", email));
        PageClient stranger = visitor();
        HttpResponse<String> askedForNobody = stranger.submit(
                "forgot-password.xhtml",
                stranger.get("forgot-password.xhtml"),
                "forgot",
                "send",
                Map.of("email", newEmail()));
        assertEquals(302, asked.statusCode());
        assertEquals(asked.statusCode(), askedForNobody.statusCode(), "the same answer for an unknown address");
        assertEquals(
                asked.headers().firstValue("Location"), askedForNobody.headers().firstValue("Location"));
        assertTrue(visitor()
                .open(asked.headers().firstValue("Location").orElseThrow())
                .body()
                .contains("id=\"reset-sent\""));

        String link = TestMailbox.linkIn(email, "Reset your password", "reset-password.xhtml");
        String secret = link.substring(link.indexOf("link=") + 5);
        HttpResponse<String> resetPage = visitor().get(link);
        assertTrue(resetPage.body().contains("id=\"resetPassword\""), resetPage.body());
        assertTrue(opensNoSession(resetPage));
        HttpResponse<String> reset = visitor()
                .submit(
                        "reset-password.xhtml",
                        resetPage,
                        "resetPassword",
                        "save",
                        Map.of(
                                "link",
                                secret,
                                "password",
                                "new-password-12",
                                "passwordConfirmation",
                                "new-password-12"));
        assertTrue(reset.body().contains("id=\"password-reset\""), reset.body());
        assertTrue(visitor().signIn(email, "new-password-12"));
        assertFalse(visitor().signIn(email, "old-password-12"), "the old password stopped working");

        List<String> after = support().tableDigests("account", "one_time_link");
        HttpResponse<String> secondOpening = visitor().get(link);
        assertTrue(secondOpening.body().contains("이미 사용한 재설정 링크입니다"), secondOpening.body());
        assertFalse(secondOpening.body().contains("id=\"resetPassword\""), "no form for a spent link");
        HttpResponse<String> secondUse = visitor()
                .submit(
                        "reset-password.xhtml",
                        resetPage,
                        "resetPassword",
                        "save",
                        Map.of(
                                "link",
                                secret,
                                "password",
                                "third-password-1",
                                "passwordConfirmation",
                                "third-password-1"));
        assertTrue(secondUse.body().contains("이미 사용한 재설정 링크입니다"), secondUse.body());
        HttpResponse<String> forged = visitor()
                .submit(
                        "reset-password.xhtml",
                        resetPage,
                        "resetPassword",
                        "save",
                        Map.of(
                                "link",
                                secret + "x",
                                "password",
                                "third-password-1",
                                "passwordConfirmation",
                                "third-password-1"));
        assertTrue(forged.body().contains("올바르지 않은 재설정 링크입니다"), forged.body());
        assertTrue(visitor()
                .get("reset-password.xhtml?link=" + UUID.randomUUID())
                .body()
                .contains("올바르지 않은 재설정 링크입니다"));
        assertEquals(after, support().tableDigests("account", "one_time_link"), "nothing changed");
        assertTrue(visitor().signIn(email, "new-password-12"));
    }

    @Test
    void aStrangerCannotFillAMailboxWithResetMailsAndIsAnsweredTheSameBeyondTheLimit() throws Exception {
        String email = newEmail();
        assertTrue(visitor().signUp(email, "표적 시민", "target-password-1"));
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PageClient stranger = visitor();
            HttpResponse<String> answer = stranger.submit(
                    "forgot-password.xhtml",
                    stranger.get("forgot-password.xhtml"),
                    "forgot",
                    "send",
                    Map.of("email", i % 2 == 0 ? email : email.toUpperCase()));
            answers.add(answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse(""));
        }
        assertEquals(1, answers.stream().distinct().count(), "the same answer every time: " + answers);
        // Mail leaves after commit on the server's executor: wait for the three allowed, then give a fourth a
        // bounded while to show up (an absence cannot be awaited; a fourth ends the wait at once).
        java.util.function.Supplier<Long> resetMails = () -> TestMailbox.mailTo(email).stream()
                .filter(m -> TestMailbox.subjectOf(m).contains("Reset your password"))
                .count();
        assertEquals(3L, Eventually.value(Duration.ofSeconds(30), resetMails::get, n -> n >= 3));
        assertEquals(3L, Eventually.value(Duration.ofSeconds(2), resetMails::get, n -> n > 3), "no fourth mail");
    }

    @Test
    void aMissingForgedExpiredWrongOrReusedChallengeIsRefusedAndNothingIsStored() throws Exception {
        ProofOfWork.Challenge expired = new ProofOfWork(
                        CHALLENGE_KEY.getBytes(StandardCharsets.UTF_8),
                        Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)),
                        Duration.ofMinutes(30),
                        new java.util.concurrent.ConcurrentHashMap<>())
                .issue(10);
        String expiredSolution =
                Integer.toString(ProofOfWork.solve(expired.salt(), expired.challenge(), expired.maxNumber()));

        PageClient used = visitor();
        HttpResponse<String> usedPage = used.get("signup.xhtml");
        Map<String, String> spent = PageClient.solvedChallenge(usedPage.body());
        assertTrue(
                sentToCheckMail(
                        used.submit("signup.xhtml", usedPage, "signup", "submit", signUpFields(newEmail(), spent))),
                "a solved challenge is accepted");

        Map<String, Map<String, String>> attacks = new LinkedHashMap<>();
        attacks.put("자동 가입 방지 계산 결과가 없습니다", Map.of());
        attacks.put("올바르지 않은 자동 가입 방지 값입니다", null); // filled in per page below: signature replaced
        attacks.put("유효 시간이 지났습니다", Map.of("challenge", expired.token(), "solution", expiredSolution));
        attacks.put("계산 결과가 맞지 않습니다", null); // the page's own challenge, a wrong number
        attacks.put("이미 사용한 자동 가입 방지 값입니다", spent);
        for (Map.Entry<String, Map<String, String>> attack : attacks.entrySet()) {
            List<String> before = support().tableDigests("account", "one_time_link");
            String email = newEmail();
            PageClient bot = visitor();
            HttpResponse<String> page = bot.get("signup.xhtml");
            Map<String, String> challenge = attack.getValue();
            if (challenge == null) {
                Map<String, String> solved = PageClient.solvedChallenge(page.body());
                String token = solved.get("challenge");
                challenge = attack.getKey().startsWith("올바르지")
                        ? Map.of(
                                "challenge",
                                token.substring(0, token.lastIndexOf(':') + 1) + "0".repeat(64),
                                "solution",
                                solved.get("solution"))
                        : Map.of(
                                "challenge",
                                token,
                                "solution",
                                Integer.toString((Integer.parseInt(solved.get("solution")) + 1) % 1001));
            }
            HttpResponse<String> refused =
                    bot.submit("signup.xhtml", page, "signup", "submit", signUpFields(email, challenge));
            assertEquals(200, refused.statusCode(), attack.getKey());
            assertTrue(refused.body().contains(attack.getKey()), attack.getKey() + ": " + refused.body());
            assertTrue(refused.body().contains("data-challenge=\""), "the page asks a new challenge");
            assertFalse(support().accountExists(email), attack.getKey());
            assertEquals(before, support().tableDigests("account", "one_time_link"), attack.getKey());
        }
    }

    private static Map<String, String> signUpFields(String email, Map<String, String> challenge) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "email",
                email,
                "displayName",
                "자동화",
                "password",
                "bot-password-123",
                "passwordConfirmation",
                "bot-password-123",
                "privacyConsent",
                "on"));
        fields.putAll(challenge);
        return fields;
    }
}
