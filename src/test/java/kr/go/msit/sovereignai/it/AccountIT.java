package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import kr.go.msit.sovereignai.infrastructure.security.AccountIdentityStore;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.application.accounts.SignUpRequest;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A citizen signs up through the application service and the identity store authenticates them. */
@ExtendWith(ArquillianExtension.class)
class AccountIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository accountRepository;

    @Inject
    AccountIdentityStore identityStore;

    private static String newEmail() {
        return "citizen-" + UUID.randomUUID() + "@example.kr";
    }

    @Test
    void aCitizenWhoSignedUpCanAuthenticate() {
        String email = newEmail();
        Account account = accounts.signUpCitizen(new SignUpRequest(email, "시민", "correct-horse-battery", true));

        assertEquals(Role.CITIZEN, account.getRole());
        assertTrue(account.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), "only a slow salted hash is stored");
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(email.toUpperCase(), "correct-horse-battery"));
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(email, result.getCallerPrincipal().getName());
        assertEquals(Set.of("CITIZEN"), result.getCallerGroups());
    }

    @Test
    void aWrongPasswordOrUnknownAccountIsInvalid() {
        String email = newEmail();
        accounts.signUpCitizen(new SignUpRequest(email, "시민", "correct-horse-battery", true));

        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(email, "wrong-password-here")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(newEmail(), "correct-horse-battery")).getStatus());
    }

    @Test
    void aSecondAccountWithTheSameEmailIsRefused() {
        String email = newEmail();
        accounts.signUpCitizen(new SignUpRequest(email, "첫째", "correct-horse-battery", true));

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> accounts.signUpCitizen(new SignUpRequest(" " + email.toUpperCase(), "둘째", "another-password-1", true)));
        assertEquals("account.email.taken", refused.messageKey());
        assertEquals("첫째", accountRepository.findByEmail(email).orElseThrow().getDisplayName());
    }

    @Test
    void signUpWithoutConsentOrWithAShortPasswordStoresNothing() {
        String email = newEmail();
        ConstraintViolationException noConsent = assertThrows(ConstraintViolationException.class,
                () -> accounts.signUpCitizen(new SignUpRequest(email, "시민", "correct-horse-battery", false)));
        assertTrue(noConsent.getConstraintViolations().stream()
                .anyMatch(v -> v.getMessageTemplate().equals("{account.consent.required}")));
        assertThrows(ConstraintViolationException.class,
                () -> accounts.signUpCitizen(new SignUpRequest(email, "시민", "short", true)));

        assertTrue(accountRepository.findByEmail(email).isEmpty());
    }
}
