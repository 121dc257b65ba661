package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Citizens confirm their address before voting: the platform mails a one-time link through a
 * real SMTP server on loopback (the tests' GreenMail), answers alike for new and registered
 * addresses, and a forged or spent link changes nothing.
 */
class EmailConfirmationIT extends HttpTest {

    private static final String PASSWORD = "confirm-password-1";

    @Test
    void aNewCitizenVotesOnlyAfterOpeningTheMailedLinkWhichWorksOnce() throws Exception {
        int round = new TestSupportClient(baseUrl).openFreshRound();
        String email = newEmail();
        PageClient citizen = visitor();

        HttpResponse<String> answer = citizen.submitSignUp(email, "확인할 시민", PASSWORD);
        assertEquals(302, answer.statusCode());
        assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/signup.xhtml?sent=true"));
        assertTrue(citizen.get("signup.xhtml?sent=true").body().contains("확인 메일을 보냈습니다"));

        assertTrue(citizen.signIn(email, PASSWORD), "an unconfirmed citizen can sign in");
        String unconfirmed = citizen.get("ballot.xhtml").body();
        assertTrue(unconfirmed.contains("id=\"email-unconfirmed\""), unconfirmed);
        assertFalse(unconfirmed.contains("id=\"ballot\""), "no ballot form before confirmation");

        String link = TestMailbox.confirmationLink(email);
        assertTrue(link.startsWith(baseUrl.toString().replaceAll("/$", "") + "/confirm-email.xhtml?link="), link);
        HttpResponse<String> opened = visitor().get(link);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("id=\"confirmation\""), "opening the link shows the button");
        assertFalse(opened.body().contains("id=\"email-confirmed\""), "opening the link confirms nothing");
        assertTrue(citizen.get("ballot.xhtml").body().contains("id=\"email-unconfirmed\""));
        HttpResponse<String> confirmed = visitor().confirmEmail(link);
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("id=\"email-confirmed\""), confirmed.body());

        HttpResponse<String> again = visitor().confirmEmail(link);
        assertTrue(again.body().contains("이미 사용된 확인 링크입니다"), again.body());

        HttpResponse<String> ballot = citizen.get("ballot.xhtml");
        assertTrue(ballot.body().contains("id=\"ballot\""), "the ballot form once confirmed");
        assertTrue(citizen.castBallot(ballot, group -> 4).body().contains("id=\"receipt\""));
        assertEquals(1, new TestSupportClient(baseUrl).storedBallots(round));
    }

    @Test
    void aRegisteredAddressGetsTheSameAnswerAndItsOwnerIsToldNothingChanges() throws Exception {
        String email = newEmail();
        assertTrue(visitor().signUp(email, "주인", PASSWORD));
        TestSupportClient support = new TestSupportClient(baseUrl);
        String accounts = support.tableDigest("account");
        String links = support.tableDigest("one_time_link");

        HttpResponse<String> forRegistered = visitor().submitSignUp(email.toUpperCase(), "남", "another-password-1");
        assertEquals(
                List.of(accounts, links),
                support.tableDigests("account", "one_time_link"),
                "nothing stored for a registered address");
        HttpResponse<String> forNew = visitor().submitSignUp(newEmail(), "새 시민", "another-password-1");

        assertEquals(forNew.statusCode(), forRegistered.statusCode());
        assertEquals(
                forNew.headers().firstValue("Location"), forRegistered.headers().firstValue("Location"));
        assertEquals(forNew.body(), forRegistered.body());
        MimeMessage notice = TestMailbox.awaitMail(email, "Someone tried to sign up with this address");
        String text = TestMailbox.bodyOf(notice);
        assertTrue(text.contains("이미 계정이 있습니다") && text.contains("/login.xhtml"), text);
        assertFalse(text.contains("confirm-email.xhtml"), "no link that would change the account");
        assertTrue(visitor().signIn(email, PASSWORD), "the owner's password stands");
        assertFalse(visitor().signIn(email, "another-password-1"));
    }

    @Test
    void forgedSpentOrOversizedLinksAreRefusedWithAMessageAndChangeNothing() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        List<String> before = support.tableDigests("account", "one_time_link");
        for (String link : List.of("", "not-a-link", "A".repeat(43), "%00%27%22%3Cscript%3E", "x".repeat(20_000))) {
            HttpResponse<String> answer = visitor().get("confirm-email.xhtml?link=" + link);
            assertTrue(
                    answer.statusCode() == 200 || answer.statusCode() == 400 || answer.statusCode() == 414,
                    "a page or a clear refusal, never a 500: " + answer.statusCode());
            if (answer.statusCode() == 200) {
                assertTrue(answer.body().contains("올바르지 않은 확인 링크입니다"), answer.body());
                assertFalse(answer.body().contains("'\"<script>"), "the link is never echoed unescaped");
            }
        }
        assertEquals(before, support.tableDigests("account", "one_time_link"));
    }

    @Test
    void aNewLinkCanBeAskedForFromTheBallotPageAFewTimesAnHour() throws Exception {
        String email = newEmail();
        PageClient citizen = visitor();
        assertEquals(302, citizen.submitSignUp(email, "다시 받는 시민", PASSWORD).statusCode());
        String first = TestMailbox.confirmationLink(email);
        assertTrue(citizen.signIn(email, PASSWORD));

        HttpResponse<String> resent =
                citizen.submit("ballot.xhtml", citizen.get("ballot.xhtml"), "confirmation", "resend", Map.of());
        assertTrue(resent.body().contains("확인 메일을 다시 보냈습니다"), resent.body());
        String second = Eventually.value(
                java.time.Duration.ofSeconds(20), () -> TestMailbox.confirmationLink(email), l -> !l.equals(first));
        assertFalse(second.equals(first), "a new link");
        for (int i = 2; i <= 5; i++) {
            citizen.submit("ballot.xhtml", citizen.get("ballot.xhtml"), "confirmation", "resend", Map.of());
        }
        HttpResponse<String> refused =
                citizen.submit("ballot.xhtml", citizen.get("ballot.xhtml"), "confirmation", "resend", Map.of());
        assertTrue(refused.body().contains("확인 메일을 너무 자주 요청했습니다"), refused.body());

        assertTrue(
                visitor().confirmEmail(first).body().contains("id=\"email-confirmed\""),
                "earlier links stay valid until they expire");
        assertFalse(citizen.get("ballot.xhtml").body().contains("id=\"email-unconfirmed\""));
    }
}
