package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.OptionalInt;
import kr.go.msit.sovereignai.application.accounts.CredentialGenerations;
import kr.go.msit.sovereignai.application.accounts.SignInOutcome;

/**
 * Ends a session whose account changed its password or was disabled since it signed in. At sign-in the session keeps
 * the account's credentials generation (a number every password change and every disabling raises); on each later
 * request it is compared with the account's current one, and a session signed in under an older number is
 * invalidated and sent to the sign-in page. No node keeps a list of sessions, so this holds across a cluster.
 *
 * <p>Cost per signed-in request: one session attribute and one map look-up; the database is read (one indexed column)
 * at most once per account every {@link CredentialGenerations#FRESH_FOR} on each node. Visitors who are not signed
 * in pass untouched and get no session.
 */
@WebFilter(urlPatterns = "/*")
public class SignedInSessions extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String GENERATION = SignedInSessions.class.getName() + ".generation:";

    @Inject
    CredentialGenerations generations;

    @Inject
    SignInOutcome signInOutcome;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null) {
            Integer signedInUnder = (Integer) session.getAttribute(GENERATION + caller.getName());
            if (signedInUnder != null && !isCurrent(caller.getName(), signedInUnder)) {
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
                return;
            }
        }
        chain.doFilter(request, response);
        remember(request);
    }

    private boolean isCurrent(String email, int signedInUnder) {
        OptionalInt current = generations.current(email);
        return current.isPresent() && current.getAsInt() == signedInUnder;
    }

    /** A session that has just signed in keeps the generation its credentials were checked under. */
    private void remember(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller == null || session == null) {
            return;
        }
        String key = GENERATION + caller.getName();
        try {
            if (session.getAttribute(key) == null) {
                OptionalInt checked = checkedAtSignIn();
                OptionalInt generation = checked.isPresent() ? checked : readNow(caller.getName());
                if (generation.isPresent()) {
                    session.setAttribute(key, generation.getAsInt());
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out during this request
        }
    }

    private OptionalInt checkedAtSignIn() {
        try {
            return signInOutcome.generation();
        } catch (ContextNotActiveException outsideARequest) {
            return OptionalInt.empty();
        }
    }

    private OptionalInt readNow(String email) {
        generations.forget(email);
        return generations.current(email);
    }

    /**
     * The caller changed their own password in this session: it stays signed in under the new generation (every
     * other session of the account ends).
     */
    static void keepAfterPasswordChange(HttpServletRequest request, CredentialGenerations generations) {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null) {
            generations.forget(caller.getName());
            generations
                    .current(caller.getName())
                    .ifPresent(generation -> session.setAttribute(GENERATION + caller.getName(), generation));
        }
    }
}
