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
import java.util.Optional;
import kr.go.msit.sovereignai.application.accounts.OneTimeCodeCredential;
import kr.go.msit.sovereignai.application.accounts.SignInOutcome;
import kr.go.msit.sovereignai.domain.account.PasswordRule;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.web.http.LoginThrottle;
import kr.go.msit.sovereignai.web.http.PlatformAuthenticationMechanism;
import kr.go.msit.sovereignai.web.http.ReturnAddress;

/**
 * The sign-in form. Too many failures for an account or from an address are refused for a while. The page is a
 * stateless view: showing it, and a failed attempt, create no session (see {@link PlatformAuthenticationMechanism}).
 * After signing in the person returns to the page they asked for ({@code next}, local paths only).
 */
@Named
@RequestScoped
public class LoginPage {

    /** The longest e-mail address an account can have; longer names are refused before anything is kept. */
    static final int MAX_EMAIL = 254;

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    /** Seconds a person is asked to wait when the server has no room for another session. */
    static final int RETRY_AFTER_SECONDS = 60;

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
                external.redirect(external.getRequestContextPath()
                        + returnAddress(request).orElseGet(() -> landingPage(securityContext)));
            }
            default -> {
                if (sessionsExhausted(faces)) {
                    throttle.recordSuccess(email, address);
                    return;
                }
                Messages.error(null, refusalMessage(signInOutcome));
            }
        }
    }

    /**
     * The right password, but the server's session table is full: answered 503 with Retry-After and a message on the
     * form, never a 500. True when that was the case.
     */
    static boolean sessionsExhausted(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        if (external.getRequestMap().get(PlatformAuthenticationMechanism.SESSIONS_EXHAUSTED) == null) {
            return false;
        }
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        Messages.error(null, "login.sessionsFull");
        return true;
    }

    /** The local page the person was sent here from ({@code next}, in the address or the form), if any. */
    static Optional<String> returnAddress(HttpServletRequest request) {
        return ReturnAddress.local(request.getParameter(PlatformAuthenticationMechanism.NEXT_PARAMETER))
                .filter(next -> !next.startsWith(PlatformAuthenticationMechanism.LOGIN_PAGE));
    }

    /** The return address carried by the form (empty for none or one that is not local). */
    public String getNext() {
        return returnAddress((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .orElse("");
    }

    /** Why the sign-in failed, as the identity store saw it (second factor, disabled); "failed" for everything else. */
    static String refusalMessage(SignInOutcome outcome) {
        return outcome.refusal()
                .map(refusal -> switch (refusal) {
                    case CODE_REQUIRED -> "login.code.required";
                    case CODE_WRONG -> "login.code.wrong";
                    case CODE_REUSED -> "login.code.reused";
                    case CODE_UNREADABLE -> "login.code.unreadable";
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
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            try {
                request.logout(); // someone else signing in here: the session's caller would otherwise be kept
            } catch (jakarta.servlet.ServletException notSignedOut) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        // The mechanism creates the session (under a new id) only once the credential is right.
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
