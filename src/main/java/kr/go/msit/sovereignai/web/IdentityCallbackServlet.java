package kr.go.msit.sovereignai.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.application.accounts.IdentityVerification;
import kr.go.msit.sovereignai.application.accounts.IdentityVerification.Started;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.web.http.ReturnAddress;

/**
 * Where the identity provider sends the citizen back ({@code GET /identity/callback?code=…&state=…}). The started
 * verification is taken out of the session first, so a state is answered at most once (a reused or replayed callback
 * finds nothing); the application checks the rest. Success goes to the return address the verification was started
 * with (a local path), or to the verification page; a refusal to the verification page, which says why.
 */
@WebServlet(IdentityCallbackServlet.PATH)
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.CITIZEN_NAME))
@DeclareRoles(Role.CITIZEN_NAME)
public class IdentityCallbackServlet extends HttpServlet {

    static final String PATH = "/identity/callback";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IdentityCallbackServlet.class.getName());

    @Inject
    IdentityVerification verification;

    /** What the callback led to, for the verification page to say once. */
    public record Outcome(boolean verified, String messageKey, List<Object> arguments) implements Serializable {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        Started started;
        // Single use: whoever comes first takes it; a second callback (a reload, a replay) finds none.
        synchronized (session.getId().intern()) {
            started = (Started) session.getAttribute(IdentityPage.STARTED);
            session.removeAttribute(IdentityPage.STARTED);
        }
        String next = request.getContextPath() + "/account/identity.xhtml";
        Outcome outcome;
        try {
            verification.complete(
                    started,
                    request.getParameter("state"),
                    request.getParameter("code"),
                    request.getParameter("error"));
            outcome = new Outcome(true, "identity.verified", List.of());
            if (started.returnTo() != null) {
                next = ReturnAddress.local(started.returnTo())
                        .map(path -> request.getContextPath() + path)
                        .orElse(next);
            }
        } catch (DomainRuleViolation refused) {
            LOG.info(() -> "Identity verification refused: " + refused.messageKey());
            outcome = new Outcome(false, refused.messageKey(), List.of(refused.arguments()));
        }
        session.setAttribute(IdentityPage.OUTCOME, outcome);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(next);
    }
}
