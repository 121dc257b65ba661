package kr.go.msit.sovereignai.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 22: a session nobody signed in to lasts five minutes; signing in gives web.xml's timeout. */
class SessionTimeoutsTest {

    @Test
    void aNewSessionIsShortAndASignedInOneGetsTheDeploymentsTimeout() {
        AtomicInteger interval = new AtomicInteger(-1);
        HttpSession session = (HttpSession) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpSession.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("setMaxInactiveInterval")) {
                        interval.set((Integer) arguments[0]);
                    }
                    return null;
                });
        new SessionTimeouts().sessionCreated(new HttpSessionEvent(session));
        assertEquals(5 * 60, interval.get());

        ServletContext context = (ServletContext) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, arguments) -> method.getName().equals("getSessionTimeout") ? 30 : null);
        assertEquals(30 * 60, SessionTimeouts.signedIn(context));
    }
}
