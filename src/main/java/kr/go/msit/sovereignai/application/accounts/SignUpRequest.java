package kr.go.msit.sovereignai.application.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.PasswordRule;

/** What a citizen types to sign up. The password is never stored, only its hash. */
public record SignUpRequest(
        @NotBlank(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.invalid}")
        @Pattern(regexp = EmailAddress.PATTERN, message = "{account.email.invalid}")
        String email,

        @NotBlank(message = "{account.displayName.invalid}") @Size(max = 50, message = "{account.displayName.invalid}")
        String displayName,

        @NotBlank(message = "{account.password.weak}")
        @Size(min = PasswordRule.MIN_LENGTH, max = PasswordRule.MAX_LENGTH, message = "{account.password.weak}")
        String password,

        @AssertTrue(message = "{account.consent.required}") boolean privacyConsent) {

    @Override
    public String toString() {
        return "SignUpRequest[" + email + "]";
    }
}
