package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The open-data API answers without sign-in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL baseUrl;

    @Test
    void everyRoundIsListedWithItsWindowStatusAndPostponements() throws Exception {
        HttpResponse<String> response = new PageClient(baseUrl.toURI()).get("api/rounds");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String json = response.body();
        assertTrue(json.startsWith("["), json);
        assertTrue(json.contains("\"number\":1") && json.contains("\"status\":\"SCHEDULED\""), json);
        assertTrue(json.contains("\"opensAt\":\"2025-12-31T15:00:00Z\""), "review 1 opens on 1 January 2026, Korean time: " + json);
        assertTrue(json.contains("\"oldWindow\":{\"opensAt\":\"2025-12-15T15:00:00Z\""), "the postponement keeps the old window");
        assertTrue(json.contains("GPU"), "with its reason");
    }
}
