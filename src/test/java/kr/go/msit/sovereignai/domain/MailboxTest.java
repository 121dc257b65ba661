package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailboxTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // sub-address tags: '+' at every domain
        "x+1@gmail.com, x@gmail.com",
        "x+a+b@example.kr, x@example.kr",
        "Kim+Vote@Naver.com, kim@naver.com",
        "x+@outlook.com, x@outlook.com",
        "+x@example.kr, +x@example.kr",
        // Gmail ignores dots, googlemail.com is gmail.com
        "x.y@gmail.com, xy@gmail.com",
        "X.Y+tag@GoogleMail.com, xy@gmail.com",
        "x.y.z@googlemail.com, xyz@gmail.com",
        "...@gmail.com, ...@gmail.com",
        // dots count everywhere else, '-' is never a separator
        "x.y@naver.com, x.y@naver.com",
        "x.y@hanmail.net, x.y@hanmail.net",
        "x.y@daum.net, x.y@daum.net",
        "x.y@kakao.com, x.y@kakao.com",
        "x.y@outlook.com, x.y@outlook.com",
        "x.y@company.co.kr, x.y@company.co.kr",
        "kim-minsu@yahoo.com, kim-minsu@yahoo.com",
        "x.y@mail.gmail.com, x.y@mail.gmail.com",
        "  Citizen@Example.KR , citizen@example.kr"
    })
    void theCanonicalMailbox(String address, String mailbox) {
        assertEquals(mailbox, Mailbox.of(address));
    }

    @Test
    void theIssuesThreeCitizensAreOneMailbox() {
        assertTrue(Mailbox.same("x+1@gmail.com", "x+2@gmail.com"));
        assertTrue(Mailbox.same("x+1@gmail.com", "x@gmail.com"));
        assertTrue(Mailbox.same("x.y@gmail.com", "xy+vote@googlemail.com"));
        assertFalse(Mailbox.same("x.y@gmail.com", "x@gmail.com"));
        assertFalse(Mailbox.same("x.y@naver.com", "xy@naver.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "x@", "@gmail.com", "a b@gmail.com", "x@localhost"})
    void malformedAddressesAreRefused(String address) {
        assertEquals(
                "account.email.invalid",
                assertThrows(InvalidInput.class, () -> Mailbox.of(address)).messageKey());
    }

    @Test
    void anAccountKeepsTheTypedAddressAndKnowsItsMailbox() {
        Account citizen = Account.citizen("X.Y+Vote@Gmail.com", "시민", "hash", Instant.EPOCH);
        assertEquals("x.y+vote@gmail.com", citizen.getEmail());
        assertEquals("xy@gmail.com", citizen.getMailbox());
    }
}
