package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Citizens' ballots through the real pages: one per citizen per round, nothing lost, nothing after closing. */
class BallotIT extends HttpTest {

    private TestSupportClient support;
    private int round;

    @BeforeEach
    void openARoundOfItsOwn() {
        support = new TestSupportClient(baseUrl);
        round = support.openFreshRound();
    }

    private PageClient newCitizen() throws Exception {
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertTrue(citizen.signUp("voter-" + UUID.randomUUID() + "@example.kr", "유권자", "voter-password-1"));
        return citizen;
    }

    /** That many citizens signed up at the same moment. */
    private List<PageClient> newCitizens(int count) throws Exception {
        List<Callable<PageClient>> signUps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signUps.add(this::newCitizen);
        }
        return Concurrently.allAtOnce(signUps, 64);
    }

    private PageClient signedIn(String email) throws Exception {
        PageClient client = new PageClient(baseUrl.toURI());
        assertTrue(client.signIn(email, "voter-password-1"));
        return client;
    }

    @Test
    void fiftySubmissionsAtOnceByOneCitizenStoreOneBallot() throws Exception {
        String email = "voter-" + UUID.randomUUID() + "@example.kr";
        assertTrue(new PageClient(baseUrl.toURI()).signUp(email, "한 사람", "voter-password-1"));
        // Fifty windows of the same citizen, each showing an empty ballot.
        List<PageClient> windows = new ArrayList<>();
        List<HttpResponse<String>> pages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            PageClient window = signedIn(email);
            windows.add(window);
            pages.add(window.get("ballot.xhtml"));
        }
        List<Callable<HttpResponse<String>>> submissions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int window = i;
            submissions.add(() -> windows.get(window).castBallot(pages.get(window), group -> 1 + window % 5));
        }

        List<HttpResponse<String>> responses = Concurrently.allAtOnce(submissions, 64);

        long accepted = responses.stream()
                .filter(r -> PageClient.receipt(r.body()).isPresent())
                .count();
        long refusedClearly = responses.stream()
                .filter(r -> r.body().contains("이미 이 회차에 투표하셨습니다"))
                .count();
        assertEquals(1, accepted, "exactly one submission is accepted");
        assertEquals(49, refusedClearly, "every other one gets a clear message");
        assertEquals(1, support.storedBallots(round));
        assertEquals(1, support.turnout(round));
    }

    @Test
    void twoHundredCitizensAtOnceStoreTwoHundredBallotsWithUniqueReceipts() throws Exception {
        List<PageClient> citizens = newCitizens(200);
        List<HttpResponse<String>> pages = new ArrayList<>();
        for (PageClient citizen : citizens) {
            pages.add(citizen.get("ballot.xhtml"));
        }
        List<Callable<HttpResponse<String>>> ballots = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int citizen = i;
            ballots.add(() -> citizens.get(citizen).castBallot(pages.get(citizen), group -> 1 + (citizen + group) % 5));
        }

        List<HttpResponse<String>> responses = Concurrently.allAtOnce(ballots, 64);

        Set<String> receipts = new HashSet<>();
        responses.forEach(
                r -> receipts.add(PageClient.receipt(r.body()).orElseThrow(() -> new AssertionError(r.body()))));
        assertEquals(200, receipts.size(), "every ballot accepted, every receipt different");
        assertEquals(200, support.storedBallots(round));
        assertEquals(200, support.turnout(round));
        // The public figure is refreshed at most once a second.
        PageClient visitor = new PageClient(baseUrl.toURI());
        String roundPage = Eventually.value(
                java.time.Duration.ofSeconds(3),
                () -> visitor.get("round.xhtml?number=" + round).body(),
                page -> page.contains("지금까지 200명 참여"));
        assertTrue(roundPage.contains("지금까지 200명 참여"), "the public turnout says 200");
    }

    /** Issue 21, item 6: the close runs late (status still OPEN), the closing instant has passed: refused all the same. */
    @Test
    void aBallotAfterTheClosingInstantIsRefusedWhileTheCloseRunsLate() throws Exception {
        PageClient citizen = newCitizen();
        HttpResponse<String> page = citizen.get("ballot.xhtml");
        support.closingInstantPassed(round);
        assertTrue(
                support.roundState(round).contains(" OPEN "), "the round is still open: " + support.roundState(round));

        HttpResponse<String> late = citizen.castBallot(page, group -> 4);

        assertTrue(late.body().contains("지금 투표를 받지 않습니다"), "the same clear refusal as after a close");
        assertFalse(PageClient.receipt(late.body()).isPresent());
        assertEquals(0, support.storedBallots(round));
        assertFalse(
                citizen.get("ballot.xhtml").body().contains("<form id=\"ballot\""), "no ballot is offered any more");
    }

    @Test
    void aBallotSubmittedAfterTheRoundClosedIsRefusedAndNothingIsStored() throws Exception {
        PageClient citizen = newCitizen();
        HttpResponse<String> page = citizen.get("ballot.xhtml");
        support.close(round);

        HttpResponse<String> late = citizen.castBallot(page, group -> 4);

        assertTrue(late.body().contains("지금 투표를 받지 않습니다"), "a clear refusal");
        assertFalse(PageClient.receipt(late.body()).isPresent());
        assertEquals(0, support.storedBallots(round));
        assertEquals(0, support.turnout(round));
    }

    @Test
    void aBallotPostedWithoutThePagesScriptNonceIsRefusedBeforeAnythingIsStored() throws Exception {
        PageClient citizen = newCitizen();
        HttpResponse<String> page = citizen.get("ballot.xhtml");
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("ballot", "ballot");
        for (String group : PageClient.ratingGroups(page.body())) {
            form.put(group, "4");
        }
        form.put("ballot:confirmed", "true");
        form.put("ballot:submit", "");
        form.put("jakarta.faces.ViewState", PageClient.viewState(page.body()));

        HttpResponse<String> withoutNonce = citizen.postForm("ballot.xhtml", form);

        // Refused before any action runs, or accepted and saying so: never a refusal for a stored ballot.
        assertEquals(400, withoutNonce.statusCode(), "a postback without the page's nonce is refused");
        assertFalse(PageClient.receipt(withoutNonce.body()).isPresent());
        assertEquals(0, support.storedBallots(round), "the refused postback stored no ballot");
        assertEquals(0, support.turnout(round));
        HttpResponse<String> again = citizen.castBallot(citizen.get("ballot.xhtml"), group -> 4);
        assertTrue(PageClient.receipt(again.body()).isPresent(), "the same ballot with the nonce is accepted");
        assertEquals(1, support.storedBallots(round));
    }

    @Test
    void aPageKeepsItsThreeLatestStatesAndAnOlderOneAsksToOpenThePageAgain() throws Exception {
        PageClient citizen = newCitizen();
        HttpResponse<String> page = citizen.get("ballot.xhtml");
        List<String> groups = PageClient.ratingGroups(page.body());
        java.util.Map<String, String> incomplete = new java.util.LinkedHashMap<>();
        incomplete.put("ballot", "ballot");
        incomplete.put("ballot:confirmed", "true");
        incomplete.put("ballot:submit", "");
        // Three postbacks of the page (each refused: no rating given), each answered with a new state of it.
        HttpResponse<String> latest = page;
        for (int i = 0; i < 3; i++) {
            incomplete.putAll(PageClient.hiddenFields(latest.body()));
            latest = citizen.postForm("ballot.xhtml", incomplete);
            assertTrue(latest.body().contains("이 팀의 점수를 선택하세요."), "refused next to the missing ratings");
        }

        // web.xml keeps three states a page (Mojarra's default is 15): the first one is gone, and says so.
        HttpResponse<String> fromTheFirstState = citizen.castBallot(page, group -> 2);
        assertEquals(400, fromTheFirstState.statusCode(), "an expired page is refused as one, never a 500");
        assertTrue(fromTheFirstState.body().contains("페이지가 만료되었습니다"), "the citizen is told to open it again");
        assertEquals(0, support.storedBallots(round), "the expired state stored nothing");
        HttpResponse<String> fromTheLatestState = citizen.castBallot(latest, group -> 4);
        assertTrue(PageClient.receipt(fromTheLatestState.body()).isPresent(), "the latest state still posts");
        assertEquals(1, support.storedBallots(round));
        assertEquals(groups.size(), PageClient.ratingGroups(latest.body()).size());
    }

    @Test
    void closingWhileFiftyBallotsAreInFlightIsACleanCut() throws Exception {
        List<PageClient> citizens = newCitizens(50);
        // The race must really happen (some ballots accepted, some refused): the ballots are sent one after
        // another a few milliseconds apart, many at once in flight, and the close is sent once half were answered,
        // so later ballots arrive after it. A loaded machine may still answer every ballot first, so up to three
        // rounds, the ballots further apart each time.
        boolean splitSeen = false;
        for (int attempt = 1; attempt <= 3 && !splitSeen; attempt++) {
            int spacingMillis = new int[] {25, 60, 150}[attempt - 1];
            int[] outcome = closeWhileBallotsAreInFlight(citizens, spacingMillis);
            System.out.printf(
                    "Close with 50 ballots in flight (attempt %d, ballots %d ms apart): %d accepted, %d refused%n",
                    attempt, spacingMillis, outcome[0], outcome[1]);
            splitSeen = outcome[0] > 0 && outcome[1] > 0;
            if (!splitSeen && attempt < 3) {
                round = support.openFreshRound();
            }
        }
        assertTrue(splitSeen, "in one of three rounds the close landed while ballots were in flight");
    }

    /**
     * Casts every citizen's ballot in the current round, {@code spacingMillis} apart, while the
     * administrator closes it once half of them were answered; checks the cut and returns {accepted, refused}.
     */
    private int[] closeWhileBallotsAreInFlight(List<PageClient> citizens, int spacingMillis) throws Exception {
        List<HttpResponse<String>> pages = new ArrayList<>();
        for (PageClient citizen : citizens) {
            pages.add(citizen.get("ballot.xhtml"));
        }
        // The administrator closes; what was stored as the close committed is what it counts: nothing may come after.
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch answers = new CountDownLatch(citizens.size() / 2);
        java.util.concurrent.CompletableFuture<Set<String>> storedAtClose =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        started.await();
                        answers.await();
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(stopped);
                    }
                    return support.closeReadingCountedReceipts(round);
                });
        List<Callable<HttpResponse<String>>> ballots = new ArrayList<>();
        for (int i = 0; i < citizens.size(); i++) {
            int citizen = i;
            ballots.add(() -> {
                started.countDown();
                Thread.sleep((long) citizen * spacingMillis);
                try {
                    return citizens.get(citizen).castBallot(pages.get(citizen), group -> 1 + (citizen + group) % 5);
                } finally {
                    answers.countDown();
                }
            });
        }

        List<HttpResponse<String>> responses = Concurrently.allAtOnce(ballots, 64);
        Set<String> countedAtClose = storedAtClose.get(); // rethrows if the close failed

        Set<String> acceptedReceipts = new HashSet<>();
        int refused = 0;
        for (HttpResponse<String> response : responses) {
            Optional<String> receipt = PageClient.receipt(response.body());
            if (receipt.isPresent()) {
                acceptedReceipts.add(receipt.get());
            } else if (response.body().contains("지금 투표를 받지 않습니다")) {
                refused++;
            }
        }
        assertEquals(
                citizens.size(),
                acceptedReceipts.size() + refused,
                "every ballot was either accepted with a receipt or clearly refused");
        assertEquals(acceptedReceipts.size(), support.storedBallots(round), "accepted = counted");
        assertEquals(acceptedReceipts.size(), support.turnout(round));
        assertEquals(
                acceptedReceipts,
                support.storedReceipts(round),
                "the counted ballots are exactly the accepted ones: nothing counted was refused");
        assertEquals(
                countedAtClose,
                acceptedReceipts,
                "every accepted ballot committed before the close did; none was counted after it");
        return new int[] {acceptedReceipts.size(), refused};
    }

    @Test
    void aChangedBallotReplacesTheOldOneAndGetsANewReceipt() throws Exception {
        PageClient citizen = newCitizen();
        String first = PageClient.receipt(citizen.castBallot(citizen.get("ballot.xhtml"), group -> 1)
                        .body())
                .orElseThrow();

        HttpResponse<String> again = citizen.get("ballot.xhtml");
        assertTrue(again.body().contains(first), "the citizen sees their current ballot's receipt");
        Optional<String> second =
                PageClient.receipt(citizen.castBallot(again, group -> 5).body());

        assertTrue(second.isPresent());
        assertNotEquals(first, second.get());
        assertEquals(1, support.storedBallots(round), "still one ballot");
        assertEquals(1, support.turnout(round), "a change is not a second vote");
        String shown = citizen.get("ballot.xhtml").body();
        assertTrue(shown.contains(second.get()) && !shown.contains(first), "only the last ballot is shown");
        assertTrue(shown.contains("제출 2회째"));
    }

    @Test
    void thePublishedBulletinListsEveryCountedReceiptAndNoIdentity() throws Exception {
        PageClient first = newCitizen();
        String replaced = PageClient.receipt(
                        first.castBallot(first.get("ballot.xhtml"), group -> 2).body())
                .orElseThrow();
        String counted = PageClient.receipt(
                        first.castBallot(first.get("ballot.xhtml"), group -> 4).body())
                .orElseThrow();
        PageClient second = newCitizen();
        String other = PageClient.receipt(second.castBallot(second.get("ballot.xhtml"), group -> 5)
                        .body())
                .orElseThrow();
        PageClient visitor = new PageClient(baseUrl.toURI());
        assertTrue(
                visitor.get("bulletin.xhtml?round=" + round).body().contains("아직 발표되지 않아"),
                "no bulletin before publication");
        assertEquals(
                404,
                visitor.get("bulletin.xhtml?round=9999").statusCode(),
                "an unknown round is not found, as on every page");

        support.close(round);
        support.publish(round);

        String bulletin = visitor.get("bulletin.xhtml?round=" + round).body();
        assertTrue(bulletin.contains(counted) && bulletin.contains(other), "every counted ballot is listed");
        assertFalse(bulletin.contains(replaced), "a replaced ballot is not counted");
        assertFalse(bulletin.contains("유권자") || bulletin.contains("@example.kr"), "no name or email on the bulletin");
        HttpResponse<String> page = visitor.get("bulletin.xhtml?round=" + round);
        String found = visitor.submit(
                        "bulletin.xhtml",
                        page,
                        "search",
                        "find",
                        java.util.Map.of(
                                "round",
                                String.valueOf(round),
                                "receipt",
                                counted.toLowerCase().replace("-", "")))
                .body();
        assertTrue(
                found.contains("내 투표가 집계되었습니다"),
                "a citizen finds their receipt, typed loosely (by POST, never in the address)");
        page = visitor.get("bulletin.xhtml?round=" + round);
        assertTrue(visitor.submit(
                        "bulletin.xhtml",
                        page,
                        "search",
                        "find",
                        java.util.Map.of("round", String.valueOf(round), "receipt", replaced))
                .body()
                .contains("게시판에 없습니다"));
        page = visitor.get("bulletin.xhtml?round=" + round);
        String mistyped = visitor.submit(
                        "bulletin.xhtml",
                        page,
                        "search",
                        "find",
                        java.util.Map.of("round", String.valueOf(round), "receipt", "ABC"))
                .body();
        assertTrue(
                mistyped.contains("영수증 코드는 XXXX-XXXX-XXXX-XXXX-XXXX 형식") && mistyped.contains(counted),
                "a mistyped receipt is explained beside the field and the bulletin stays");
    }

    @Test
    void withoutScriptsTheSummaryIsAStepAndGoingBackKeepsEveryRating() throws Exception {
        PageClient citizen = newCitizen();
        HttpResponse<String> page = citizen.get("ballot.xhtml");
        List<String> groups = PageClient.ratingGroups(page.body());
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("ballot", "ballot");
        for (int i = 0; i < groups.size(); i++) {
            form.put(groups.get(i), String.valueOf(1 + i % 5));
        }
        form.put("ballot:confirmed", "false");
        form.put("ballot:submit", "");
        form.putAll(PageClient.hiddenFields(page.body()));

        HttpResponse<String> summary = citizen.postForm("ballot.xhtml", form);
        assertTrue(summary.body().contains("id=\"summary-ratings\""), "the summary is shown as a step");
        assertEquals(0, support.storedBallots(round), "nothing is stored before it is confirmed");

        HttpResponse<String> back = citizen.submit("ballot.xhtml", summary, "summary", "back", java.util.Map.of());
        for (int i = 0; i < groups.size(); i++) {
            assertTrue(
                    back.body()
                            .contains("name=\"" + groups.get(i) + "\" id=\"" + groups.get(i) + ":" + (i % 5)
                                    + "\" value=\"" + (1 + i % 5) + "\" checked=\"checked\""),
                    "back in the form, group " + i + " keeps its rating");
        }

        form.putAll(PageClient.hiddenFields(back.body()));
        HttpResponse<String> again = citizen.postForm("ballot.xhtml", form);
        HttpResponse<String> cast = citizen.submit("ballot.xhtml", again, "summary", "confirm", java.util.Map.of());
        assertTrue(PageClient.receipt(cast.body()).isPresent(), "confirmed from the summary step");
        assertEquals(1, support.storedBallots(round));
    }

    @Test
    void anIncompleteBallotIsRefusedNextToTheMissingRatingAndNothingIsStored() throws Exception {
        PageClient citizen = newCitizen();
        HttpResponse<String> page = citizen.get("ballot.xhtml");
        List<String> groups = PageClient.ratingGroups(page.body());
        assertTrue(groups.size() >= 5, "every team in the race is on the ballot: " + groups);
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("ballot", "ballot");
        for (int i = 1; i < groups.size(); i++) {
            form.put(groups.get(i), "3");
        }
        form.put("ballot:confirmed", "true");
        form.put("ballot:submit", "");
        form.putAll(PageClient.hiddenFields(page.body()));

        HttpResponse<String> refused = citizen.postForm("ballot.xhtml", form);

        String missing = groups.get(0);
        assertTrue(
                refused.body()
                        .contains("id=\"" + missing + "-message\" class=\"message message--error\">이 팀의 점수를 선택하세요."),
                "refused next to the missing group");
        assertTrue(
                refused.body()
                        .contains("name=\"" + missing + "\" id=\"" + missing
                                + ":0\" value=\"1\" aria-describedby=\"scale-help " + missing
                                + "-message\" aria-invalid=\"true\""),
                "the missing group says it is invalid and refers to its message");
        assertEquals(
                groups.size() - 1,
                Pattern.compile("value=\"3\" checked=\"checked\" aria-describedby=\"scale-help\" />")
                        .matcher(refused.body())
                        .results()
                        .count(),
                "the ratings given stay chosen on the refused page");
        // The refused page's state posted again without the ballot form (nothing of it decoded): the refusal still
        // shows, never a server error.
        HttpResponse<String> withoutTheForm = citizen.postForm(
                "ballot.xhtml", new java.util.LinkedHashMap<>(PageClient.hiddenFields(refused.body())));
        assertTrue(withoutTheForm.statusCode() < 500, "answered " + withoutTheForm.statusCode());
        assertTrue(withoutTheForm.body().contains("id=\"" + missing + "-message\""), "the ballot form is shown again");
        for (String forged : List.of("9", "0", "three", "3".repeat(1_000))) {
            form.put(missing, forged);
            form.putAll(PageClient.hiddenFields(refused.body()));
            refused = citizen.postForm("ballot.xhtml", form);
            assertTrue(refused.body().contains("점수는 1점부터 5점까지입니다."), "a forged rating: " + forged.length());
            assertFalse(PageClient.receipt(refused.body()).isPresent());
        }
        assertEquals(0, support.storedBallots(round));
    }
}
