package kr.go.msit.sovereignai.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import kr.go.msit.sovereignai.fault.ServerDatabase;
import kr.go.msit.sovereignai.fault.StandaloneServer;
import kr.go.msit.sovereignai.it.Deployments;
import kr.go.msit.sovereignai.it.Eventually;
import kr.go.msit.sovereignai.it.FaultProbe.StoredBallot;
import kr.go.msit.sovereignai.it.PageClient;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 25: the platform as a cluster, as cluster/start.sh runs it: two real WildFly nodes ({@code standalone-ha},
 * configured by cluster/configure.sh, the WAR distributable) on one PostgreSQL, behind Debian's HAProxy with
 * cluster/haproxy.cfg. Citizens ballot through the balancer while a node is SIGKILLed and restarted; a round closes
 * on one node while ballots arrive on the other; a round's window closes while a node is down; wrong passwords are
 * spread over both nodes. Runs in the PostgreSQL half only (a cluster node refuses the H2 file).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int CITIZENS = 200;
    private static final int WORKERS = 16;
    private static final String PASSWORD = "cluster-password-1";
    private static final long SEED = Long.getLong("cluster.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);

    private static final StandaloneServer[] NODES = new StandaloneServer[2];
    private static ClusterNodes cluster;
    private static String run;
    /** Citizens signed up in the load test, signed in through the balancer; later tests ballot with them. */
    private static List<Citizen> citizens = List.of();

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(
                ServerDatabase.postgresql(), "a cluster runs on PostgreSQL only (the PostgreSQL half of mvn verify)");
        Path jbossHome = Path.of(Objects.requireNonNull(
                System.getProperty("jboss.home"),
                "jboss.home (the unpacked, configured WildFly) is passed by failsafe; run `mvn verify`"));
        cluster = ClusterNodes.start(Path.of("target/cluster-it").toAbsolutePath(), jbossHome, "cluster");
        NODES[0] = cluster.node(0);
        NODES[1] = cluster.node(1);
        run = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf(
                "[cluster] %s; balancer %s (seed %d: rerun with -Dcluster.seed=%d)%n",
                cluster.startFigures(), cluster.balancerUri(), SEED, SEED);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void fiveWrongPasswordsSpreadOverBothNodesHoldTheAccountBackOnBoth() throws Exception {
        String email = "throttle-" + run + "@example.kr";
        assertTrue(
                new PageClient(cluster.balancerUri()).signUp(email, "클러스터", PASSWORD), "sign-up through the balancer");
        for (int guess = 0; guess < 5; guess++) {
            PageClient guesser = direct(NODES[guess % 2]);
            assertFalse(guesser.signIn(email, "wrong-password-" + guess), "guess " + guess + " is refused");
        }
        for (StandaloneServer node : NODES) {
            PageClient owner = direct(node);
            HttpResponse<String> page = owner.get("login.xhtml");
            HttpResponse<String> answer =
                    owner.submit("login.xhtml", page, "login", "submit", Map.of("email", email, "password", PASSWORD));
            assertEquals(200, answer.statusCode(), "not signed in on " + node.uri());
            assertTrue(
                    answer.body().contains("로그인 시도가 너무 많습니다"),
                    "the address that guessed five times is held back on " + node.uri());
        }
    }

    @Test
    @Order(2)
    void everyBallotCastThroughTheBalancerIsCountedOnceWhileANodeIsKilledAndRestarted() throws Exception {
        TestSupportClient support = cluster.support(0);
        int round = support.openFreshRound();
        long signUpStarted = System.nanoTime();
        citizens = signUp(CITIZENS);
        Map<String, Long> perNode = stickiness(citizens);
        System.out.printf(
                "[cluster] %d citizens signed up and in through the balancer in %d ms, sticking to %s; round %d open%n",
                CITIZENS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signUpStarted), perNode, round);

        int killed = RANDOM.nextInt(2);
        StandaloneServer victim = NODES[killed];
        StandaloneServer survivor = NODES[1 - killed];
        String victimName = "node" + (killed + 1);
        long onVictim = perNode.getOrDefault(victimName, 0L);
        assertTrue(onVictim > 0, "some citizens' sessions stick to " + victimName + ": the kill tests their failover");

        // An administrator on the tally page, kept on the node that is killed, reloads it after the kill.
        PageClient administrator = new PageClient(cluster.balancerUri());
        assertTrue(
                administrator.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD),
                "the administrator signs in through the balancer");
        administrator.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SRV"))
                .toList()
                .forEach(cookie -> administrator.cookies().getCookieStore().remove(null, cookie));
        HttpCookie onVictimCookie = new HttpCookie("SRV", victimName);
        onVictimCookie.setPath("/");
        onVictimCookie.setVersion(0);
        administrator.cookies().getCookieStore().add(cluster.balancerUri(), onVictimCookie);
        assertTallyPage(administrator, round, "before the kill, on " + victimName);

        List<Citizen> idle = new ArrayList<>(citizens);
        Load before = new Load(idle);
        long beforeMillis = 3000 + RANDOM.nextInt(3001);
        before.runFor(beforeMillis); // the fault's moment is the point of the test
        victim.sigkill();
        Load during = new Load(before.stop());
        assertTallyPage(administrator, round, "reloaded after " + victimName + " was killed");
        during.runFor(5000);
        victim.awaitDown();
        idle = during.stop();
        long restartMillis = victim.start().toMillis();
        // Half the citizens forget which node they stuck to: the balancer spreads them again, some to the restarted
        // node, which must hold their sessions too.
        idle.stream().filter(c -> RANDOM.nextBoolean()).forEach(Citizen::forgetNode);
        Load after = new Load(idle);
        after.runFor(5000);
        idle = after.stop();

        Map<String, StoredBallot> stored = survivor.probe().storedBallots(round);
        long lost = 0;
        long unexpected = 0;
        long inFlight = 0;
        long inFlightStored = 0;
        long withBallot = 0;
        for (Citizen citizen : citizens) {
            StoredBallot ballot = stored.get(citizen.email);
            boolean asAccepted = citizen.accepted == 0
                    ? ballot == null
                    : ballot != null
                            && ballot.receipt().equals(citizen.lastReceipt)
                            && ballot.revision() == citizen.accepted;
            if (citizen.inFlight) {
                inFlight++;
                citizen.inFlight = false;
                if (!asAccepted && ballot != null && ballot.revision() == citizen.accepted + 1) {
                    inFlightStored++;
                    citizen.accepted++;
                    citizen.lastReceipt = ballot.receipt();
                    asAccepted = true;
                }
            }
            if (citizen.accepted > 0) {
                withBallot++;
            }
            if (!asAccepted) {
                boolean older = ballot == null || ballot.revision() < citizen.accepted;
                if (older) {
                    lost++;
                } else {
                    unexpected++;
                }
                System.out.printf(
                        "[cluster]   %s %s: accepted revision %d receipt %s, stored %s%n",
                        older ? "LOST" : "UNEXPECTED", citizen.email, citizen.accepted, citizen.lastReceipt, ballot);
            }
        }
        long turnout = survivor.probe().storedBallots(round).size();
        TestSupportClient onSurvivor = cluster.support(1 - killed);
        TestSupportClient onRestarted = cluster.support(killed);
        long shownTurnout = onSurvivor.turnout(round);
        long rows = onRestarted.storedBallots(round);
        long signedOut = citizens.stream().mapToLong(c -> c.signedOutAgain).sum();
        System.out.printf(
                "[cluster] %s SIGKILLed %.1f s into the load (%d citizens stuck to it): accepted %d before, %d while it"
                        + " was down, %d after its restart (%d ms); refused %s / %s / %s; %d in flight at the kill (%d"
                        + " stored); lost %d, unexpected %d; turnout %d, ballot rows %d, citizens with a ballot %d;"
                        + " signed out by the failover: %d%n",
                victimName,
                beforeMillis / 1000.0,
                onVictim,
                before.accepted.get(),
                during.accepted.get(),
                after.accepted.get(),
                restartMillis,
                before.refusals,
                during.refusals,
                after.refusals,
                inFlight,
                inFlightStored,
                lost,
                unexpected,
                shownTurnout,
                rows,
                withBallot,
                signedOut);
        assertTrue(
                before.accepted.get() > 0 && during.accepted.get() > 0 && after.accepted.get() > 0,
                "ballots were accepted in every phase: the test proved something");
        assertEquals(0, lost, "ballots accepted (receipt shown) but not stored");
        assertEquals(0, unexpected, "stored ballots the cluster never accepted nor had in flight");
        assertEquals(0, signedOut, "no citizen had to sign in again: sessions survived the killed node");
        assertEquals(withBallot, rows, "one ballot row per citizen whose ballot was accepted: none double");
        assertEquals(rows, turnout, "every stored ballot is a citizen's");
        assertEquals(rows, shownTurnout, "the turnout the pages show is exact");
    }

    @Test
    @Order(3)
    void aRoundClosedOnOneNodeWhileBallotsArriveOnTheOtherCountsEveryAcceptedBallot() throws Exception {
        int closing = RANDOM.nextInt(2);
        StandaloneServer a = NODES[closing];
        StandaloneServer b = NODES[1 - closing];
        TestSupportClient onA = cluster.support(closing);
        int round = onA.openFreshRound();
        List<Citizen> onB = new ArrayList<>();
        for (Citizen citizen : citizens.subList(0, 40)) {
            onB.add(citizen.pinnedTo(b));
        }
        Load load = new Load(onB);
        load.runFor(2000);
        onA.close(round);
        Instant closed = Instant.now();
        PageClient watcher = onB.get(onB.size() - 1).browser;
        boolean shownClosed = Eventually.value(
                Duration.ofSeconds(5),
                () -> {
                    HttpResponse<String> page = watcher.get("ballot.xhtml");
                    assertEquals(200, page.statusCode(), "the watching citizen is signed in on " + b.uri());
                    return PageClient.ratingGroups(page.body()).isEmpty();
                },
                Boolean::booleanValue);
        long shownAfter = Duration.between(closed, Instant.now()).toMillis();
        load.runFor(1500);
        load.stop();

        Set<String> acceptedReceipts = new HashSet<>();
        long inFlight = 0;
        for (Citizen citizen : onB) {
            if (citizen.roundReceipt != null) {
                acceptedReceipts.add(citizen.roundReceipt);
            }
            if (citizen.inFlight) {
                inFlight++;
            }
        }
        Set<String> storedReceipts = cluster.support(1 - closing).storedReceipts(round);
        System.out.printf(
                "[cluster] round %d closed on %s while %d citizens balloted on %s: %d accepted, %d stored, refused %s,"
                        + " %d in flight; %s showed the close after %d ms%n",
                round,
                a.uri(),
                onB.size(),
                b.uri(),
                acceptedReceipts.size(),
                storedReceipts.size(),
                load.refusals,
                inFlight,
                b.uri(),
                shownAfter);
        assertTrue(load.accepted.get() > 0, "ballots were accepted before the close");
        assertTrue(load.refused.get() > 0, "ballots were refused after the close");
        assertEquals(0, inFlight, "no answer was lost (both nodes ran)");
        assertEquals(
                acceptedReceipts, storedReceipts, "accepted = counted: every receipt shown is stored, nothing else");
        assertTrue(shownClosed, "the other node's ballot page shows the round closed");
        assertTrue(shownAfter <= 1000, "within a second of the close: " + shownAfter + " ms");
    }

    @Test
    @Order(4)
    void aRoundWhoseWindowClosesWhileANodeIsDownClosesExactlyOnce() throws Exception {
        int down = RANDOM.nextInt(2);
        StandaloneServer victim = NODES[down];
        StandaloneServer survivor = NODES[1 - down];
        Instant closesAt = Instant.now().plusSeconds(8);
        int round = NODES[RANDOM.nextInt(2)].probe().scheduleRoundClosingAt(closesAt);
        assertEquals("OPEN", survivor.probe().status(round), "the schedule opened the round at once");
        victim.kill();
        String status = Eventually.value(
                Duration.between(Instant.now(), closesAt).plusSeconds(20),
                () -> survivor.probe().status(round),
                "CLOSED"::equals);
        long closedAfter = Duration.between(closesAt, Instant.now()).toMillis();
        assertEquals("CLOSED", status, "the surviving node closed the round");
        assertEquals(1, survivor.probe().auditEntries(round, "ROUND_CLOSE_BY_SCHEDULE"), "closed once");
        assertNoBallotForm(citizens.get(citizens.size() - 1).pinnedTo(survivor));

        long restartMillis = victim.start().toMillis();
        Citizen lateOnRestarted = citizens.get(citizens.size() - 2).pinnedTo(victim);
        long closes = victim.probe().auditEntries(round, "ROUND_CLOSE_BY_SCHEDULE");
        Map<Integer, Integer> timers = victim.probe().timersPerRound();
        System.out.printf(
                "[cluster] round %d's window closed while %s was down: closed %d ms after its instant by %s; after the"
                        + " restart (%d ms): close audit entries %d, timers per round %s%n",
                round, victim.uri(), closedAfter, survivor.uri(), restartMillis, closes, timers);
        assertEquals(1, closes, "the node that rejoined did not close it again");
        assertNoBallotForm(lateOnRestarted);
        assertEquals(0, timers.getOrDefault(round, 0), "no timer is left for the closed round");
        timers.forEach((number, count) -> assertEquals(1, count, "duplicate timers for round " + number));
        assertEquals(0, cluster.support(1 - down).storedBallots(round), "no ballot after the close");
    }

    /** The administrator's tally page of the round answers, signed in (not the sign-in page). */
    private static void assertTallyPage(PageClient administrator, int round, String when) throws Exception {
        HttpResponse<String> tally = administrator.get("admin/tally.xhtml?round=" + round);
        assertEquals(200, tally.statusCode(), "the tally page, " + when);
        assertTrue(tally.body().contains("id=\"tally-heading\""), "the tally page, signed in, " + when);
    }

    /** A signed-in citizen's ballot page shows no form: nothing can be cast. */
    private static void assertNoBallotForm(Citizen citizen) throws Exception {
        HttpResponse<String> page = citizen.ballotPage();
        assertEquals(200, page.statusCode(), "the citizen is signed in on " + citizen.browser);
        assertTrue(PageClient.ratingGroups(page.body()).isEmpty(), "no ballot form");
    }

    // --- the cluster ---

    /** A browser talking to one node directly, its pages as if from the public address (the balancer's). */
    private static PageClient direct(StandaloneServer node) {
        return new PageClient(node.uri()).withOrigin(PageClient.originOf(cluster.balancerUri()));
    }

    private static Map<String, Long> stickiness(List<Citizen> signedIn) {
        Map<String, Long> perNode = new ConcurrentHashMap<>();
        for (Citizen citizen : signedIn) {
            citizen.node().ifPresent(node -> perNode.merge(node, 1L, Long::sum));
        }
        return perNode;
    }

    private List<Citizen> signUp(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Citizen>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String email = "cluster-" + run + "-" + i + "@example.kr";
                futures.add(pool.submit(() -> {
                    PageClient browser = new PageClient(cluster.balancerUri());
                    assertTrue(browser.signUp(email, "클러스터시험", PASSWORD), "sign-up of " + email);
                    return new Citizen(email, browser);
                }));
            }
            List<Citizen> signedUp = new ArrayList<>();
            for (Future<Citizen> future : futures) {
                signedUp.add(future.get());
            }
            return signedUp;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the test knows of one citizen; one worker at a time holds a citizen. */
    private static final class Citizen {
        final String email;
        final PageClient browser;
        String lastReceipt;
        /** The receipt of the citizen's ballot in the round at hand (test 3). */
        String roundReceipt;

        int accepted;
        boolean inFlight;
        long signedOutAgain;

        Citizen(String email, PageClient browser) {
            this.email = email;
            this.browser = browser;
        }

        /** The node the balancer keeps this citizen on (its stickiness cookie). */
        Optional<String> node() {
            return browser.cookies().getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("SRV"))
                    .map(HttpCookie::getValue)
                    .findFirst();
        }

        /** Forgets the stickiness cookie: the balancer chooses a node again (the session cookie stays). */
        void forgetNode() {
            browser.cookies().getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("SRV"))
                    .toList()
                    .forEach(cookie -> browser.cookies().getCookieStore().remove(null, cookie));
        }

        /** The same citizen (the same session) talking to one node directly, not through the balancer. */
        Citizen pinnedTo(StandaloneServer node) {
            PageClient direct = direct(node);
            browser.cookies().getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .forEach(cookie -> direct.cookies().getCookieStore().add(node.uri(), cookie));
            return new Citizen(email, direct);
        }

        HttpResponse<String> ballotPage() throws Exception {
            return browser.get("ballot.xhtml");
        }
    }

    /** Citizens casting and changing ballots through their pages, as many at a time as there are workers. */
    private static final class Load {
        final LinkedBlockingQueue<Citizen> idle;
        final List<Citizen> inFlight = new CopyOnWriteArrayList<>();
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final Map<String, Long> refusals = new ConcurrentHashMap<>();
        final AtomicBoolean stopping = new AtomicBoolean();
        final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);

        Load(List<Citizen> idle) {
            this.idle = new LinkedBlockingQueue<>(idle);
            for (int i = 0; i < WORKERS; i++) {
                workers.submit(() -> {
                    while (!stopping.get()) {
                        Citizen citizen = this.idle.poll(100, TimeUnit.MILLISECONDS);
                        if (citizen != null) {
                            ballot(citizen);
                            (citizen.inFlight ? inFlight : this.idle).add(citizen);
                        }
                    }
                    return null;
                });
            }
        }

        /** Lets the load run for a while: the moment of the fault or the close is the point of these tests. */
        void runFor(long millis) throws InterruptedException {
            TimeUnit.MILLISECONDS.sleep(millis);
        }

        /** Stops the workers; returns every citizen (those in flight keep their mark for the count). */
        List<Citizen> stop() throws InterruptedException {
            stopping.set(true);
            workers.shutdown();
            if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("load workers did not stop");
            }
            List<Citizen> all = new ArrayList<>(idle);
            all.addAll(inFlight);
            return all;
        }

        private void ballot(Citizen citizen) {
            if (citizen.inFlight) {
                return; // its last ballot's fate is settled by the count
            }
            HttpResponse<String> page;
            try {
                page = citizen.ballotPage();
                if (page.statusCode() == 302) {
                    citizen.signedOutAgain++;
                    if (!citizen.browser.signIn(citizen.email, PASSWORD)) {
                        refusal("sign-in refused");
                        return;
                    }
                    page = citizen.ballotPage();
                }
            } catch (Exception failure) {
                refusal("ballot page unanswered");
                return;
            }
            if (page.statusCode() != 200 || PageClient.ratingGroups(page.body()).isEmpty()) {
                refusal("ballot page HTTP " + page.statusCode());
                return;
            }
            citizen.inFlight = true;
            HttpResponse<String> response;
            try {
                response = citizen.browser.castBallot(
                        page, group -> ThreadLocalRandom.current().nextInt(1, 6));
            } catch (Exception noAnswer) {
                return; // stays in flight: it may or may not have been stored
            }
            if (response.statusCode() >= 500) {
                return; // the balancer's answer for a node that died with the request: in flight too
            }
            citizen.inFlight = false;
            Optional<String> receipt = PageClient.receipt(response.body());
            if (receipt.isPresent()) {
                citizen.lastReceipt = receipt.get();
                citizen.roundReceipt = receipt.get();
                citizen.accepted++;
                accepted.incrementAndGet();
            } else {
                refusal("ballot answer HTTP " + response.statusCode() + " without receipt");
            }
        }

        private void refusal(String kind) {
            refused.incrementAndGet();
            refusals.merge(kind, 1L, Long::sum);
        }
    }
}
