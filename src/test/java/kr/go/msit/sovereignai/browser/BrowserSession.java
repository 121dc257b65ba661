package kr.go.msit.sovereignai.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import kr.go.msit.sovereignai.it.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Selenium never downloads a
 * driver: the executable is given explicitly.
 */
final class BrowserSession implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    /** Chromium's profile for this session, removed when it closes (each is a few MB). */
    private final Path profile;

    private final String baseUrl;

    BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            profile = Files.createTempDirectory("chrome-profile");
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--lang=ko-KR",
                    "--user-data-dir=" + profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The browser console is read after every test (contentSecurityViolations); Chromium reports there what
        // the Content-Security-Policy refused.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException notStarted) {
            removeProfile();
            throw notStarted;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** A phone-sized window: 375 px wide, as an iPhone's viewport. */
    void phoneSized() {
        driver.manage().window().setSize(new Dimension(375, 812));
    }

    /** A window of {@code width} × {@code height} CSS px (the tests' phone: 390 × 844, an iPhone 14's viewport). */
    void windowSized(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * axe-core's audit of the page as it is now. WebDriver injects axe's script (bundled in the test jar, never
     * fetched) through DevTools, which the page's Content-Security-Policy does not govern; closeBrowser() would
     * still fail the test if the browser refused anything.
     */
    Results axe() {
        // Legacy mode runs axe.run in the page itself; the default opens a blank window to merge frame results, which
        // doubled each audit's time here, for pages without frames.
        return new AxeBuilder().setLegacyMode(true).disableIframeTesting().analyze(driver);
    }

    /**
     * Every visible button (and button-looking link) whose text has less than {@code minimum} contrast against what
     * is behind it, as "text: ratio". The colours are the browser's computed ones; translucent backgrounds are
     * laid over their parents' (WCAG 2 relative luminance and contrast ratio).
     */
    @SuppressWarnings("unchecked")
    List<String> buttonsBelowContrast(double minimum) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const rgba = c => { const m = c.match(/[\\d.]+/g).map(Number); return m.length > 3 ? m : [...m, 1]; };
                const over = (top, below) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + below[i] * (1 - a)).concat(1); };
                const background = element => {
                    const layers = [];
                    for (let e = element; e && e.nodeType === 1; e = e.parentElement) {
                        const c = rgba(getComputedStyle(e).backgroundColor);
                        if (c[3] > 0) { layers.push(c); if (c[3] === 1) break; }
                    }
                    return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255, 1]);
                };
                const luminance = c => { const l = c.slice(0, 3).map(v => v / 255)
                        .map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
                const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
                const below = [];
                document.querySelectorAll('button, input[type=submit], input[type=button], .ui-button, a.button-link').forEach(b => {
                    if (!b.getClientRects().length || getComputedStyle(b).visibility === 'hidden') return;
                    const text = b.querySelector('.ui-button-text') || b;
                    const back = background(b);
                    const ratio = contrast(over(rgba(getComputedStyle(text).color), back), back);
                    if (ratio < arguments[0]) below.push((b.value || b.textContent).trim() + ': ' + ratio.toFixed(2));
                });
                return below;""", minimum);
    }

    /** The page's {@code <meta name="description">}, or null. */
    String metaDescription() {
        return (String)
                script("const m = document.querySelector('meta[name=description]'); return m ? m.content : null;");
    }

    /** The element's width and height in CSS px, as laid out. */
    @SuppressWarnings("unchecked")
    Map<String, Number> size(WebElement element) {
        return (Map<String, Number>) ((JavascriptExecutor) driver)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return {width: r.width, height: r.height};",
                        element);
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(by));
    }

    /** Types into the input that the visible label {@code labelText} names, as a person finds it. */
    WebElement fieldLabelled(String labelText) {
        WebElement label = find(By.xpath("//label[normalize-space(translate(., '*', ''))='" + labelText + "']"));
        return driver.findElement(By.id(label.getAttribute("for")));
    }

    /** Waits for the page to finish loading and for PrimeFaces' Ajax queue to drain. */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Clicks something that submits a whole page or follows a link, and waits for the next page.
     * Never settle() alone after such a click: the old page is still "complete" until the browser
     * leaves it, so a quick check would read it (or read nothing, mid-navigation).
     */
    void clickAndLoad(WebElement element) {
        loadAfter(element::click);
    }

    /**
     * Does what a person does to leave the page (a click, Enter in a form, accepting a confirm()
     * box) and waits until the old page has gone and the next one has loaded. Elements found
     * before are stale afterwards: find them again.
     */
    void loadAfter(Runnable leaveThePage) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        leaveThePage.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or (Chromium, mid-navigation) "node does not belong to the document": the old page has gone.
                return true;
            }
        });
        settle();
    }

    /** Waits until the element's text is {@code expected} (for a part of a page updated by Ajax); false on timeout. */
    boolean showsText(By by, String expected) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> expected.equals(d.findElement(by).getText().strip()));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            return false;
        }
    }

    Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * What the browser console has reported since the session began (or since the last call) about the
     * Content-Security-Policy: every script, handler, style or eval it refused, on every page visited.
     */
    List<String> contentSecurityViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                violations.add(message);
            }
        }
        return violations;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            removeProfile();
        }
    }

    private void removeProfile() {
        try {
            TestFiles.deleteTree(profile);
        } catch (IOException | java.io.UncheckedIOException leftBehind) {
            System.err.println("[browser] could not remove " + profile + ": " + leftBehind);
        }
    }
}
