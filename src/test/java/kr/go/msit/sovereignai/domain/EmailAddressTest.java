package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void addressesAreTrimmedAndLowerCased() {
        assertEquals("citizen@example.kr", EmailAddress.canonical("  Citizen@Example.KR "));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "citizen", "citizen@", "@example.kr", "a b@example.kr", "citizen@localhost", "x@y@example.kr"
            })
    void malformedAddressesAreRefused(String address) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> EmailAddress.canonical(address));
        assertEquals("account.email.invalid", refused.messageKey());
        assertEquals(InvalidInput.Input.EMAIL, refused.input(), "pages put the message next to the e-mail field");
    }

    @Test
    void aCitizenHasConsentedAndNeverGetsAnotherRole() {
        Instant now = Instant.parse("2026-01-05T00:00:00Z");
        Account citizen = Account.citizen("A@Example.kr", " 시민 ", "hash", now);
        assertEquals(Role.CITIZEN, citizen.getRole());
        assertEquals(now, citizen.getPrivacyConsentAt());
        assertEquals("a@example.kr", citizen.getEmail());
        assertEquals("시민", citizen.getDisplayName());
        assertEquals(
                InvalidInput.Input.DISPLAY_NAME,
                assertThrows(InvalidInput.class, () -> Account.citizen("a@example.kr", " ", "hash", now))
                        .input());
    }
}
