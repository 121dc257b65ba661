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
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.application.accounts.SecondFactors;
import kr.go.msit.sovereignai.domain.account.Role;

/**
 * Someone signed in with a password the platform generated (the first administrator's, shown
 * once in the server log) is sent to the change-password page from every other page until they
 * have chosen their own: the logged password opens nothing but that page. The answer is asked
 * once per session and kept in it; visitors who are not signed in pass untouched (and get no session).
 * Then, when the operator made a second factor mandatory ({@code platform.second-factor.required}), an
 * administrator or reviewer without one is sent to the enrolment page the same way: the first administrator is
 * led through the password change, then the enrolment.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/account/password.xhtml";
    private static final String REQUIRED = PasswordChangeGate.class.getName() + ".required:";

    /** Second factor (H4): with the operator's setting on, administrators and reviewers enrol before anything else. */
    static final String ENROLMENT_PAGE = "/account/second-factor.xhtml";

    private static final String ENROLMENT_REQUIRED = PasswordChangeGate.class.getName() + ".enrolmentRequired:";

    @Inject
    AccountService accounts;

    @Inject
    SecondFactors secondFactors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            HttpSession session = request.getSession();
            if (mustChange(session, caller)) {
                if (!reachableBeforeTheChange(request)) {
                    response.sendRedirect(request.getContextPath() + PAGE);
                    return;
                }
            } else if (!reachableBeforeEnrolment(request)
                    && (request.isUserInRole(Role.ADMIN_NAME) || request.isUserInRole(Role.EXPERT_NAME))
                    && mustEnrol(session, caller)) {
                // the password first, then the second factor
                response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Asked once per session (after the password is the person's own), like the password change. */
    private boolean mustEnrol(HttpSession session, Principal caller) {
        String key = ENROLMENT_REQUIRED + caller.getName();
        Boolean known = (Boolean) session.getAttribute(key);
        if (known == null) {
            known = secondFactors.callerMustEnrol();
            session.setAttribute(key, known);
        }
        return known;
    }

    private static boolean reachableBeforeEnrolment(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(ENROLMENT_PAGE)
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/");
    }

    /** The caller enrolled a second factor: every page is theirs again for the rest of the session. */
    static void secondFactorEnrolled(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null) {
            session.setAttribute(ENROLMENT_REQUIRED + caller.getName(), Boolean.FALSE);
        }
    }

    /** Whether this session's caller is held on the enrolment page. */
    static boolean enrolmentRequired(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        return caller != null
                && session != null
                && Boolean.TRUE.equals(session.getAttribute(ENROLMENT_REQUIRED + caller.getName()));
    }

    private boolean mustChange(HttpSession session, Principal caller) {
        String key = REQUIRED + caller.getName();
        Boolean known = (Boolean) session.getAttribute(key);
        if (known == null) {
            known = accounts.callerMustChangePassword();
            session.setAttribute(key, known);
        }
        return known;
    }

    /** The page itself and what it needs (styles, scripts); signing out is a post to the page shown. */
    private static boolean reachableBeforeTheChange(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(PAGE) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** The caller chose their own password: every page is theirs again for the rest of the session. */
    static void passwordChanged(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null) {
            session.setAttribute(REQUIRED + caller.getName(), Boolean.FALSE);
        }
    }

    /** Whether this session's caller is still held on the change-password page. */
    static boolean changeRequired(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        return caller != null
                && session != null
                && Boolean.TRUE.equals(session.getAttribute(REQUIRED + caller.getName()));
    }
}
