package kr.go.msit.sovereignai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.sovereignai.it.TestSupport;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The blind arena in a real browser: citizens vote with the keyboard alone on a phone in Korean and on a desktop in
 * English, never shown which team answered; an administrator prepares an arena round from the example files,
 * screens a revealing answer out, opens, closes, reads the leaderboard and publishes the round's result.
 */
class ArenaBrowserIT extends BrowserTest {

    /** Files the test writes to upload or re-run; JUnit removes them after each test. */
    @TempDir
    Path scratch;

    /** The walk-through's example files (examples/arena, README there). */
    static final Path EXAMPLES = Path.of("examples", "arena").toAbsolutePath();
    /** The SHA-256 the example prompt set commits to (examples/arena/README.md). */
    static final String EXAMPLE_COMMITMENT = "a78d5b944c7e865ff243d9e85a0883ce62781668492798b1e7eee731efc86fcc";

    private static final String RECEIPT = "[0-9A-Z]{4}(-[0-9A-Z]{4}){4}";

    private TestSupportClient support;

    @BeforeEach
    void fixture() {
        support = new TestSupportClient(baseUrl);
    }

    // --- citizens -----------------------------------------------------------------------------------------------

    @Test
    void onAPhoneInKoreanACitizenVotesTwiceWithTheKeyboardAloneAndTheAnswersAreStacked() {
        int round = support.openArenaRound(6, 3);
        browser.windowSized(390, 844);
        List<String> identities = teamIdentities();
        signUpConfirmedCitizen("arena-phone-" + UUID.randomUUID() + "@example.kr", "휴대폰 시민", "arena-password-1");
        browser.open("arena.xhtml");
        browser.settle();

        assertEquals("블라인드 평가", browser.find(By.tagName("h1")).getText());
        assertBattleIsBlind(identities);
        assertEquals("이번 회차 투표 0 / 3", browser.find(By.id("arena-progress")).getText());
        Map<String, Number> a = rect("answer-a");
        Map<String, Number> b = rect("answer-b");
        assertTrue(
                b.get("top").doubleValue() >= a.get("bottom").doubleValue() - 1,
                "answer B below answer A: " + a + " " + b);
        assertEquals(a.get("left").doubleValue(), b.get("left").doubleValue(), 1, "one column: " + a + " " + b);
        assertNoHorizontalScroll();
        List<Map<String, Number>> buttons = choiceRects();
        assertEquals(
                buttons.get(0).get("top").doubleValue(),
                buttons.get(1).get("top").doubleValue(),
                1,
                "A and B on the first line: " + buttons);
        assertEquals(
                buttons.get(2).get("top").doubleValue(),
                buttons.get(3).get("top").doubleValue(),
                1,
                "the other two on the second: " + buttons);
        assertChoicesApartAndAlike(buttons);

        // Past the last choice with Tab, back one with Shift+Tab, chosen with the space bar.
        tabTo("vote:both-bad");
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        WebElement tie = browser.driver().switchTo().activeElement();
        assertEquals("vote:tie", tie.getAttribute("id"), "Shift+Tab goes back to 비슷하다");
        assertEquals("비슷하다", tie.getAttribute("value"));
        assertEquals("solid", tie.getCssValue("outline-style"), "the platform's focus ring is visible on the choice");
        assertEquals("rgba(255, 191, 71, 1)", tie.getCssValue("outline-color"));
        browser.loadAfter(() -> tie.sendKeys(Keys.SPACE));

        String first = browser.find(By.id("arena-receipt")).getText();
        assertTrue(first.matches(RECEIPT), first);
        assertTrue(browser.find(By.id("arena-confirmation")).getText().contains("투표가 접수되었습니다"));
        assertEquals("이번 회차 투표 1 / 3", browser.find(By.id("arena-progress")).getText());

        WebElement next = tabTo("next-battle");
        assertEquals("다음 대결", next.getText());
        browser.loadAfter(() -> next.sendKeys(Keys.ENTER));
        assertBattleIsBlind(identities);
        assertEquals("이번 회차 투표 1 / 3", browser.find(By.id("arena-progress")).getText());

        WebElement aBetter = tabTo("vote:a-better");
        browser.loadAfter(() -> aBetter.sendKeys(Keys.ENTER));
        String second = browser.find(By.id("arena-receipt")).getText();
        assertTrue(second.matches(RECEIPT) && !second.equals(first), first + " then " + second);
        assertEquals("이번 회차 투표 2 / 3", browser.find(By.id("arena-progress")).getText());
        assertEquals(2, support.arenaFill(round)[3], "two votes stored");
    }

    @Test
    void onADesktopInEnglishACitizenVotesWithTheKeyboardAloneAndTheAnswersAreSideBySide() {
        int round = support.openArenaRound(6, 3);
        browser.windowSized(1280, 900);
        signUpConfirmedCitizen(
                "arena-desktop-" + UUID.randomUUID() + "@example.kr", "Desktop citizen", "arena-password-1");
        browser.open("arena.xhtml");
        browser.settle();
        String prompt = browser.find(By.id("prompt-ko")).getText();
        browser.clickAndLoad(browser.find(By.id("lang-en")));
        assertTrue(
                browser.driver().getCurrentUrl().contains("arena.xhtml"),
                browser.driver().getCurrentUrl());
        List<String> identities = teamIdentities();
        browser.open("arena.xhtml");
        browser.settle();

        assertEquals("Blind arena", browser.find(By.tagName("h1")).getText());
        assertEquals(prompt, browser.find(By.id("prompt-ko")).getText(), "the same battle, still not voted on");
        assertTrue(
                browser.find(By.id("prompt-en")).getText().startsWith("Test question"),
                "the prompt in English beside it");
        assertEquals("Model A", browser.find(By.id("answer-a-heading")).getText());
        assertEquals("Model B", browser.find(By.id("answer-b-heading")).getText());
        assertBattleIsBlind(identities);
        Map<String, Number> a = rect("answer-a");
        Map<String, Number> b = rect("answer-b");
        assertEquals(a.get("top").doubleValue(), b.get("top").doubleValue(), 1, "same top: " + a + " " + b);
        assertTrue(
                b.get("left").doubleValue() >= a.get("right").doubleValue(),
                "answer B right of answer A: " + a + " " + b);
        List<WebElement> choices = browser.driver().findElements(By.cssSelector("#vote input[type=submit]"));
        assertEquals(
                List.of("A is better", "B is better", "About the same", "Both are bad"),
                choices.stream().map(c -> c.getAttribute("value")).toList());
        List<Map<String, Number>> buttons = choiceRects();
        buttons.forEach(r -> assertEquals(
                buttons.get(0).get("top").doubleValue(),
                r.get("top").doubleValue(),
                1,
                "the four choices on one line: " + buttons));
        assertChoicesApartAndAlike(buttons);

        WebElement bBetter = tabTo("vote:b-better");
        browser.loadAfter(() -> bBetter.sendKeys(Keys.ENTER));
        assertTrue(browser.find(By.id("arena-receipt")).getText().matches(RECEIPT));
        assertTrue(browser.find(By.id("arena-confirmation")).getText().contains("Your vote was recorded"));
        WebElement next = tabTo("next-battle");
        assertEquals("Next battle", next.getText());
        browser.loadAfter(() -> next.sendKeys(Keys.ENTER));
        assertBattleIsBlind(identities);
        assertEquals(1, support.arenaFill(round)[3], "one vote stored");
        browser.clickAndLoad(browser.find(By.id("lang-ko")));
    }

    /** Tab (from wherever the focus is) until the element {@code id} has it; that element. */
    private WebElement tabTo(String id) {
        for (int presses = 0; presses < 80; presses++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError(id + " was not reached with Tab");
    }

    /** The names, codes and model names of every team (as the public teams page lists them in the language now chosen). */
    private List<String> teamIdentities() {
        browser.open("teams.xhtml");
        browser.settle();
        List<String> identities = new ArrayList<>();
        for (WebElement card : browser.driver().findElements(By.cssSelector("li.team-card"))) {
            WebElement link = card.findElement(By.cssSelector("h2 a"));
            identities.add(link.getText().strip());
            identities.add(link.getAttribute("href").replaceFirst(".*code=", ""));
            List<WebElement> facts = card.findElements(By.tagName("dd"));
            String model = facts.get(facts.size() - 1).getText().strip();
            if (!model.equals("공개되지 않음") && !model.equals("Not disclosed")) {
                identities.add(model);
            }
        }
        assertTrue(identities.size() >= 10, "the seeded teams at least: " + identities);
        return identities;
    }

    /** A battle is shown, a prompt and two answers, and nothing on the page names a team. */
    private void assertBattleIsBlind(List<String> identities) {
        assertFalse(browser.find(By.id("prompt-ko")).getText().isBlank());
        assertFalse(browser.find(By.id("answer-a")).getText().isBlank());
        assertFalse(browser.find(By.id("answer-b")).getText().isBlank());
        String text = browser.bodyText();
        for (String identity : identities) {
            assertFalse(text.contains(identity), "the battle page names " + identity + ":\n" + text);
        }
        String title = browser.driver().getTitle();
        identities.forEach(identity -> assertFalse(title.contains(identity), title));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> rect(String id) {
        return (Map<String, Number>) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};",
                        id);
    }

    /** The four choice buttons' boxes, in the form's order. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Number>> choiceRects() {
        return (List<Map<String, Number>>)
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return [...document.querySelectorAll('#vote input[type=submit]')].map(b => { const r = b.getBoundingClientRect();"
                                        + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height}; });");
    }

    /** The choices are targets of one size, at least 44 px high, none touching another. */
    private static void assertChoicesApartAndAlike(List<Map<String, Number>> buttons) {
        assertEquals(4, buttons.size());
        for (Map<String, Number> button : buttons) {
            assertEquals(
                    buttons.get(0).get("width").doubleValue(),
                    button.get("width").doubleValue(),
                    1,
                    "equal widths: " + buttons);
            assertEquals(
                    buttons.get(0).get("height").doubleValue(),
                    button.get("height").doubleValue(),
                    1,
                    "equal heights: " + buttons);
            assertTrue(button.get("height").doubleValue() >= 44, "44 px high: " + buttons);
        }
        for (int i = 0; i < buttons.size(); i++) {
            for (int j = i + 1; j < buttons.size(); j++) {
                Map<String, Number> p = buttons.get(i);
                Map<String, Number> q = buttons.get(j);
                boolean apart = p.get("right").doubleValue() + 4
                                <= q.get("left").doubleValue()
                        || q.get("right").doubleValue() + 4 <= p.get("left").doubleValue()
                        || p.get("bottom").doubleValue() + 4 <= q.get("top").doubleValue()
                        || q.get("bottom").doubleValue() + 4 <= p.get("top").doubleValue();
                assertTrue(apart, "choices " + i + " and " + j + " at least 4 px apart: " + buttons);
            }
        }
    }

    private void assertNoHorizontalScroll() {
        Number overflow = (Number)
                browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px");
    }

    // --- an administrator -----------------------------------------------------------------------------------------

    @Test
    void anAdministratorRunsAnArenaRoundFromTheExamplePromptsToThePublishedResult() throws Exception {
        // Two fixture teams join the round, and the weaker is eliminated at publication: the seeded teams stay in the
        // race for other tests.
        int round = support.scheduleArenaRound(0, 2);
        signInAsAdministrator("admin/rounds.xhtml");
        browser.clickAndLoad(browser.find(By.id("arena-" + round)));
        assertTrue(
                browser.find(By.id("arena-admin-heading")).getText().contains("제" + round + "차"), browser.bodyText());
        assertTrue(
                browser.find(By.cssSelector("input[name='rules:mode'][value='ARENA']"))
                        .isSelected(),
                "an arena round");
        browser.find(By.id("no-prompts"));

        // The prompts: the example set commits to the README's SHA-256.
        browser.find(By.id("prompts-file"))
                .sendKeys(EXAMPLES.resolve("prompts.jsonl").toString());
        browser.clickAndLoad(browser.find(By.id("prompts-upload-button")));
        assertTrue(browser.bodyText().contains("질문 세트를 등록했습니다"), browser.bodyText());
        assertEquals(
                EXAMPLE_COMMITMENT, browser.find(By.id("commitment-sha256")).getText());
        assertEquals(
                10,
                browser.driver()
                        .findElements(By.cssSelector("#prompt-table tbody tr"))
                        .size());

        Map<String, String> teams = new LinkedHashMap<>();
        for (WebElement line : browser.driver().findElements(By.cssSelector("ul.answer-sets > li"))) {
            teams.put(
                    line.getAttribute("id").substring("answers-".length()),
                    line.findElement(By.tagName("strong")).getText());
        }
        // How many seeded teams still compete depends on the rounds earlier tests published; the fixture's two do.
        assertEquals(
                2,
                teams.keySet().stream()
                        .filter(code -> code.startsWith("fixture-"))
                        .count(),
                "the two fixture teams compete: " + teams);
        assertTrue(teams.size() >= 3, "with the seeded teams still in the race: " + teams);
        teams.keySet().forEach(code -> browser.find(By.id("answers-" + code + "-missing")));
        Path files = scratch;

        // One team's answer to p-003 names the team: the identity screen flags it, and the administrator excludes the
        // prompt.
        String named = teams.keySet().iterator().next();
        upload(
                named,
                Files.writeString(
                        files.resolve("answers-" + named + ".jsonl"),
                        answersNaming(named, teams.get(named)),
                        StandardCharsets.UTF_8));
        WebElement flag = browser.find(By.id("flag-" + named + "-p-003"));
        assertTrue(flag.getText().contains(teams.get(named)), flag.getText());
        assertTrue(
                browser.find(By.id("not-ready")).getText().contains(named + " / p-003"),
                browser.find(By.id("not-ready")).getText());
        new Select(browser.fieldLabelled("결정할 답변")).selectByVisibleText(named + " · p-003");
        browser.fieldLabelled("사유").sendKeys("답변에 팀 이름이 드러남");
        browser.clickAndLoad(browser.find(By.id("decide:excludeButton")));
        assertTrue(browser.bodyText().contains("질문 p-003을(를) 모든 팀에서 제외했습니다"), browser.bodyText());
        assertTrue(
                browser.find(By.id("prompt-p-003")).getText().contains("제외됨: 답변에 팀 이름이 드러남"),
                browser.find(By.id("prompt-p-003")).getText());
        assertTrue(browser.find(By.id("flag-" + named + "-p-003")).getText().contains("이 질문은 모든 팀에서 제외되었습니다"));

        // Every other team's answers: the example file where there is one, else generated answers.
        int variant = 1;
        for (String code : teams.keySet()) {
            if (!code.equals(named)) {
                upload(
                        code,
                        Files.writeString(
                                files.resolve("answers-" + code + ".jsonl"),
                                answersOf(code, variant++),
                                StandardCharsets.UTF_8));
            }
        }
        assertTrue(
                browser.driver().findElements(By.id("not-ready")).isEmpty(),
                "nothing left to do before opening: " + browser.bodyText());

        // Opened on the rounds page, the arena is frozen.
        browser.open("admin/rounds.xhtml");
        browser.settle();
        browser.find(By.xpath("//tr[.//span[@id='status-" + round + "']]//button[contains(@id, 'open')]"))
                .click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.settle();
        assertTrue(
                browser.showsText(By.id("status-" + round), "진행 중"),
                browser.find(By.id("status-" + round)).getText());
        browser.clickAndLoad(browser.find(By.id("arena-" + round)));
        assertTrue(
                browser.find(By.id("arena-status")).getText().contains("확정되었습니다"),
                browser.find(By.id("arena-status")).getText());
        assertTrue(browser.driver().findElements(By.id("prompts-file")).isEmpty(), "no upload once open");

        // Citizens vote until every team is linked to the others.
        int votes = ArenaVoters.untilEveryTeamIsLinked(baseUrl, support, round, 2);

        browser.open("admin/rounds.xhtml");
        browser.settle();
        browser.find(By.xpath("//tr[.//span[@id='status-" + round + "']]//button[contains(@id, 'close')]"))
                .click();
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.settle();
        assertTrue(
                browser.showsText(By.id("status-" + round), "마감"),
                browser.find(By.id("status-" + round)).getText());

        // The leaderboard, public from the close.
        browser.clickAndLoad(browser.find(By.id("arena-" + round)));
        assertTrue(
                browser.find(By.id("battle-counts")).getText().contains(String.valueOf(votes)),
                browser.find(By.id("battle-counts")).getText());
        browser.clickAndLoad(browser.find(By.id("arena-results-link")));
        assertTrue(browser.find(By.id("arena-results-heading")).getText().contains("제" + round + "차"));
        assertTrue(browser.driver().findElements(By.id("arena-disconnected")).isEmpty(), "every team is compared");
        assertTrue(
                browser.find(By.id("arena-summary")).getText().startsWith("투표 " + votes + "건"),
                browser.find(By.id("arena-summary")).getText());
        List<WebElement> whiskers = browser.driver().findElements(By.cssSelector("#arena-chart svg[role='img']"));
        assertEquals(teams.size(), whiskers.size(), "a whisker per team");
        for (WebElement whisker : whiskers) {
            assertFalse(whisker.findElements(By.tagName("circle")).isEmpty(), "a point on every whisker");
            assertTrue(
                    whisker.getAttribute("aria-label")
                            .matches(".+: 강도 점수 -?\\d+\\.\\d{3} \\(95% -?\\d+\\.\\d{3} – -?\\d+\\.\\d{3}\\)"),
                    whisker.getAttribute("aria-label"));
        }
        Map<String, BigDecimal> arenaPoints = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#arena-leaderboard tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            arenaPoints.put(
                    row.findElement(By.tagName("th")).getText(),
                    new BigDecimal(cells.get(3).getText().replaceFirst(" \\(.*", "")));
        }
        assertEquals(teams.size(), arenaPoints.size(), "a line per team: " + arenaPoints);
        assertTrue(arenaPoints.keySet().containsAll(teams.values()), arenaPoints + " " + teams);
        assertEquals(
                teams.size(),
                browser.driver()
                        .findElements(By.cssSelector("#arena-win-matrix tbody tr"))
                        .size());
        long counted = 0;
        for (WebElement cell : browser.driver().findElements(By.cssSelector("#arena-count-matrix tbody td"))) {
            counted += cell.getText().equals("—") ? 0 : Long.parseLong(cell.getText());
        }
        assertEquals(2L * votes, counted, "the battle counts (each pair in both orders) add up to every vote twice");
        assertEquals(
                teams.size() * teams.size(),
                browser.driver()
                        .findElements(By.cssSelector("#arena-count-matrix tbody td"))
                        .size());

        // Publication, with the other components' inputs entered.
        assertEquals(teams.size(), support.benchmarksForArenaRound(round));
        browser.open("admin/tally.xhtml?round=" + round);
        browser.settle();
        assertTrue(browser.driver().findElements(By.id("tally-blockers")).isEmpty(), browser.bodyText());
        browser.fieldLabelled("잠정 집계를 검토했으며 이 결과를 발표합니다.").click();
        browser.clickAndLoad(browser.find(By.id("publish:publishButton")));
        assertTrue(
                browser.driver().getCurrentUrl().contains("results.xhtml"),
                browser.driver().getCurrentUrl());
        assertTrue(browser.bodyText().contains("결과를 발표했습니다"), browser.bodyText());

        browser.clickAndLoad(browser.find(By.id("signout:signout-button")));
        browser.open("results.xhtml?round=" + round);
        browser.settle();
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        for (WebElement row : browser.find(By.id("results-table")).findElements(By.cssSelector("tbody tr"))) {
            String team = row.findElement(By.tagName("th")).getText();
            published.put(
                    team,
                    new BigDecimal(row.findElements(By.tagName("td")).get(4).getText()));
            teams.forEach((code, name) -> assertTrue(
                    !name.equals(team)
                            || code.startsWith("fixture-")
                            || !row.getText().contains("탈락"),
                    "a seeded team stays in the race: " + row.getText()));
        }
        assertEquals(arenaPoints.keySet(), published.keySet());
        arenaPoints.forEach((team, points) -> assertEquals(
                0,
                points.compareTo(published.get(team)),
                team + ": the arena gave " + points + ", the result says " + published.get(team)));
        browser.open("round.xhtml?number=" + round);
        browser.settle();
        assertEquals(
                EXAMPLE_COMMITMENT, browser.find(By.id("commitment-sha256")).getText(), "the commitment stays public");
        assertNotNull(browser.find(By.id("arena-results-link")));
    }

    /** A team's answers to the example prompts: its example file, or generated ones (TestSupport's format) for a team it lacks. */
    static String answersOf(String code, int variant) throws java.io.IOException {
        Path example = EXAMPLES.resolve("answers-" + code + ".jsonl");
        return Files.exists(example)
                ? Files.readString(example, StandardCharsets.UTF_8)
                : TestSupport.arenaAnswers(10, variant);
    }

    /** A team's answers (as {@link #answersOf}) whose answer to p-003 names {@code name}: the identity screen flags it. */
    static String answersNaming(String code, String name) throws java.io.IOException {
        String answers = answersOf(code, 0)
                .replaceFirst(
                        "(?m)^\\{\"prompt\": ?\"p-003\".*$",
                        "{\"prompt\": \"p-003\", \"answer\": \"저는 " + name
                                + "의 모델입니다. 확정일자를 받아 두면 보증금을 지키는 데 도움이 됩니다.\"}");
        assertTrue(answers.contains(name), answers);
        return answers;
    }

    /** Uploads a team's answer file on the arena page and sees its digest. */
    private void upload(String code, Path file) {
        browser.find(By.id("answers-file-" + code)).sendKeys(file.toString());
        browser.clickAndLoad(browser.find(By.id("answers-upload-button-" + code)));
        assertTrue(browser.bodyText().contains("답변 파일을 등록했습니다"), browser.bodyText());
        assertTrue(browser.find(By.id("answers-" + code + "-sha256")).getText().matches("[0-9a-f]{64}"));
    }
}
