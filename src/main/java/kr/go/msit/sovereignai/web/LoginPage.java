package kr.go.msit.sovereignai.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import kr.go.msit.sovereignai.domain.account.PasswordRule;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.infrastructure.security.OneTimeCodeCredential;
import kr.go.msit.sovereignai.infrastructure.security.SignInOutcome;
import kr.go.msit.sovereignai.web.http.LoginThrottle;

/** The sign-in form. Too many failures for an account or from an address are refused for a while. */
@Named
@RequestScoped
public class LoginPage {

    /** The longest e-mail address an account can have; longer names are refused before anything is kept. */
    static final int MAX_EMAIL = 254;

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    SignInOutcome signInOutcome;

    private String email;
    private String password;
    /** The second factor's code (or a recovery code); optional: only accounts that enrolled one need it. */
    private String oneTimeCode;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getRemoteAddr();
        if (email != null && email.strip().length() > MAX_EMAIL) {
            Messages.error("login:email", "account.email.invalid");
            return;
        }
        Duration wait = throttle.beginAttempt(email, address);
        if (!wait.isZero()) {
            explainWait(wait);
            return;
        }
        if (password != null && password.length() > PasswordRule.MAX_LENGTH) {
            Messages.error(null, "login.failed"); // never hashed: a megabyte of password would cost seconds of PBKDF2
            return;
        }
        AuthenticationStatus status = authenticate(securityContext, faces, email, password, oneTimeCode);
        switch (status) {
            case SEND_CONTINUE -> {
                throttle.recordSuccess(email, address);
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.recordSuccess(email, address);
                external.redirect(external.getRequestContextPath() + landingPage(securityContext));
            }
            default -> Messages.error(null, refusalMessage(signInOutcome));
        }
    }

    /** Why the sign-in failed, as the identity store saw it (second factor, disabled); "failed" for everything else. */
    static String refusalMessage(SignInOutcome outcome) {
        return outcome.refusal()
                .map(refusal -> switch (refusal) {
                    case CODE_REQUIRED -> "login.code.required";
                    case CODE_WRONG -> "login.code.wrong";
                    case CODE_REUSED -> "login.code.reused";
                    case DISABLED -> "login.disabled";
                })
                .orElse("login.failed");
    }

    /** Signs the person in through the platform's authentication mechanism. */
    static AuthenticationStatus authenticate(
            SecurityContext securityContext, FacesContext faces, String email, String password) {
        return authenticate(securityContext, faces, email, password, null);
    }

    /** Signs the person in with the one-time code of their second factor, if they typed one. */
    static AuthenticationStatus authenticate(
            SecurityContext securityContext, FacesContext faces, String email, String password, String oneTimeCode) {
        ExternalContext external = faces.getExternalContext();
        // A new session id before signing in: an id planted by someone else never becomes an authenticated one.
        // (Before, not after: on SEND_CONTINUE the redirect is already committed.)
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        return securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new OneTimeCodeCredential(
                                email == null ? "" : email.strip(),
                                new Password(password == null ? "" : password),
                                oneTimeCode)));
    }

    /** Tells the person how long the throttle asks them to wait before trying a password again. */
    static void explainWait(Duration wait) {
        if (wait.toMinutes() < 1) {
            Messages.error(null, "login.slowedDown", wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        } else {
            Messages.error(null, "login.throttled", wait.toMinutes() + (wait.toSecondsPart() > 0 ? 1 : 0));
        }
    }

    /** Where a signed-in person starts: their role's console, or the home page for citizens. */
    static String landingPage(SecurityContext securityContext) {
        if (securityContext.isCallerInRole(Role.ADMIN_NAME)) {
            return "/admin/";
        }
        return securityContext.isCallerInRole(Role.EXPERT_NAME) ? "/expert/" : "/";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOneTimeCode() {
        return oneTimeCode;
    }

    public void setOneTimeCode(String oneTimeCode) {
        this.oneTimeCode = oneTimeCode;
    }
}
