package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.application.accounts.AccountService.SignUpOutcome;
import kr.go.msit.sovereignai.application.accounts.SignUpRequest;
import kr.go.msit.sovereignai.web.http.RequestRateLimiter;
import kr.go.msit.sovereignai.web.http.SiteAddress;

/**
 * Citizens create their own account. With e-mail verification on (the default) the page then
 * says a link is on its way, in the same words whether the address was new or already had an
 * account; with it off, the citizen is signed in straight away.
 */
@Named
@RequestScoped
public class SignUpPage {

    static final String FORM = "signup";

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext securityContext;

    @Inject
    RequestRateLimiter rateLimiter;

    /** The proof-of-work the form carries (issue 22, H2): refused sign-ups store nothing. */
    @Inject
    SignUpChallengeField challenge;

    private String email;
    private String displayName;
    private final NewPassword newPassword = new NewPassword();
    private boolean privacyConsent;
    /** The page after a sign-up: "check your mail" instead of the form. */
    private boolean sent;

    public void signUp() throws IOException {
        String address = ((jakarta.servlet.http.HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
        // The challenge first: a missing, forged, reused or expired solution costs the client's proxy address none of
        // its sign-up budget (a script cannot spend a legitimate proxy's budget for free); a valid one is still
        // counted against it.
        if (!newPassword.confirmed(FORM) || !challenge.solved()) {
            return;
        }
        if (!rateLimiter.tryAcquire(RequestRateLimiter.Action.SIGN_UP, address)) {
            Messages.error(null, "signup.rateLimited");
            return;
        }
        String password = newPassword.getPassword();
        SignUpOutcome outcome = PageActions.obtain(
                        FORM,
                        () -> accounts.signUpCitizen(
                                new SignUpRequest(email, displayName, password, privacyConsent), SiteAddress.current()))
                .orElse(null);
        if (outcome == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (outcome == SignUpOutcome.CONFIRMATION_SENT) {
            // A plain redirect, no flash scope: the notice page needs no session.
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/signup.xhtml?sent=true");
            return;
        }
        AuthenticationStatus status = LoginPage.authenticate(securityContext, faces, email, password);
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS && LoginPage.sessionsExhausted(faces)) {
            return; // the account exists; signing in waits for room in the session table (issue 22)
        }
        Messages.info("signup.welcome");
        Messages.keepForRedirect();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/");
    }

    public boolean isSent() {
        return sent;
    }

    public void setSent(boolean sent) {
        this.sent = sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }
}
