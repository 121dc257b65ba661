package kr.go.msit.sovereignai.web.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * When the server's session table is full ({@code max-active-sessions} in jboss-web.xml), a request that needs a new
 * session is answered 503 with {@code Retry-After} and a page that says so, never a 500: people already signed in
 * carry on, and pages that need no session (every public page, sign-in and sign-up) are not affected. Sign-in itself
 * says so on its form (see {@code PlatformAuthenticationMechanism}); this catches every other place.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionTableFull extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** How long a client is asked to wait, in seconds (anonymous sessions last five minutes). */
    static final String RETRY_AFTER = "60";

    /** Undertow's message id for a session refused at the cap. */
    private static final String REJECTED = "UT000121";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!isFull(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            response.setHeader("Retry-After", RETRY_AFTER);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** Whether {@code failure} was caused by the session table being full. */
    public static boolean isFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException
                    && cause.getMessage() != null
                    && cause.getMessage().contains(REJECTED)) {
                return true;
            }
        }
        return false;
    }
}
