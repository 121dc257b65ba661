package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import kr.go.msit.sovereignai.application.accounts.IdentityVerification;
import kr.go.msit.sovereignai.application.accounts.IdentityVerification.Started;
import kr.go.msit.sovereignai.application.accounts.IdentityVerification.Status;
import kr.go.msit.sovereignai.web.http.ReturnAddress;
import kr.go.msit.sovereignai.web.http.SiteAddress;

/**
 * The citizen's identity verification ({@code /account/identity.xhtml}, 본인 인증): whether it is on, whether the
 * citizen is verified, and the button that starts it. The started verification (state, nonce, code verifier) is kept
 * in the citizen's session until the provider calls back at {@code /identity/callback} ({@link IdentityCallbackServlet}),
 * which takes it out, once. The page then sends the browser to the provider with a refresh, not a redirect of the
 * form's POST: the pages' policy lets forms post to this site only ({@code form-action 'self'}).
 */
@Named
@RequestScoped
public class IdentityPage {

    /** The session attribute holding the started verification. */
    static final String STARTED = IdentityPage.class.getName() + ".started";

    /** The session attribute holding the callback's outcome until the page shows it. */
    static final String OUTCOME = IdentityPage.class.getName() + ".outcome";

    @Inject
    IdentityVerification verification;

    private String returnTo;
    private Status status;
    private URI providerAddress;
    private IdentityCallbackServlet.Outcome outcome;

    /** View action: the citizen's status, and what the callback said (shown once). */
    public void load() {
        HttpSession session = session();
        outcome = (IdentityCallbackServlet.Outcome) session.getAttribute(OUTCOME);
        session.removeAttribute(OUTCOME);
        if (outcome != null) {
            if (outcome.verified()) {
                Messages.info(outcome.messageKey(), outcome.arguments().toArray());
            } else {
                Messages.error(null, outcome.messageKey(), outcome.arguments().toArray());
            }
        }
    }

    /** "본인 인증": starts a verification and sends the browser to the provider. */
    public void start() {
        String back = ReturnAddress.local(returnTo).orElse(null);
        PageActions.attempt(() -> {
            Started started = verification.begin(callbackAddress(), back);
            session().setAttribute(STARTED, started);
            providerAddress = started.providerAddress();
        });
    }

    private static URI callbackAddress() {
        return URI.create(SiteAddress.current() + IdentityCallbackServlet.PATH);
    }

    private static HttpSession session() {
        return (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true);
    }

    /** Read when first asked for, also on a postback (the form's rendered condition depends on it). */
    public Status getStatus() {
        if (status == null) {
            status = verification.status();
        }
        return status;
    }

    /** The provider's authorization address once a verification was started (the page then goes there). */
    public String getProviderAddress() {
        return providerAddress == null ? null : providerAddress.toString();
    }

    public String getReturnTo() {
        return returnTo;
    }

    /** Only a local path is kept ({@link ReturnAddress}); anything else is dropped. */
    public void setReturnTo(String returnTo) {
        this.returnTo = ReturnAddress.local(returnTo).orElse(null);
    }
}
