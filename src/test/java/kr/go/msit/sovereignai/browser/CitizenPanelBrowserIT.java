package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.it.PanelPagesTestClient;
import kr.go.msit.sovereignai.it.TestSupportClient;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The citizens' panel end to end in Chromium (issue 23): an administrator gives a scheduled round a panel of two whose
 * quotas can only be met with the one man among the volunteers; a citizen verifies their identity (a real OpenID
 * Connect provider asserting sex and birth date), volunteers and gets a pseudonym; after the deadline (the server's
 * clock moved) the pool is frozen and the lottery published; after the named 로또 draw the administrator enters its
 * winning numbers and the panel is drawn; the citizen sees that they were drawn, and the public page says so for
 * their pseudonym.
 */
class CitizenPanelBrowserIT extends BrowserTest {

    /** Files the test writes to upload or re-run; JUnit removes them after each test. */
    @TempDir
    Path scratch;

    private static final String ISSUER_ID = "panel-idp";
    private static final String PASSWORD = "panel-password-1";
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static MockOAuth2Server provider;

    private TestSupportClient support;
    private PanelPagesTestClient panelSupport;
    private BrowserSession administrator;
    private BrowserSession citizen;

    @BeforeAll
    static void startProvider() {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void identityVerificationOn() {
        support = new TestSupportClient(baseUrl);
        panelSupport = new PanelPagesTestClient(baseUrl);
        support.identityProvider(
                provider.issuerUrl(ISSUER_ID).toString(),
                "platform",
                "platform-secret",
                "sub",
                "panel-identity-key-0123456789abcdef-0123456789ab");
    }

    @AfterEach
    void cleanUp() {
        if (citizen != null) {
            browser = citizen; // the base class closes the citizen's browser and reads its console
        }
        panelSupport.releaseClock();
        support.clearIdentityProvider();
        if (administrator != null) {
            List<String> violations = administrator.contentSecurityViolations();
            administrator.close();
            assertTrue(violations.isEmpty(), "Content-Security-Policy violations (administrator): " + violations);
        }
    }

    @Test
    void aVerifiedCitizenVolunteersIsDrawnAfterTheSeedIsEnteredAndSeesIt() {
        int round = support.scheduleAhead();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant deadline = now.plus(Duration.ofHours(1));
        Instant drawAt = now.plus(Duration.ofHours(2));

        // The administrator: a panel of two, one man and one woman, one of the capital region, one in their thirties
        // and one over sixty, one of high and one of low proficiency.
        administrator = new BrowserSession(baseUrl.toString());
        citizen = browser;
        browser = administrator;
        signInAsAdministrator("admin/panel.xhtml?round=" + round);
        browser.find(By.id("panel-none"));
        List<String> axe = new ArrayList<>(seriousAccessibilityViolations("admin/panel.xhtml (no panel yet)"));
        setText(browser.fieldLabelled("패널 인원"), "2");
        Map<String, Integer> quotas = Map.ofEntries(
                Map.entry("quota-sex-F", 1),
                Map.entry("quota-sex-M", 1),
                Map.entry("quota-region-CAPITAL", 1),
                Map.entry("quota-region-ELSEWHERE", 1),
                Map.entry("quota-age-1929", 0),
                Map.entry("quota-age-3039", 1),
                Map.entry("quota-age-4049", 0),
                Map.entry("quota-age-5059", 0),
                Map.entry("quota-age-60", 1),
                Map.entry("quota-proficiency-LOW", 1),
                Map.entry("quota-proficiency-MID", 0),
                Map.entry("quota-proficiency-HIGH", 1));
        quotas.forEach((input, value) ->
                setText(browser.find(By.cssSelector("input[data-quota='" + input + "']")), String.valueOf(value)));
        browser.script("document.getElementById('settings:deadline').value='" + local(deadline) + "';"
                + "document.getElementById('settings:drawAt').value='" + local(drawAt) + "';");
        setText(browser.fieldLabelled("씨앗으로 쓸 로또 6/45 회차"), "1201");
        browser.clickAndLoad(browser.find(By.id("settings:save")));
        assertTrue(browser.bodyText().contains("저장했습니다"), browser.bodyText());
        WebElement conflicts = browser.find(By.id("conflicts"));
        assertTrue(conflicts.getText().contains("부족"), "no volunteers yet: " + conflicts.getText());

        // Five women elsewhere, over sixty, of low proficiency: the panel's second seat.
        panelSupport.volunteers(round, 5, "F", 1960, "BUSAN", "LOW");

        // The citizen verifies their identity on the way and volunteers.
        browser = citizen;
        String email = "panel-" + UUID.randomUUID() + "@example.kr";
        signUpConfirmedCitizen(email, "패널 지원 시민", PASSWORD);
        browser.open("account/panel.xhtml?round=" + round);
        browser.find(By.id("identity-required"));
        browser.clickAndLoad(browser.find(By.id("identity-link")));
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER_ID,
                "panel-person-" + UUID.randomUUID(),
                "JWT",
                List.of("platform"),
                Map.of("gender", "male", "birthdate", "1990-05-05"),
                3600));
        browser.find(By.id("identity:verify")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            URI at = URI.create(d.getCurrentUrl());
            return at.getPort() == baseUrl.getPort() && at.getPath().equals("/account/panel.xhtml");
        });
        browser.settle();
        assertTrue(browser.find(By.id("sex-verified")).getText().contains("남성"));
        assertTrue(browser.find(By.id("birth-year-verified")).getText().contains("1990"));
        axe.addAll(seriousAccessibilityViolations("account/panel.xhtml (the form)"));
        new Select(browser.fieldLabelled("사는 곳(시·도)")).selectByValue("SEOUL");
        for (int question = 0; question < 5; question++) {
            browser.find(By.id("volunteer:answers:" + question + ":answer:2")).click();
        }
        browser.clickAndLoad(browser.find(By.id("volunteer:submit")));
        String pseudonym = browser.find(By.id("my-pseudonym")).getText().strip();
        assertTrue(pseudonym.matches("[0-9a-f]{16}"), pseudonym);
        assertTrue(browser.find(By.id("seat-not-yet")).isDisplayed());
        assertTrue(browser.find(By.id("entry-proficiency")).getText().contains("상"));

        // Now the quotas can be met.
        browser = administrator;
        browser.open("admin/panel.xhtml?round=" + round);
        assertTrue(
                browser.find(By.id("feasible")).getText().contains("6명"),
                browser.find(By.id("feasibility")).getText());

        // After the deadline, before the named draw: the pool frozen, the lottery and its commitment published (a
        // commitment is never made once the draw has taken place); after the draw the winning numbers are entered.
        panelSupport.pinClock(deadline.plus(Duration.ofMinutes(1)));
        panelSupport.freeze(round);
        browser.open("admin/panel.xhtml?round=" + round);
        assertTrue(browser.find(By.id("panel-stage")).getText().contains("추첨 대기"), browser.bodyText());
        assertTrue(
                browser.driver().findElements(By.id("seed:draw")).isEmpty(), "no seed before the draw has taken place");
        panelSupport.pinClock(drawAt.plus(Duration.ofMinutes(30)));
        browser.open("admin/panel.xhtml?round=" + round);
        browser.fieldLabelled("당첨 번호 6개와 보너스 번호").sendKeys("03 11 19 27 38 42 + 07");
        browser.clickAndLoad(browser.find(By.id("seed:draw")));
        assertTrue(browser.bodyText().contains("추첨했습니다"), browser.bodyText());
        assertTrue(browser.find(By.id("panel-stage")).getText().contains("추첨 완료"));

        // The citizen was drawn, on their page and by their pseudonym on the public page.
        browser = citizen;
        browser.open("account/panel.xhtml?round=" + round);
        assertTrue(browser.find(By.id("seat-member")).getText().contains("뽑혔습니다"), browser.bodyText());
        browser.open("panel.xhtml?round=" + round);
        WebElement members = browser.find(By.id("member-pseudonyms"));
        assertTrue(members.getText().contains(pseudonym), members.getText());
        assertEquals(2, members.findElements(By.tagName("li")).size());
        assertTrue(browser.find(By.id("lotto-numbers")).getText().contains("03"));
        browser.fieldLabelled("내 가명 확인").sendKeys(pseudonym);
        browser.clickAndLoad(browser.find(By.id("check-button")));
        assertTrue(browser.find(By.id("check-result")).getText().contains("구성원으로 뽑혔습니다"));
        axe.addAll(seriousAccessibilityViolations("panel.xhtml (drawn)"));
        theReadmesCommandsRedrawThePanel(round, "lotto645:1201", "03-11-19-27-38-42+07");

        // The round opens; the drawn citizen rates every team 5, and a citizen outside the panel rates them all 1.
        support.openRound(round);
        browser.open("ballot.xhtml");
        browser.settle();
        assertTrue(
                browser.driver()
                                .findElements(By.cssSelector("ul.rating-scale input[value='5']"))
                                .size()
                        >= 5,
                "a rating group per team and criterion");
        browser.script("document.querySelectorAll(\"ul.rating-scale input[value='5']\").forEach(r => r.click());");
        browser.find(By.id("ballot:submit")).click();
        WebElement confirm = browser.find(By.cssSelector("[data-action='confirm']"));
        browser.loadAfter(confirm::click);
        assertTrue(browser.find(By.id("receipt")).getText().strip().length() > 0, browser.bodyText());
        String outsider = "outside-" + UUID.randomUUID() + "@example.kr";
        browser.close();
        browser = new BrowserSession(baseUrl.toString());
        citizen = browser; // the base class closes this one
        signUpConfirmedCitizen(outsider, "패널 밖 시민", PASSWORD);
        browser.open("ballot.xhtml");
        browser.settle();
        browser.script("document.querySelectorAll(\"ul.rating-scale input[value='1']\").forEach(r => r.click());");
        browser.find(By.id("ballot:submit")).click();
        WebElement confirmOutside = browser.find(By.cssSelector("[data-action='confirm']"));
        browser.loadAfter(confirmOutside::click);
        assertEquals(2, support.storedBallots(round));

        // Closed and published: the scored public component is the panel's (every team 10 of 10 points from the
        // member's 5s), the open public's (both ballots: a mean of 3, 5 points) is shown beside it, not scored.
        support.close(round);
        support.benchmarksForArenaRound(round);
        support.publishResults(round);
        browser.open("results.xhtml?round=" + round);
        WebElement comparison = browser.find(By.id("panel-comparison"));
        assertTrue(
                browser.find(By.id("panel-comparison-intro")).getText().contains("1명의 표로만"),
                "one panel member voted: " + comparison.getText());
        List<WebElement> lines = comparison.findElements(By.cssSelector("tr[id^='panel-comparison-']"));
        assertTrue(lines.size() >= 2, comparison.getText());
        for (WebElement line : lines) {
            assertEquals("10.00", line.getAttribute("data-scored"), "the panel member's 5s score: " + line.getText());
            assertEquals(
                    "5.00", line.getAttribute("data-open"), "everybody's mean of 3, not scored: " + line.getText());
        }
        assertTrue(comparison.getText().contains("점수에 반영되지 않"), comparison.getText());
        axe.addAll(seriousAccessibilityViolations("results.xhtml (a panel round)"));
        assertTrue(axe.isEmpty(), "critical or serious axe-core violations:\n" + String.join("\n", axe));
    }

    /**
     * The re-run of docs/citizen-panel.md, as a citizen would do it: the four published files fetched from the platform, the program
     * of {@code docs/panel} run with the JDK alone on them, and its draw.csv compared with the platform's byte for
     * byte; the commitment it recomputes is the one the panel's page published before the draw.
     */
    private void theReadmesCommandsRedrawThePanel(int round, String seedSource, String numbers) {
        try {
            Path directory = scratch;
            HttpClient http = HttpClient.newHttpClient();
            for (String file : List.of("quotas", "pool", "table", "draw")) {
                HttpResponse<Path> response = http.send(
                        HttpRequest.newBuilder(
                                        baseUrl.toURI().resolve("api/rounds/" + round + "/panel/" + file + ".csv"))
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(directory.resolve(file + ".csv")));
                assertEquals(200, response.statusCode(), file + ".csv is published");
            }
            Process rerun = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            Path.of("docs/panel/RerunPanelDraw.java")
                                    .toAbsolutePath()
                                    .toString(),
                            "quotas.csv",
                            "pool.csv",
                            "table.csv",
                            seedSource,
                            numbers)
                    .directory(directory.toFile())
                    .redirectError(directory.resolve("stderr.txt").toFile())
                    .redirectOutput(directory.resolve("my-draw.csv").toFile())
                    .start();
            assertTrue(rerun.waitFor(120, TimeUnit.SECONDS), "the re-run program finished");
            String stderr = Files.readString(directory.resolve("stderr.txt"));
            assertEquals(0, rerun.exitValue(), stderr);
            assertArrayEquals(
                    Files.readAllBytes(directory.resolve("draw.csv")),
                    Files.readAllBytes(directory.resolve("my-draw.csv")),
                    "the same panel: " + stderr);
            String commitment = browser.find(By.id("commitment")).getText().strip();
            assertTrue(commitment.matches("[0-9a-f]{64}"), commitment);
            assertTrue(stderr.contains(commitment), "the commitment recomputed from the files: " + stderr);
        } catch (IOException | InterruptedException | URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static String local(Instant at) {
        return LOCAL_INPUT.format(LocalDateTime.ofInstant(at, KoreanTime.ZONE));
    }

    private static void setText(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
