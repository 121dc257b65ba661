package kr.go.msit.sovereignai.web.http;

import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Sessions nobody signed in to are short: the sign-in and sign-up pages and every public page create none, but a page
 * that still needs one for an anonymous visitor (a form kept on the server) gets {@link #ANONYMOUS_SECONDS}, so a
 * stranger's sessions leave the server's table quickly. Signing in gives the session the deployment's timeout
 * ({@code session-timeout} in web.xml) again.
 */
@WebListener
public class SessionTimeouts implements HttpSessionListener {

    /** How long an anonymous session lives without a request: five minutes. */
    public static final int ANONYMOUS_SECONDS = 5 * 60;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(ANONYMOUS_SECONDS);
    }

    /** The signed-in timeout, in seconds: web.xml's session-timeout. */
    static int signedIn(ServletContext context) {
        return Math.max(context.getSessionTimeout(), 1) * 60;
    }
}
