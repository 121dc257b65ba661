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
import kr.go.msit.sovereignai.application.accounts.AccountService;
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

    private String currentPassword;
    private String password;
    private String passwordConfirmation;

    /** Whether the person is here because their generated password must be replaced. */
    public boolean isChangeRequired() {
        return PasswordChangeGate.changeRequired(request());
    }

    public void save() throws IOException {
        try {
            PasswordRule.check(password); // before the throttle: a weak new password is no guess at the current one
        } catch (InvalidInput weak) {
            Messages.refused(weak, FORM);
            return;
        }
        if (!password.equals(passwordConfirmation)) {
            Messages.error(FORM + ":passwordConfirmation", "account.password.mismatch");
            return;
        }
        HttpServletRequest request = request();
        String caller = request.getUserPrincipal().getName();
        Duration wait = throttle.beginAttempt(caller, request.getRemoteAddr());
        if (!wait.isZero()) {
            LoginPage.explainWait(wait);
            return;
        }
        try {
            accounts.changeCallerPassword(currentPassword, password);
        } catch (InvalidInput refused) {
            if (refused.input() != InvalidInput.Input.CURRENT_PASSWORD) {
                throttle.recordSuccess(caller, request.getRemoteAddr()); // the current password was right
            }
            Messages.refused(refused, FORM);
            return;
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused, FORM);
            return;
        }
        throttle.recordSuccess(caller, request.getRemoteAddr());
        request.changeSessionId(); // whoever knew the old session id does not share the new password's session
        PasswordChangeGate.passwordChanged(request);
        Messages.info("password.changed");
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + LoginPage.landingPage(securityContext));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
