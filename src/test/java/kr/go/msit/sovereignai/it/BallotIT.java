package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Citizens' ballots through the real pages: one per citizen per round, nothing lost, nothing after closing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BallotIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL baseUrl;

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
        return allAtOnce(signUps);
    }

    private PageClient signedIn(String email) throws Exception {
        PageClient client = new PageClient(baseUrl.toURI());
        assertTrue(client.signIn(email, "voter-password-1"));
        return client;
    }

    /** Runs the tasks at the same moment on as many threads as there are tasks (at most 64). */
    private static <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(64, tasks.size()));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
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

        List<HttpResponse<String>> responses = allAtOnce(submissions);

        long accepted = responses.stream().filter(r -> PageClient.receipt(r.body()).isPresent()).count();
        long refusedClearly = responses.stream().filter(r -> r.body().contains("이미 이 회차에 투표하셨습니다")).count();
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

        List<HttpResponse<String>> responses = allAtOnce(ballots);

        Set<String> receipts = new HashSet<>();
        responses.forEach(r -> receipts.add(PageClient.receipt(r.body()).orElseThrow(() -> new AssertionError(r.body()))));
        assertEquals(200, receipts.size(), "every ballot accepted, every receipt different");
        assertEquals(200, support.storedBallots(round));
        assertEquals(200, support.turnout(round));
        // The public figure is refreshed at most once a second.
        PageClient visitor = new PageClient(baseUrl.toURI());
        String roundPage = Eventually.value(java.time.Duration.ofSeconds(3),
                () -> visitor.get("round.xhtml?number=" + round).body(), page -> page.contains("지금까지 200명 참여"));
        assertTrue(roundPage.contains("지금까지 200명 참여"), "the public turnout says 200");
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
    void closingWhileFiftyBallotsAreInFlightIsACleanCut() throws Exception {
        List<PageClient> citizens = newCitizens(50);
        List<HttpResponse<String>> pages = new ArrayList<>();
        for (PageClient citizen : citizens) {
            pages.add(citizen.get("ballot.xhtml"));
        }
        // The administrator closes the round as soon as the first ballot is answered, while the others are in flight.
        CountDownLatch firstAnswer = new CountDownLatch(1);
        Thread administrator = new Thread(() -> {
            try {
                firstAnswer.await();
                support.close(round);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        administrator.start();
        List<Callable<HttpResponse<String>>> ballots = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int citizen = i;
            ballots.add(() -> {
                try {
                    return citizens.get(citizen).castBallot(pages.get(citizen), group -> 1 + (citizen + group) % 5);
                } finally {
                    firstAnswer.countDown();
                }
            });
        }

        List<HttpResponse<String>> responses = allAtOnce(ballots);
        administrator.join();

        List<Integer> accepted = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = responses.get(i).body();
            if (PageClient.receipt(body).isPresent()) {
                accepted.add(i);
            } else if (body.contains("지금 투표를 받지 않습니다")) {
                refused.add(i);
            }
        }
        System.out.printf("Close with 50 ballots in flight: %d accepted, %d refused%n", accepted.size(), refused.size());
        assertEquals(50, accepted.size() + refused.size(), "every ballot was either accepted with a receipt or clearly refused");
        assertFalse(accepted.isEmpty(), "the first answer came before the close");
        assertEquals(accepted.size(), support.storedBallots(round), "accepted = counted");
        assertEquals(accepted.size(), support.turnout(round));
        Set<String> acceptedReceipts = new HashSet<>();
        accepted.forEach(i -> acceptedReceipts.add(PageClient.receipt(responses.get(i).body()).orElseThrow()));
        assertEquals(acceptedReceipts, support.storedReceipts(round), "the counted ballots are exactly the accepted ones: nothing counted was refused");
    }

    @Test
    void aChangedBallotReplacesTheOldOneAndGetsANewReceipt() throws Exception {
        PageClient citizen = newCitizen();
        String first = PageClient.receipt(citizen.castBallot(citizen.get("ballot.xhtml"), group -> 1).body()).orElseThrow();

        HttpResponse<String> again = citizen.get("ballot.xhtml");
        assertTrue(again.body().contains(first), "the citizen sees their current ballot's receipt");
        Optional<String> second = PageClient.receipt(citizen.castBallot(again, group -> 5).body());

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
        String replaced = PageClient.receipt(first.castBallot(first.get("ballot.xhtml"), group -> 2).body()).orElseThrow();
        String counted = PageClient.receipt(first.castBallot(first.get("ballot.xhtml"), group -> 4).body()).orElseThrow();
        PageClient second = newCitizen();
        String other = PageClient.receipt(second.castBallot(second.get("ballot.xhtml"), group -> 5).body()).orElseThrow();
        PageClient visitor = new PageClient(baseUrl.toURI());
        assertTrue(visitor.get("bulletin.xhtml?round=" + round).body().contains("아직 발표되지 않아"), "no bulletin before publication");

        support.close(round);
        support.publish(round);

        String bulletin = visitor.get("bulletin.xhtml?round=" + round).body();
        assertTrue(bulletin.contains(counted) && bulletin.contains(other), "every counted ballot is listed");
        assertFalse(bulletin.contains(replaced), "a replaced ballot is not counted");
        assertFalse(bulletin.contains("유권자") || bulletin.contains("@example.kr"), "no name or email on the bulletin");
        HttpResponse<String> page = visitor.get("bulletin.xhtml?round=" + round);
        String found = visitor.submit("bulletin.xhtml", page, "search", "find",
                java.util.Map.of("round", String.valueOf(round), "receipt", counted.toLowerCase().replace("-", ""))).body();
        assertTrue(found.contains("내 투표가 집계되었습니다"), "a citizen finds their receipt, typed loosely (by POST, never in the address)");
        page = visitor.get("bulletin.xhtml?round=" + round);
        assertTrue(visitor.submit("bulletin.xhtml", page, "search", "find",
                java.util.Map.of("round", String.valueOf(round), "receipt", replaced)).body().contains("게시판에 없습니다"));
        page = visitor.get("bulletin.xhtml?round=" + round);
        String mistyped = visitor.submit("bulletin.xhtml", page, "search", "find",
                java.util.Map.of("round", String.valueOf(round), "receipt", "ABC")).body();
        assertTrue(mistyped.contains("영수증 코드는 XXXX-XXXX-XXXX-XXXX-XXXX 형식") && mistyped.contains(counted),
                "a mistyped receipt is explained beside the field and the bulletin stays");
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
        form.put("jakarta.faces.ViewState", PageClient.viewState(page.body()));

        HttpResponse<String> refused = citizen.postForm("ballot.xhtml", form);

        assertTrue(refused.body().contains("이 팀의 점수를 선택하세요."));
        form.put(groups.get(0), "9");
        form.put("jakarta.faces.ViewState", PageClient.viewState(refused.body()));
        assertTrue(citizen.postForm("ballot.xhtml", form).body().contains("점수는 1점부터 5점까지입니다."), "a forged rating of 9");
        assertEquals(0, support.storedBallots(round));
    }
}
