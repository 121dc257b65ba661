package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 22, item 5: a stranger cannot exhaust the sessions. The platform is deployed with a session table of only
 * {@link #CAP} sessions (its jboss-web.xml replaced); a stranger sends three times as many anonymous requests for the
 * sign-in, sign-up and protected pages, and failed sign-ins, and the server's own count of active sessions (the
 * management API's {@code active-sessions} of the deployment) does not move; a citizen then signs in. When the table
 * is really full (people signed in), one more sign-in is answered 503 with Retry-After and a message in the visitor's
 * language, and nothing else breaks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionFloodIT {

    /** The session table of this deployment. */
    static final int CAP = 12;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ofItsOwn(Deployments.platform()
                .addAsWebInfResource(
                        new StringAsset("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<jboss-web xmlns=\"urn:jboss:jakartaee:1.0\" version=\"15.0\">\n"
                                + "    <max-active-sessions>" + CAP + "</max-active-sessions>\n"
                                + "</jboss-web>\n"),
                        "jboss-web.xml"));
    }

    @ArquillianResource
    URL baseUrl;

    @ArquillianResource
    ManagementClient management;

    /** The deployment's active sessions, as the server counts them. */
    private int activeSessions() throws Exception {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-attribute");
        operation.get("address").add("deployment", "ROOT.war").add("subsystem", "undertow");
        operation.get("name").set("active-sessions");
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result").asInt();
    }

    private PageClient visitor() throws Exception {
        return new PageClient(baseUrl.toURI());
    }

    private static boolean createsSession(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aFloodOfAnonymousRequestsCreatesNoSessionAndACitizenStillSignsIn() throws Exception {
        int before = activeSessions();
        String[] pages = {
            "login.xhtml",
            "signup.xhtml",
            "login.xhtml?next=%2Fadmin%2F",
            "admin/",
            "ballot.xhtml",
            "expert/",
            "account/password.xhtml"
        };
        int requests = 0;
        for (int i = 0; i < 3 * CAP; i++) {
            for (String page : pages) {
                HttpResponse<String> response = visitor().get(page);
                assertTrue(response.statusCode() == 200 || response.statusCode() == 302, page + " " + response);
                assertFalse(createsSession(response), page);
                requests++;
            }
        }
        for (int i = 0; i < 10; i++) { // failed sign-ins (fewer than the per-address throttle)
            PageClient stranger = visitor();
            HttpResponse<String> failed = stranger.submit(
                    "login.xhtml",
                    stranger.get("login.xhtml"),
                    "login",
                    "submit",
                    Map.of("email", "nobody-" + i + "@example.kr", "password", "wrong-password-1"));
            assertEquals(200, failed.statusCode());
            assertFalse(createsSession(failed));
            requests++;
        }
        assertTrue(requests > 3 * CAP);
        assertEquals(before, activeSessions(), requests + " anonymous requests created no session");

        String email = "flood-" + UUID.randomUUID() + "@example.kr";
        PageClient newcomer = visitor();
        assertTrue(newcomer.signUp(email, "시민", "citizen-password-1"), "a citizen still signs up and in");
        signOut(newcomer);
        int beforeSignIn = activeSessions();
        PageClient citizen = visitor();
        assertTrue(citizen.signIn(email, "citizen-password-1"), "and signs in again");
        assertEquals(beforeSignIn + 1, activeSessions(), "signing in is what creates a session");
        signOut(citizen);
    }

    @Test
    void aFullTableAnswers503WithRetryAfterAndNothingElseBreaks() throws Exception {
        List<PageClient> signedIn = new ArrayList<>();
        try {
            while (activeSessions() < CAP) {
                PageClient admin = visitor();
                assertTrue(admin.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
                signedIn.add(admin);
                assertTrue(signedIn.size() <= CAP, "each sign-in takes one session");
            }

            PageClient late = visitor();
            HttpResponse<String> page = late.get("login.xhtml");
            assertEquals(200, page.statusCode(), "the form still opens");
            HttpResponse<String> refused = late.submit(
                    "login.xhtml",
                    page,
                    "login",
                    "submit",
                    Map.of("email", Deployments.ADMIN_EMAIL, "password", Deployments.ADMIN_PASSWORD));
            assertEquals(503, refused.statusCode(), "never a 500");
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertTrue(refused.body().contains("지금은 접속자가 너무 많아 로그인할 수 없습니다"), refused.body());
            assertFalse(createsSession(refused));

            PageClient english = visitor();
            HttpResponse<String> englishPage = english.get("login.xhtml?lang=en");
            HttpResponse<String> englishRefused = english.submit(
                    "login.xhtml",
                    englishPage,
                    "login",
                    "submit",
                    Map.of("email", Deployments.ADMIN_EMAIL, "password", Deployments.ADMIN_PASSWORD));
            assertEquals(503, englishRefused.statusCode());
            assertTrue(englishRefused.body().contains("Too many people are signed in right now"));

            // Nothing else breaks: public pages, the forms, redirects to sign-in, sign-up and the signed-in.
            for (String path : new String[] {"", "teams.xhtml", "results.xhtml", "signup.xhtml", "login.xhtml"}) {
                assertEquals(200, visitor().get(path).statusCode(), path);
            }
            assertEquals(302, visitor().get("admin/").statusCode());
            // A page that still keeps an anonymous visitor's form on the server needs a session: a clear 503.
            HttpResponse<String> needsSession = visitor().get("set-password.xhtml?link=no-such-link");
            assertTrue(needsSession.statusCode() != 500, "never a 500: " + needsSession.statusCode());
            if (needsSession.statusCode() == 503) {
                assertTrue(needsSession.headers().firstValue("Retry-After").isPresent());
                assertTrue(needsSession.body().contains("지금은 접속자가 너무 많습니다"), needsSession.body());
            }
            HttpResponse<String> signUp =
                    visitor().submitSignUp("full-" + UUID.randomUUID() + "@example.kr", "시민", "citizen-password-1");
            assertEquals(302, signUp.statusCode(), "sign-up needs no session");
            assertEquals(200, signedIn.get(0).get("admin/").statusCode(), "people signed in carry on");

            // A place that frees up is taken by the next person.
            signOut(signedIn.remove(0));
            assertTrue(
                    late.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD), "signed in once there is room");
            signedIn.add(late);
        } finally {
            for (PageClient client : signedIn) {
                signOut(client);
            }
        }
    }

    /** Signs out through the header form of the home page. */
    private static void signOut(PageClient client) throws Exception {
        HttpResponse<String> home = client.get("index.xhtml");
        HttpResponse<String> out = client.submit("index.xhtml", home, "signout", "signout-button", Map.of());
        assertEquals(302, out.statusCode(), "signed out");
    }
}
