package kr.go.msit.sovereignai.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import kr.go.msit.sovereignai.application.accounts.CredentialGenerations;
import kr.go.msit.sovereignai.application.accounts.SignInOutcome;

/**
 * Sign-in with the platform's own form, without a session until the password is right. Jakarta Security's built-in
 * form mechanism kept the page that was asked for in an HTTP session ({@code LoginToContinue}), so every anonymous
 * request for a protected address opened one, and a stranger could fill the server's session table. Here:
 * <ul>
 * <li>an anonymous request for a protected page is redirected to {@code /login.xhtml?next=<local path>}; nothing is
 * kept on the server, the return address travels in the query and the form ({@link ReturnAddress} lets only local
 * paths through);</li>
 * <li>the sign-in page calls {@code SecurityContext.authenticate} with the credential; the identity stores check it
 * ({@link IdentityStoreHandler}); only then is a session created, always under a new id (an id planted before sign-in
 * never becomes an authenticated one), given the signed-in timeout and the account's credentials generation
 * ({@link #SIGNED_IN_UNDER});</li>
 * <li>{@link AutoApplySession} keeps the caller signed in for the rest of the session.</li>
 * </ul>
 * When the server's session table is full, a right password creates nothing and the request carries
 * {@link #SESSIONS_EXHAUSTED}, so the page can say so (503) instead of failing.
 */
@AutoApplySession
@ApplicationScoped
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The sign-in page; its {@code next} parameter is where to return. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    public static final String NEXT_PARAMETER = "next";

    /** Request attribute set when the credential was right but no session could be created (the table is full). */
    public static final String SESSIONS_EXHAUSTED = PlatformAuthenticationMechanism.class.getName() + ".exhausted";

    /**
     * Session attribute: the account's credentials generation the session signed in under, recorded here as the
     * session is created (web.SignedInSessions ends a signed-in session without it, or with an older one).
     */
    public static final String SIGNED_IN_UNDER = PlatformAuthenticationMechanism.class.getName() + ".generation";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInOutcome signInOutcome;

    @Inject
    CredentialGenerations generations;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            return signIn(request, context);
        }
        if (context.isProtected()) {
            return context.redirect(loginAddress(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        OptionalInt generation = signInOutcome.generation();
        if (generation.isEmpty()) {
            generations.forget(result.getCallerPrincipal().getName());
            generation = generations.current(result.getCallerPrincipal().getName());
        }
        if (generation.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            HttpSession session = request.getSession(true);
            request.changeSessionId(); // also when just created: the id a request named is never the one kept
            session = request.getSession(false);
            session.setMaxInactiveInterval(SessionTimeouts.signedIn(request.getServletContext()));
            session.setAttribute(SIGNED_IN_UNDER, generation.getAsInt());
        } catch (IllegalStateException tableFull) {
            request.setAttribute(SESSIONS_EXHAUSTED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The sign-in page, with the requested page as its return address (a form's query is not kept: it is not replayed). */
    static String loginAddress(HttpServletRequest request) {
        String login = request.getContextPath() + LOGIN_PAGE;
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        return ReturnAddress.of(request.getRequestURI(), request.getContextPath(), query)
                .map(next -> login + "?" + NEXT_PARAMETER + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
                .orElse(login);
    }
}
