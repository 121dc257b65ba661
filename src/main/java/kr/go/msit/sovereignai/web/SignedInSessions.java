package kr.go.msit.sovereignai.web;

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
import kr.go.msit.sovereignai.web.http.PlatformAuthenticationMechanism;

/**
 * Ends a session whose account changed its password or was disabled since it signed in. At sign-in the session keeps
 * (recorded by web.http.PlatformAuthenticationMechanism as it creates the session; a signed-in session without it is
 * ended too) the account's credentials generation (a number every password change and every disabling raises); on each later
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

    private static final String GENERATION = PlatformAuthenticationMechanism.SIGNED_IN_UNDER;

    @Inject
    CredentialGenerations generations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null) {
            Integer signedInUnder = signedInUnder(session);
            // no generation: not signed in by the mechanism (which records it as it creates the session): ended
            if (signedInUnder == null || !isCurrent(caller.getName(), signedInUnder)) {
                invalidate(session);
                response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Integer signedInUnder(HttpSession session) {
        try {
            return (Integer) session.getAttribute(GENERATION);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // ended meanwhile
        }
    }

    private boolean isCurrent(String email, int signedInUnder) {
        OptionalInt current = generations.current(email);
        return current.isPresent() && current.getAsInt() == signedInUnder;
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
            generations.current(caller.getName()).ifPresent(generation -> session.setAttribute(GENERATION, generation));
        }
    }
}
