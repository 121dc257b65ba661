package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Mailbox;
import kr.go.msit.sovereignai.web.http.RequestRateLimiter;
import kr.go.msit.sovereignai.web.http.SiteAddress;

/**
 * "Forgot password" ({@code /forgot-password.xhtml}, no session): asks for the address and always answers the same
 * ("if an account has this address, a link is on its way"), so it tells nobody which addresses have accounts. The
 * link is mailed to the account's own address. Limited per client address, and per mailbox (a stranger cannot fill
 * someone's inbox: beyond the limit nothing is sent, and the answer is still the same).
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

    static final String FORM = "forgot";

    @Inject
    AccountService accounts;

    @Inject
    RequestRateLimiter rateLimiter;

    private String email;
    private boolean sent;

    public void send() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String client = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        if (!rateLimiter.tryAcquire(RequestRateLimiter.Action.PASSWORD_RESET, client)) {
            Messages.error(null, "passwordReset.rateLimited");
            return;
        }
        if (mailboxMayGetMail()) {
            accounts.requestPasswordReset(email, SiteAddress.current());
        }
        // A plain redirect, no flash scope: the answer page needs no session.
        external.redirect(external.getRequestContextPath() + "/forgot-password.xhtml?sent=true");
    }

    private boolean mailboxMayGetMail() {
        try {
            return rateLimiter.tryAcquire(RequestRateLimiter.Action.PASSWORD_RESET_MAIL, Mailbox.of(email));
        } catch (DomainRuleViolation notAnAddress) {
            return false;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }

    public void setSent(boolean sent) {
        this.sent = sent;
    }
}
