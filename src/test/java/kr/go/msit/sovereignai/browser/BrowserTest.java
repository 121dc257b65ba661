package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.it.Deployments;
import kr.go.msit.sovereignai.it.TestMailbox;
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

    /** Every page a test visited ran without the browser refusing anything under the Content-Security-Policy. */
    @AfterEach
    void closeBrowser() {
        try {
            List<String> violations = browser.contentSecurityViolations();
            assertTrue(
                    violations.isEmpty(), "Content-Security-Policy violations in the browser console: " + violations);
        } finally {
            browser.close();
        }
    }

    /** Fills in and sends the sign-up form for a new citizen (the platform then says a confirmation mail is on its way). */
    void submitSignUp(String email, String displayName, String password) {
        browser.open("signup.xhtml");
        browser.fieldLabelled("이메일").sendKeys(email);
        browser.fieldLabelled("표시 이름").sendKeys(displayName);
        browser.fieldLabelled("비밀번호").sendKeys(password);
        browser.fieldLabelled("비밀번호 확인").sendKeys(password);
        browser.fieldLabelled("개인정보 수집·이용에 동의합니다.").click();
        browser.clickAndLoad(browser.find(By.id("signup:submit")));
    }

    /** A new citizen as a person becomes one: signs up, opens the link mailed to them, signs in. */
    void signUpConfirmedCitizen(String email, String displayName, String password) {
        submitSignUp(email, displayName, password);
        browser.find(By.id("confirmation-sent"));
        try {
            confirmEmail(TestMailbox.confirmationLink(email));
        } catch (Exception noMail) {
            throw new AssertionError(noMail);
        }
        browser.find(By.id("email-confirmed"));
        signIn(email, password);
    }

    /** Opens a mailed confirmation link and presses its button (opening it alone confirms nothing). */
    void confirmEmail(String link) {
        browser.driver().get(link);
        browser.clickAndLoad(browser.find(By.id("confirmation:confirm")));
    }

    /** Signs in through the login form. */
    void signIn(String email, String password) {
        browser.open("login.xhtml");
        browser.fieldLabelled("이메일").sendKeys(email);
        browser.fieldLabelled("비밀번호").sendKeys(password);
        browser.clickAndLoad(browser.find(By.id("login:submit")));
    }

    /** Opens an administration page and signs in on the form it leads to, as the test server's administrator. */
    void signInAsAdministrator(String path) {
        browser.open(path);
        browser.settle();
        browser.fieldLabelled("이메일").sendKeys(Deployments.ADMIN_EMAIL);
        browser.fieldLabelled("비밀번호").sendKeys(Deployments.ADMIN_PASSWORD);
        browser.clickAndLoad(browser.find(By.id("login:submit")));
    }

    /** The windows every page is audited at: a phone (an iPhone 14's viewport) and a desktop. */
    static final List<int[]> PHONE_AND_DESKTOP = List.of(new int[] {390, 844}, new int[] {1280, 900});

    /**
     * axe-core's audit of the page now open, at a phone's and at a desktop's window: the critical and serious
     * violations as lines for an assertion message; moderate and minor ones are printed, to be read.
     */
    List<String> seriousAccessibilityViolations(String page) {
        List<String> serious = new ArrayList<>();
        for (int[] window : PHONE_AND_DESKTOP) {
            browser.windowSized(window[0], window[1]);
            browser.settle();
            Results results = browser.axe();
            System.out.println("axe: " + page + " at " + window[0] + "×" + window[1] + ": "
                    + results.getPasses().size() + " rules passed, "
                    + results.getViolations().size() + " violated");
            for (Rule rule : results.getViolations()) {
                String line = page + " at " + window[0] + "×" + window[1] + ": " + rule.getImpact() + " " + rule.getId()
                        + " (" + rule.getHelp() + ") "
                        + rule.getNodes().stream()
                                .map(CheckedNode::getTarget)
                                .map(String::valueOf)
                                .collect(Collectors.joining(", "));
                if ("critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact())) {
                    serious.add(line);
                } else {
                    System.out.println("axe, not failing the test: " + line);
                }
            }
        }
        return serious;
    }
}
