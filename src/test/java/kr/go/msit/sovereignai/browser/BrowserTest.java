package kr.go.msit.sovereignai.browser;

import java.net.URL;
import kr.go.msit.sovereignai.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Base of every browser test: the platform deployed in the shared WildFly, a fresh Chromium per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL baseUrl;

    BrowserSession browser;

    @BeforeEach
    void openBrowser() {
        browser = new BrowserSession(baseUrl.toString());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Opens an administration page and signs in on the form it leads to, as the test server's administrator. */
    void signInAsAdministrator(String path) {
        browser.open(path);
        browser.settle();
        browser.fieldLabelled("이메일").sendKeys(Deployments.ADMIN_EMAIL);
        browser.fieldLabelled("비밀번호").sendKeys(Deployments.ADMIN_PASSWORD);
        browser.clickAndLoad(browser.find(By.id("login:submit")));
    }
}
