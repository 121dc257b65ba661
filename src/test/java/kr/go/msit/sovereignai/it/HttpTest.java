package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every test that speaks to the platform over HTTP from outside the server, as a browser would: the platform
 * deployed in the shared WildFly (the browser tests' {@code BrowserTest} is the same with a real Chromium), its
 * address, and the clients most tests start from. Set-up of rounds and reviewers goes through
 * {@link TestSupportClient}; pages through {@link PageClient}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class HttpTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    protected URL baseUrl;

    /** A new browser, signed out. */
    protected PageClient visitor() throws Exception {
        return new PageClient(baseUrl.toURI());
    }

    /** A new browser signed in as the administrator that arquillian.xml configures. */
    protected PageClient administrator() throws Exception {
        PageClient admin = visitor();
        assertTrue(admin.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
        return admin;
    }

    /** An address nobody has signed up with. */
    protected static String newEmail() {
        return "citizen-" + UUID.randomUUID() + "@example.kr";
    }

    /** Posts the blind arena's vote form of {@code page} with this battle token and button, as a browser does. */
    protected static HttpResponse<String> arenaVote(
            PageClient citizen, HttpResponse<String> page, String token, String button) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("vote", "vote");
        form.put("vote:token", token);
        form.put("vote:" + button, "");
        form.putAll(PageClient.hiddenFields(page.body()));
        return citizen.postForm("arena.xhtml", form);
    }
}
