package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.application.accounts.AccountService.SignUpOutcome;
import kr.go.msit.sovereignai.application.accounts.SignUpRequest;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.infrastructure.security.AccountIdentityStore;
import org.junit.jupiter.api.Test;

/** A citizen signs up through the application service and the identity store authenticates them; the address waits for confirmation. */
class AccountIT extends ContainerTest {

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository accountRepository;

    @Inject
    AccountIdentityStore identityStore;

    private static String newEmail() {
        return "citizen-" + UUID.randomUUID() + "@example.kr";
    }

    private static final String SITE = "http://localhost:8080";

    @Test
    void aCitizenWhoSignedUpCanAuthenticateButHasNotConfirmedTheAddress() {
        String email = newEmail();
        assertEquals(
                SignUpOutcome.CONFIRMATION_SENT,
                accounts.signUpCitizen(new SignUpRequest(email, "시민", "correct-horse-battery", true), SITE));
        Account account = accountRepository.findByEmail(email).orElseThrow();

        assertEquals(Role.CITIZEN, account.getRole());
        assertFalse(account.hasConfirmedEmail(), "confirmed only by the mailed link");
        assertTrue(account.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), "only a slow salted hash is stored");
        CredentialValidationResult result =
                identityStore.validate(new UsernamePasswordCredential(email.toUpperCase(), "correct-horse-battery"));
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(email, result.getCallerPrincipal().getName());
        assertEquals(Set.of("CITIZEN"), result.getCallerGroups());
    }

    @Test
    void aWrongPasswordOrUnknownAccountIsInvalid() {
        String email = newEmail();
        accounts.signUpCitizen(new SignUpRequest(email, "시민", "correct-horse-battery", true), SITE);

        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(email, "wrong-password-here"))
                        .getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(newEmail(), "correct-horse-battery"))
                        .getStatus());
    }

    @Test
    void aSecondSignUpWithTheSameEmailAnswersAsTheFirstAndChangesNothing() {
        String email = newEmail();
        accounts.signUpCitizen(new SignUpRequest(email, "첫째", "correct-horse-battery", true), SITE);
        String firstHash = accountRepository.findByEmail(email).orElseThrow().getPasswordHash();

        assertEquals(
                SignUpOutcome.CONFIRMATION_SENT,
                accounts.signUpCitizen(
                        new SignUpRequest(" " + email.toUpperCase(), "둘째", "another-password-1", true), SITE),
                "a stranger cannot tell a registered address from a new one");
        Account stored = accountRepository.findByEmail(email).orElseThrow();
        assertEquals("첫째", stored.getDisplayName());
        assertEquals(firstHash, stored.getPasswordHash());
    }

    @Test
    void signUpWithoutConsentOrWithAShortPasswordStoresNothing() {
        String email = newEmail();
        ConstraintViolationException noConsent = assertThrows(
                ConstraintViolationException.class,
                () -> accounts.signUpCitizen(new SignUpRequest(email, "시민", "correct-horse-battery", false), SITE));
        assertTrue(noConsent.getConstraintViolations().stream()
                .anyMatch(v -> v.getMessageTemplate().equals("{account.consent.required}")));
        assertThrows(
                ConstraintViolationException.class,
                () -> accounts.signUpCitizen(new SignUpRequest(email, "시민", "short", true), SITE));

        assertTrue(accountRepository.findByEmail(email).isEmpty());
    }
}
