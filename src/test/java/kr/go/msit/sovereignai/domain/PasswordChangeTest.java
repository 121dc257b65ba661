package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.PasswordRule;
import org.junit.jupiter.api.Test;

class PasswordChangeTest {

    private static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");

    @Test
    void aGeneratedAdministratorPasswordMustBeChangedAndChangingItLiftsThat() {
        Account administrator = Account.administratorWithGeneratedPassword("admin@example.kr", "관리자", "hash-1", NOW);
        assertTrue(administrator.mustChangePassword());
        administrator.changePassword("hash-2");
        assertFalse(administrator.mustChangePassword());
        assertEquals("hash-2", administrator.getPasswordHash());
    }

    @Test
    void chosenPasswordsNeedNoChange() {
        assertFalse(
                Account.administrator("admin@example.kr", "관리자", "hash", NOW).mustChangePassword());
        assertFalse(Account.citizen("citizen@example.kr", "시민", "hash", NOW).mustChangePassword());
    }

    @Test
    void aPasswordIsTenToAHundredAndTwentyEightCharacters() {
        assertDoesNotThrow(() -> PasswordRule.check("a".repeat(10)));
        assertDoesNotThrow(() -> PasswordRule.check("a".repeat(128)));
        for (String refused : new String[] {null, "", " ".repeat(12), "a".repeat(9), "a".repeat(129)}) {
            InvalidInput invalid = assertThrows(InvalidInput.class, () -> PasswordRule.check(refused));
            assertEquals(InvalidInput.Input.PASSWORD, invalid.input());
            assertEquals("account.password.weak", invalid.messageKey());
        }
    }
}
