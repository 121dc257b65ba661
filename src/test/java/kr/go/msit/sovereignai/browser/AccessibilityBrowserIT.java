package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every page passes axe-core without a critical or serious violation, on a phone and on a desktop; and the
 * defects people met (issue 13, item 6) stay fixed: contrast of buttons, a named confirmation dialog, the
 * favicon, page descriptions, a link that says where it leads, a password switch large enough to touch, and
 * reviewers' rounds in words.
 */
class AccessibilityBrowserIT extends BrowserTest {

    /** Files the test writes to upload or re-run; JUnit removes them after each test. */
    @TempDir
    java.nio.file.Path scratch;

    private final List<String> violations = new ArrayList<>();

    /** Opens the page, checks it describes itself, and audits it at both windows. */
    private void audit(String path) {
        browser.open(path);
        browser.settle();
        auditAsItIs(path);
    }

    private void auditAsItIs(String what) {
        String description = browser.metaDescription();
        assertTrue(description != null && !description.isBlank(), what + " has a meta description");
        violations.addAll(seriousAccessibilityViolations(what));
    }

    private void assertNoSeriousViolation() {
        assertTrue(violations.isEmpty(), "critical or serious axe-core violations:\n" + String.join("\n", violations));
    }

    @Test
    void everyPublicPagePassesAxeOnAPhoneAndADesktop() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int published = (int) support.roundReadyToTally("4,5", true)[0];
        support.publishResults(published);
        // The latest result names only the first and the last rank, the rest to be released.
        int withheld = (int) support.roundReadyToTally("4,5", true)[0];
        support.publishResults(withheld, "FIRST_AND_LAST_RANK");

        for (String page : List.of(
                "",
                "teams.xhtml",
                "team.xhtml?code=lg-ai-research",
                "gpus.xhtml",
                "results.xhtml",
                "results.xhtml?round=" + published,
                "results.xhtml?round=" + withheld,
                "round.xhtml?number=" + published,
                "bulletin.xhtml?round=" + published,
                "login.xhtml",
                "signup.xhtml",
                "confirm-email.xhtml",
                "set-password.xhtml",
                "forgot-password.xhtml",
                "forgot-password.xhtml?sent=true",
                "reset-password.xhtml",
                "no-such-page.xhtml")) {
            audit(page);
        }
        browser.clickAndLoad(browser.find(By.id("lang-en")));
        audit("");
        browser.clickAndLoad(browser.find(By.id("lang-ko")));
        assertNoSeriousViolation();
    }

    @Test
    void theReviewerConsoleAScoreSheetAndThePasswordPagePassAxe() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int round = support.openFreshRound();
        String[] reviewer = support.createAssignedReviewer(round);

        audit("set-password.xhtml?link=" + reviewer[1]);
        browser.fieldLabelled("비밀번호").sendKeys("reviewer-password-1");
        browser.fieldLabelled("비밀번호 확인").sendKeys("reviewer-password-1");
        browser.clickAndLoad(browser.find(By.id("setPassword:save")));
        browser.fieldLabelled("이메일").sendKeys(reviewer[0]);
        browser.fieldLabelled("비밀번호").sendKeys("reviewer-password-1");
        browser.clickAndLoad(browser.find(By.id("login:submit")));
        browser.find(By.id("expert-title"));
        auditAsItIs("expert/");

        // the first team's sheet: which seeded teams still compete depends on the rounds earlier tests published
        browser.clickAndLoad(browser.find(By.id("assignment-" + round)).findElement(By.cssSelector(".sheet-list a")));
        auditAsItIs("expert/sheet.xhtml");
        audit("account/password.xhtml");
        assertNoSeriousViolation();
    }

    @Test
    void everyAdministrationPagePassesAxe() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int published = (int) support.roundReadyToTally("4,5", true)[0];
        support.publishResults(published);
        int closed = (int) support.roundReadyToTally("4,5", true)[0];
        support.openFreshRound();

        signInAsAdministrator("admin/");
        auditAsItIs("admin/");
        for (String page : List.of(
                "admin/rounds.xhtml",
                "admin/teams.xhtml",
                "admin/gpus.xhtml",
                "admin/reviewers.xhtml",
                "admin/scoring.xhtml",
                "admin/scoring.xhtml?round=" + closed,
                "admin/tally.xhtml?round=" + closed,
                "admin/benchmarks.xhtml?round=" + closed,
                "admin/benchmarks.xhtml?round=" + published,
                "admin/audit.xhtml",
                "admin/objections.xhtml?round=" + published,
                "account/password.xhtml",
                "account/second-factor.xhtml")) {
            audit(page);
        }
        // The confirmation dialog, open.
        browser.open("admin/rounds.xhtml");
        browser.settle();
        browser.find(By.cssSelector("button[id$=':close']")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
        auditAsItIs("admin/rounds.xhtml, confirmation dialog open");
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        assertNoSeriousViolation();
    }

    /** Issue 21, item 7: the confirmations after 지금 마감, 일정 변경 and 단계평가 취소 are no list item with role=alert. */
    @Test
    void theRoundAdministrationsConfirmationsPassAxe() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int ahead = support.scheduleAhead();
        int open = support.openFreshRound();
        signInAsAdministrator("admin/rounds.xhtml");

        browser.find(By.xpath("//tr[.//span[@id='status-" + open + "']]//button[contains(@id, 'close')]"))
                .click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.settle();
        assertTrue(browser.showsText(By.id("rounds:messages"), open + "차 평가를 마감했습니다."), browser.bodyText());
        auditAsItIs("admin/rounds.xhtml after 지금 마감");

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("postpone:round")))
                .selectByValue(String.valueOf(ahead));
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(90);
        browser.script("document.getElementById('postpone:opensAt').value='" + day + "T09:00';"
                + "document.getElementById('postpone:closesAt').value='" + day.plusDays(14) + "T18:00';");
        browser.find(By.id("postpone:reasonKo")).sendKeys("평가 데이터 준비 지연");
        browser.clickAndLoad(browser.find(By.id("postpone:postponeButton")));
        assertTrue(browser.bodyText().contains("일정을 변경했습니다"), browser.bodyText());
        auditAsItIs("admin/rounds.xhtml after 일정 변경");

        new org.openqa.selenium.support.ui.Select(browser.find(By.id("cancel:round")))
                .selectByValue(String.valueOf(ahead));
        browser.find(By.id("cancel:reasonKo")).sendKeys("최종 평가 일정 재조정");
        browser.clickAndLoad(browser.find(By.id("cancel:cancelButton")));
        auditAsItIs("admin/rounds.xhtml after 단계평가 취소");
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("li[role='alert']"))
                        .isEmpty(),
                "no list item is an alert");
        assertNoSeriousViolation();
    }

    @Test
    void aCitizensBallotItsSummaryAndReceiptPassAxe() {
        new TestSupportClient(baseUrl).openFreshRound();
        signUpConfirmedCitizen("a11y-" + UUID.randomUUID() + "@example.kr", "접근성 점검 시민", "ballot-password-1");
        audit("ballot.xhtml");
        for (WebElement group : browser.driver().findElements(By.cssSelector("ul.rating-scale"))) {
            group.findElement(By.xpath(".//label[normalize-space(.)='4']")).click();
        }
        browser.find(By.id("ballot:submit")).click();
        browser.find(By.id("ballot-summary-dialog"));
        auditAsItIs("ballot.xhtml, summary dialog open");
        browser.clickAndLoad(
                browser.find(By.id("ballot-summary-dialog")).findElement(By.cssSelector("[data-action='confirm']")));
        browser.find(By.id("receipt"));
        auditAsItIs("ballot.xhtml, receipt");
        assertNoSeriousViolation();
    }

    @Test
    void theArenaWithABattleAReceiptNoOpenArenaItsResultsAndItsRoundPagePassAxe() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int round = support.openArenaRound(6, 3);
        audit("round.xhtml?number=" + round);
        browser.find(By.id("arena-link"));
        signUpConfirmedCitizen("a11y-arena-" + UUID.randomUUID() + "@example.kr", "블라인드 점검 시민", "arena-password-1");
        audit("arena.xhtml");
        browser.find(By.id("answer-b"));
        browser.clickAndLoad(browser.find(By.id("vote:a-better")));
        String receipt = browser.find(By.id("arena-receipt")).getText();
        auditAsItIs("arena.xhtml, receipt");

        ArenaVoters.untilEveryTeamIsLinked(baseUrl, support, round, 1);
        support.close(round);
        audit("arena.xhtml");
        assertEquals("NO_OPEN_ARENA", browser.find(By.id("arena-refusal")).getAttribute("data-reason"));
        audit("arena-results.xhtml?round=" + round);
        assertFalse(
                browser.find(By.id("arena-chart"))
                        .findElements(By.cssSelector("svg[role='img'] circle"))
                        .isEmpty(),
                "the chart is drawn");
        audit("arena-results.xhtml?round=" + round + "&receipt=" + receipt);
        browser.find(By.id("receipt-found"));
        audit("round.xhtml?number=" + round);
        browser.find(By.id("arena-results-link"));
        assertNoSeriousViolation();
    }

    @Test
    void theArenaAdministrationPagePassesAxeForAScheduledAndAnOpenRound() throws Exception {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int round = support.scheduleArenaRound(0);
        signInAsAdministrator("admin/arena.xhtml?round=" + round);
        browser.find(By.id("no-prompts"));
        auditAsItIs("admin/arena.xhtml, scheduled, nothing uploaded");

        browser.find(By.id("prompts-file"))
                .sendKeys(ArenaBrowserIT.EXAMPLES.resolve("prompts.jsonl").toString());
        browser.clickAndLoad(browser.find(By.id("prompts-upload-button")));
        browser.find(By.id("commitment-sha256"));
        WebElement firstTeam = browser.find(By.cssSelector("ul.answer-sets > li"));
        String code = firstTeam.getAttribute("id").substring("answers-".length());
        String name = firstTeam.findElement(By.tagName("strong")).getText();
        java.nio.file.Path files = scratch;

        // A refused file (an answer missing): its problems are listed.
        String missingOne = ArenaBrowserIT.answersOf(code, 0)
                .lines()
                .limit(9)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        browser.find(By.id("answers-file-" + code))
                .sendKeys(java.nio.file.Files.writeString(files.resolve("missing.jsonl"), missingOne)
                        .toString());
        browser.clickAndLoad(browser.find(By.id("answers-upload-button-" + code)));
        browser.find(By.id("upload-problems"));
        auditAsItIs("admin/arena.xhtml, a refused file's problems");

        // An answer that names its team: flagged, with the form to decide on it.
        browser.find(By.id("answers-file-" + code))
                .sendKeys(java.nio.file.Files.writeString(
                                files.resolve("named.jsonl"), ArenaBrowserIT.answersNaming(code, name))
                        .toString());
        browser.clickAndLoad(browser.find(By.id("answers-upload-button-" + code)));
        browser.find(By.id("flag-" + code + "-p-003"));
        browser.find(By.id("decide:excludeButton"));
        auditAsItIs("admin/arena.xhtml, scheduled, prompts, answers and a flagged answer");

        support.openRound(round);
        audit("admin/arena.xhtml?round=" + round);
        browser.find(By.id("battle-counts"));
        assertNoSeriousViolation();
    }

    /**
     * The platform's focus ring (platform.css, ":focus-visible", 3 px of --focus) on a plain button reached with Tab:
     * the sign-out button in the header, an h:commandButton as every plain form button is. PrimeFaces' theme rule
     * "body input:not([role=combobox],[type=file],.ui-widget,.ui-inputfield):focus { outline: 0 none; ... }"
     * outranks ":focus-visible" and takes the ring off every plain input (buttons and text fields alike).
     */
    @Test
    void aPlainButtonReachedWithTabShowsThePlatformsFocusRing() {
        signUpConfirmedCitizen("a11y-focus-" + UUID.randomUUID() + "@example.kr", "초점 점검 시민", "focus-password-1");
        browser.open("");
        browser.settle();
        WebElement focused = browser.driver().switchTo().activeElement();
        for (int presses = 0; presses < 40 && !"signout:signout-button".equals(focused.getAttribute("id")); presses++) {
            focused.sendKeys(org.openqa.selenium.Keys.TAB);
            focused = browser.driver().switchTo().activeElement();
        }
        assertEquals("signout:signout-button", focused.getAttribute("id"), "the sign-out button is reached with Tab");
        assertEquals(
                "solid 3px rgba(255, 191, 71, 1)",
                focused.getCssValue("outline-style") + " " + focused.getCssValue("outline-width") + " "
                        + focused.getCssValue("outline-color"),
                "the platform's focus ring");
    }

    @Test
    void theReviewersPageShowsAssignedRoundsInWordsNotAsAJavaList() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        int round = support.openFreshRound();
        String assigned = support.createAssignedReviewer(round)[0];
        signInAsAdministrator("admin/reviewers.xhtml");
        String unassigned = "unassigned-" + UUID.randomUUID() + "@it.example";
        browser.fieldLabelled("이메일").sendKeys(unassigned);
        browser.fieldLabelled("표시 이름").sendKeys("배정 전 위원");
        browser.clickAndLoad(browser.find(By.id("createReviewer:create")));

        String table = browser.find(By.id("reviewers")).getText();
        assertFalse(table.contains("[") || table.contains("]"), "no raw list: " + table);
        String assignedRow = browser.find(
                        By.xpath("//table[@id='reviewers']//tr[td[normalize-space(.)='" + assigned + "']]"))
                .getText();
        assertTrue(assignedRow.contains(round + "차 단계평가"), assignedRow);
        String unassignedRow = browser.find(
                        By.xpath("//table[@id='reviewers']//tr[td[normalize-space(.)='" + unassigned + "']]"))
                .getText();
        assertTrue(unassignedRow.endsWith("없음"), unassignedRow);
    }

    @Test
    void everyButtonTextHasAtLeastFourAndAHalfToOneContrast() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        support.scheduleAhead(); // a scheduled round, to open (it publishes the round before it)
        support.openFreshRound(); // and an open one, to close
        for (String page : List.of("login.xhtml", "signup.xhtml")) {
            browser.open(page);
            browser.settle();
            assertEquals(List.of(), browser.buttonsBelowContrast(4.5), page);
        }
        // Sign-in and sign-up load no PrimeFaces (issue 26): their buttons are the platform's plain ones; PrimeFaces'
        // buttons are measured on the administrators' pages below.
        assertTrue(
                browser.find(By.id("signup:submit")).getAttribute("class").contains("button-link"),
                "the platform's plain button was measured");

        signInAsAdministrator("admin/rounds.xhtml");
        assertFalse(
                browser.driver()
                        .findElements(By.cssSelector("button[id$=':open']"))
                        .isEmpty(),
                "지금 열기 is offered");
        assertFalse(
                browser.driver()
                        .findElements(By.cssSelector("button[id$=':close']"))
                        .isEmpty(),
                "지금 마감 is offered");
        assertEquals(List.of(), browser.buttonsBelowContrast(4.5), "admin/rounds.xhtml");
        browser.find(By.cssSelector("button[id$=':open']")).click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        assertEquals(List.of(), browser.buttonsBelowContrast(4.5), "the confirmation dialog");
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();

        for (String page : List.of("admin/teams.xhtml", "admin/gpus.xhtml")) {
            browser.open(page);
            browser.settle();
            assertTrue(
                    browser.driver().findElements(By.cssSelector(".ui-button")).size() >= 3,
                    page + " has PrimeFaces buttons");
            assertEquals(List.of(), browser.buttonsBelowContrast(4.5), page);
        }
    }

    @Test
    void theConfirmationOfOpeningOrClosingARoundIsNamedByItsHeader() {
        TestSupportClient support = new TestSupportClient(baseUrl);
        support.scheduleAhead(); // a scheduled round, to open (it publishes the round before it)
        support.openFreshRound(); // and an open one, to close
        signInAsAdministrator("admin/rounds.xhtml");
        for (String[] action : List.of(new String[] {"open", "지금 열기"}, new String[] {"close", "지금 마감"})) {
            browser.find(By.cssSelector("button[id$=':" + action[0] + "']")).click();
            WebElement dialog = browser.find(By.cssSelector(".ui-confirm-dialog[role='alertdialog']"));
            browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
            String labelledBy = dialog.getAttribute("aria-labelledby");
            assertNotNull(labelledBy, "the dialog is labelled");
            assertEquals(action[1], browser.find(By.id(labelledBy)).getText().strip(), "the dialog's name");
            browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"))
                    .click();
            browser.settle();
        }
    }

    @Test
    void theFaviconIsLinkedAndServedSoNoFirstVisitLogsANotFound() throws Exception {
        HttpResponse<byte[]> favicon = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "favicon.ico"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, favicon.statusCode());
        assertTrue(favicon.body().length > 0 && favicon.body()[2] == 1, "an icon resource");

        browser.open("");
        browser.settle();
        String icon = (String)
                browser.script("const l = document.querySelector('link[rel=icon]'); return l ? l.href : null;");
        assertEquals(baseUrl + "favicon.ico", icon);
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "the first visit logs no error in the console");
    }

    @Test
    void everyPageDescribesItselfKoreanFirstAndEnglishOnRequest() {
        browser.open("");
        String home = browser.metaDescription();
        assertTrue(home != null && home.contains("독자 AI 파운데이션 모델"), home);
        browser.open("team.xhtml?code=lg-ai-research");
        assertTrue(browser.metaDescription().startsWith("LG AI연구원"), browser.metaDescription());
        signInAsAdministrator("admin/audit.xhtml");
        assertTrue(browser.metaDescription().contains("평가 플랫폼"), "the default: " + browser.metaDescription());
        browser.open("teams.xhtml");
        browser.clickAndLoad(browser.find(By.id("lang-en")));
        assertTrue(browser.metaDescription().contains("teams"), browser.metaDescription());
        browser.clickAndLoad(browser.find(By.id("lang-ko")));
    }

    @Test
    void theHomePagesDetailsLinkSaysWhichReviewItLeadsTo() {
        new TestSupportClient(baseUrl).openFreshRound();
        browser.open("");
        WebElement details = browser.find(By.id("current-round-details"));
        assertTrue(details.getText().matches("\\d+차 단계평가 자세히 보기"), details.getText());
        assertTrue(details.getAttribute("href").contains("round.xhtml?number="));
    }

    @Test
    void thePasswordShowHideSwitchIsAtLeastFortyFourPixelsSquareAndStillWorks() {
        browser.open("login.xhtml");
        browser.settle();
        for (int[] window : PHONE_AND_DESKTOP) {
            browser.windowSized(window[0], window[1]);
            Map<String, Number> size = browser.size(browser.find(By.id("login:password_mask")));
            assertTrue(
                    size.get("width").doubleValue() >= 44 && size.get("height").doubleValue() >= 44,
                    "at " + window[0] + " px: " + size);
        }
        WebElement mask = browser.find(By.id("login:password_mask"));
        assertEquals("switch", mask.getAttribute("role"));
        assertEquals("비밀번호 표시", mask.getAttribute("aria-label"), "named in the page's language");
        assertEquals("0", mask.getAttribute("tabindex"), "reachable with Tab");
        WebElement password = browser.fieldLabelled("비밀번호");
        password.sendKeys("secret-words");
        browser.find(By.id("login:password_mask")).click();
        assertEquals("text", password.getAttribute("type"), "the switch shows the password");
    }

    @Test
    void signUpsTwoPasswordSwitchesHaveTheirOwnNamesAndAFieldInErrorSaysSo() {
        browser.open("signup.xhtml");
        browser.settle();
        assertEquals("비밀번호 표시", browser.find(By.id("signup:password_mask")).getAttribute("aria-label"));
        assertEquals(
                "비밀번호 확인 표시",
                browser.find(By.id("signup:passwordConfirmation_mask")).getAttribute("aria-label"),
                "the confirmation's switch is told apart from the password's");
        assertEquals("false", browser.find(By.id("signup:email")).getAttribute("aria-invalid"));

        WebElement password = browser.find(By.id("signup:password"));
        password.sendKeys("secret-words-of-a-citizen");
        browser.find(By.id("signup:password_mask")).click();
        assertEquals("text", password.getAttribute("type"));
        // The form's submit event (without sending it) hides the password again, so no browser keeps it as text.
        browser.script("document.getElementById('signup').dispatchEvent(new Event('submit', {cancelable: true}));");
        assertEquals("password", password.getAttribute("type"), "hidden again as the form is sent");
        assertEquals("false", browser.find(By.id("signup:password_mask")).getAttribute("aria-checked"));

        // No confirmation: the page explains it beside the confirmation field, which says it is invalid.
        browser.clickAndLoad(browser.find(By.id("signup:submit")));
        assertEquals(
                "true",
                browser.find(By.id("signup:passwordConfirmation")).getAttribute("aria-invalid"),
                "the field its error message is about says it is invalid");
        assertEquals("false", browser.find(By.id("signup:displayName")).getAttribute("aria-invalid"));
    }
}
