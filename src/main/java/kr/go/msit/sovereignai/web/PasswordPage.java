package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.application.accounts.CredentialGenerations;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;
import kr.go.msit.sovereignai.domain.account.PasswordRule;
import kr.go.msit.sovereignai.web.http.LoginThrottle;

/**
 * Any signed-in person changes their password ({@code /account/password.xhtml}). A wrong current
 * password counts as a failed sign-in for the account, so the page is no way round the sign-in throttle.
 */
@Named
@RequestScoped
public class PasswordPage {

    static final String FORM = "changePassword";

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityContext securityContext;

    @Inject
    CredentialGenerations generations;

    private String currentPassword;
    private final NewPassword newPassword = new NewPassword();

    /** Whether the person is here because their generated password must be replaced. */
    public boolean isChangeRequired() {
        return PasswordChangeGate.changeRequired(request());
    }

    public void save() throws IOException {
        String password = newPassword.getPassword();
        // before the throttle: a weak new password is no guess at the current one
        if (!PageActions.attempt(FORM, () -> PasswordRule.check(password)) || !newPassword.confirmed(FORM)) {
            return;
        }
        HttpServletRequest request = request();
        String caller = request.getUserPrincipal().getName();
        Duration wait = throttle.beginAttempt(caller, request.getRemoteAddr());
        if (!wait.isZero()) {
            LoginPage.explainWait(wait);
            return;
        }
        Optional<DomainRuleViolation> refused =
                PageActions.refusal(FORM, () -> accounts.changeCallerPassword(currentPassword, password));
        if (refused.isPresent()) {
            if (refused.get() instanceof InvalidInput invalid
                    && invalid.input() != InvalidInput.Input.CURRENT_PASSWORD) {
                throttle.recordSuccess(caller, request.getRemoteAddr()); // the current password was right
            }
            return;
        }
        throttle.recordSuccess(caller, request.getRemoteAddr());
        request.changeSessionId(); // whoever knew the old session id does not share the new password's session
        PasswordChangeGate.passwordChanged(request);
        SignedInSessions.keepAfterPasswordChange(request, generations); // the account's other sessions end
        Messages.info("password.changed");
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + LoginPage.landingPage(securityContext));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
