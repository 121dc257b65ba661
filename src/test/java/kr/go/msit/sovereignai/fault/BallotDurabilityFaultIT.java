package kr.go.msit.sovereignai.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import kr.go.msit.sovereignai.it.Eventually;
import kr.go.msit.sovereignai.it.FaultProbe.StoredBallot;
import kr.go.msit.sovereignai.it.FaultProbeClient;
import kr.go.msit.sovereignai.it.PageClient;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Fault injection: the platform runs as a real WildFly process on its own data (not the
 * Arquillian-managed server, which cannot be killed), and is SIGKILLed at random moments while
 * citizens cast and change ballots through the real pages, then restarted on the same data.
 * After every restart each citizen's stored ballot must be the last one the server accepted (or
 * the one in flight at the kill) and the turnout must equal the citizens with a ballot. A second
 * case kills the server around a round's closing instant: after the restart it is closed once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BallotDurabilityFaultIT {

    /** Its own ports (8280, 10190 by default), beside the Arquillian server; {@code -Dfault.port.offset} moves them for a parallel build. */
    private static final int PORT_OFFSET = Integer.getInteger("fault.port.offset", 200);
    /** Citizens voting from the start; more join during each load phase, so first ballots are in flight at the kills too. */
    private static final int FIRST_CITIZENS = 15;

    private static final int JOINING_PER_LOAD = 20;
    private static final int CITIZENS = FIRST_CITIZENS + 3 * JOINING_PER_LOAD;
    private static final int WORKERS = 16;
    private static final int KILLS = 3;
    private static final String PASSWORD = "fault-password-1";

    private static final long SEED = Long.getLong("fault.seed", System.nanoTime());
    private static final Random RANDOM = new Random(SEED);

    private static StandaloneServer server;
    private static FaultProbeClient probe;
    private static TestSupportClient support;
    private static final List<Long> RESTART_MILLIS = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        Path jbossHome = Path.of(Objects.requireNonNull(
                System.getProperty("jboss.home"),
                "jboss.home (the unpacked, configured WildFly) is passed by failsafe; run `mvn verify`"));
        server = new StandaloneServer(
                jbossHome,
                Path.of("target/fault-server").toAbsolutePath(),
                PORT_OFFSET,
                ServerDatabase.fresh("platform_fault"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Duration boot = server.start();
        probe = server.probe();
        support = new TestSupportClient(server.uri().toURL());
        System.out.printf(
                "[fault] server up on %s in %d ms (seed %d: rerun with -Dfault.seed=%d)%n",
                server.uri(), boot.toMillis(), SEED, SEED);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static long restart() throws Exception {
        long millis = server.start().toMillis();
        RESTART_MILLIS.add(millis);
        return millis;
    }

    /** What the test knows of one citizen; only one worker at a time holds a citizen. */
    private static final class Citizen {
        final String email;
        final PageClient browser;
        String lastReceipt;
        /** Ballots accepted (receipt shown): the stored revision, once every acceptance is stored. */
        int accepted;
        /** A ballot POST was sent and no answer came (the kill). */
        boolean inFlight;

        Citizen(String email, PageClient browser) {
            this.email = email;
            this.browser = browser;
        }
    }

    @Test
    @Order(1)
    void everyAcceptedBallotSurvivesSigkillsDuringConcurrentVoting() throws Exception {
        int round = support.openFreshRound();
        long signUpStarted = System.nanoTime();
        List<Citizen> citizens = signUp(CITIZENS);
        System.out.printf(
                "[fault] %d citizens signed up through the real pages in %d ms; round %d open%n",
                CITIZENS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signUpStarted), round);
        AtomicLong acceptedTotal = new AtomicLong();
        long lostTotal = 0;
        long unexpectedTotal = 0;
        List<String> disagreements = new ArrayList<>();
        List<Citizen> idle = new ArrayList<>(citizens.subList(0, FIRST_CITIZENS));
        List<Citizen> joining = new ArrayList<>(citizens.subList(FIRST_CITIZENS, CITIZENS));

        for (int kill = 1; kill <= KILLS; kill++) {
            long loadMillis = 4000 + RANDOM.nextInt(6001);
            List<Citizen> newcomers = new ArrayList<>(joining.subList(0, Math.min(JOINING_PER_LOAD, joining.size())));
            joining.removeAll(newcomers);
            Load load = new Load(idle, newcomers, loadMillis, acceptedTotal);
            load.start();
            // The fault's moment is the point of the test, so here it is waited for rather than polled.
            Thread.sleep(loadMillis);
            server.sigkill();
            long acceptedBeforeKill = load.accepted.get();
            idle = load.stop();
            joining.addAll(0, load.notJoined());
            server.awaitDown();
            long restartMillis = restart();

            Map<String, StoredBallot> stored = probe.storedBallots(round);
            long lost = 0;
            long unexpected = 0;
            long inFlight = 0;
            long inFlightStored = 0;
            long acceptedWithBallot = 0; // citizens whose ballot the server accepted (or stored from flight)
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
                        // The ballot in flight at the kill was committed: it is now the last one stored.
                        inFlightStored++;
                        citizen.accepted++;
                        citizen.lastReceipt = ballot.receipt();
                        asAccepted = true;
                    }
                    idle.add(citizen);
                }
                if (citizen.accepted > 0) {
                    acceptedWithBallot++;
                }
                if (!asAccepted) {
                    boolean older = ballot == null || ballot.revision() < citizen.accepted;
                    if (older) {
                        lost++;
                    } else {
                        unexpected++;
                    }
                    if (lost + unexpected <= 5) {
                        System.out.printf(
                                "[fault]   %s %s: accepted revision %d receipt %s, stored %s%n",
                                older ? "LOST" : "UNEXPECTED",
                                citizen.email,
                                citizen.accepted,
                                citizen.lastReceipt,
                                ballot);
                    }
                    // Go on from what is stored, so the next kill is judged on its own.
                    citizen.accepted = ballot == null ? 0 : ballot.revision();
                    citizen.lastReceipt = ballot == null ? null : ballot.receipt();
                }
            }
            long turnout = support.turnout(round);
            long rows = support.storedBallots(round);
            lostTotal += lost;
            unexpectedTotal += unexpected;
            System.out.printf(
                    "[fault] kill %d at %.1f s into the load: %d ballots accepted in it (%d refused, %d failed to connect), "
                            + "%d in flight (%d of them stored), lost %d, unexpected %d; restart %d ms; turnout %d, ballot rows %d, "
                            + "citizens with a stored ballot %d, with an accepted one %d (of %d)%n",
                    kill,
                    loadMillis / 1000.0,
                    acceptedBeforeKill,
                    load.refused.get(),
                    load.failed.get(),
                    inFlight,
                    inFlightStored,
                    lost,
                    unexpected,
                    restartMillis,
                    turnout,
                    rows,
                    stored.size(),
                    acceptedWithBallot,
                    CITIZENS);
            if (!load.refusals.isEmpty()) {
                System.out.printf("[fault]   refusals: %s%n", load.refusals);
            }
            assertTrue(
                    acceptedBeforeKill > 0,
                    "the load cast no ballot before kill " + kill + ": the test proved nothing");
            if (turnout != rows || rows != stored.size() || stored.size() != acceptedWithBallot) {
                disagreements.add("kill " + kill + ": turnout " + turnout + ", ballot rows " + rows
                        + ", citizens with a stored ballot " + stored.size() + ", with an accepted ballot "
                        + acceptedWithBallot);
            }
        }
        System.out.printf(
                "[fault] TOTAL: %d kills, %d citizens, %d ballots accepted, %d lost, %d unexpected, restart times %s ms%n",
                KILLS, CITIZENS, acceptedTotal.get(), lostTotal, unexpectedTotal, RESTART_MILLIS);
        assertEquals(0, lostTotal, "ballots accepted (receipt shown) but not stored after a kill");
        assertEquals(0, unexpectedTotal, "stored ballots the server never accepted nor had in flight");
        assertEquals(List.of(), disagreements, "turnout == ballot rows == citizens with a ballot after every restart");
    }

    @Test
    @Order(2)
    void aRoundWhoseCloseIsDueAtTheKillIsClosedExactlyOnceAfterTheRestart() throws Exception {
        // Killed at random just before the closing instant (the close falls due while the server is down)
        // or just after it (while the timer fires and commits); -Dfault.close.kills=2 does both sides in one run.
        int kills = Integer.getInteger("fault.close.kills", 1);
        boolean first = RANDOM.nextBoolean();
        for (int k = 0; k < kills; k++) {
            boolean before = k % 2 == 0 ? first : !first;
            Instant closesAt = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
            int round = probe.scheduleRoundClosingAt(closesAt);
            assertEquals("OPEN", probe.status(round), "the schedule opened the round at once");
            assertEquals(1, probe.timersPerRound().getOrDefault(round, 0), "one timer waits for the close");
            long offset = before ? -(200 + RANDOM.nextInt(1300)) : RANDOM.nextInt(500);
            // The fault's moment is the point of the test, so here it is waited for rather than polled.
            Thread.sleep(Math.max(
                    0,
                    Duration.between(Instant.now(), closesAt.plusMillis(offset)).toMillis()));
            server.kill();
            Instant killedAt = Instant.now();
            long restartMillis = restart();

            String status = Eventually.value(Duration.ofSeconds(10), () -> probe.status(round), "CLOSED"::equals);
            long closes = probe.auditEntries(round, "ROUND_CLOSE_BY_SCHEDULE");
            long opens = probe.auditEntries(round, "ROUND_OPEN_BY_SCHEDULE");
            Map<Integer, Integer> timers = probe.timersPerRound();
            System.out.printf(
                    "[fault] round %d closing at %s, killed %+d ms from it (%s): restart %d ms, status %s, "
                            + "close audit entries %d, open audit entries %d, timers per round %s%n",
                    round,
                    closesAt,
                    Duration.between(closesAt, killedAt).toMillis(),
                    before ? "before" : "after",
                    restartMillis,
                    status,
                    closes,
                    opens,
                    timers);
            assertEquals("CLOSED", status, "the round is closed after the restart");
            assertEquals(1, closes, "one ROUND_CLOSE_BY_SCHEDULE audit entry");
            assertEquals(1, opens, "one ROUND_OPEN_BY_SCHEDULE audit entry");
            assertEquals(0, timers.getOrDefault(round, 0), "no timer is left for the closed round");
            timers.forEach((number, count) -> assertEquals(1, count, "duplicate timers for round " + number));
        }
        System.out.printf("[fault] restart times so far %s ms%n", RESTART_MILLIS);
    }

    private List<Citizen> signUp(int count) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Citizen>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String email = "fault-" + run + "-" + i + "@example.kr";
                futures.add(pool.submit(() -> {
                    PageClient browser = new PageClient(server.uri());
                    assertTrue(browser.signUp(email, "장애시험", PASSWORD), "sign-up of " + email);
                    return new Citizen(email, browser);
                }));
            }
            List<Citizen> citizens = new ArrayList<>();
            for (Future<Citizen> future : futures) {
                citizens.add(future.get());
            }
            return citizens;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Citizens casting and changing ballots through the real pages, as many at a time as there are
     * workers; the newcomers join one by one over the expected length of the load.
     */
    private static final class Load {
        final LinkedBlockingQueue<Citizen> idle;
        final List<Citizen> newcomers;
        final Set<Citizen> joined = ConcurrentHashMap.newKeySet();
        final ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
        final long spanMillis;
        final AtomicLong total;
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final Map<String, Long> refusals = new ConcurrentHashMap<>();
        final List<Citizen> inFlight = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicBoolean stopping = new AtomicBoolean();
        final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);

        Load(List<Citizen> idle, List<Citizen> newcomers, long spanMillis, AtomicLong total) {
            this.idle = new LinkedBlockingQueue<>(idle);
            this.newcomers = newcomers;
            this.spanMillis = spanMillis;
            this.total = total;
        }

        void start() {
            for (int i = 0; i < newcomers.size(); i++) {
                Citizen newcomer = newcomers.get(i);
                arrivals.schedule(
                        () -> {
                            joined.add(newcomer);
                            idle.add(newcomer);
                        },
                        i * spanMillis / newcomers.size(),
                        TimeUnit.MILLISECONDS);
            }
            for (int i = 0; i < WORKERS; i++) {
                workers.submit(() -> {
                    while (!stopping.get()) {
                        Citizen citizen = idle.poll(100, TimeUnit.MILLISECONDS);
                        if (citizen != null) {
                            ballot(citizen);
                            (citizen.inFlight ? inFlight : idle).add(citizen);
                        }
                    }
                    return null;
                });
            }
        }

        /** After the kill: lets the workers finish (their requests fail at once) and returns the citizens free to vote again. */
        List<Citizen> stop() throws InterruptedException {
            stopping.set(true);
            arrivals.shutdownNow();
            if (!arrivals.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("arrivals did not stop");
            }
            workers.shutdown();
            if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("load workers did not stop");
            }
            return new ArrayList<>(idle);
        }

        /** Newcomers whose turn had not come when the load stopped. */
        List<Citizen> notJoined() {
            return newcomers.stream().filter(c -> !joined.contains(c)).toList();
        }

        /** One ballot as a browser casts it (signing in again when the session is gone): GET the page, POST the confirmed form. */
        private void ballot(Citizen citizen) {
            HttpResponse<String> page;
            try {
                page = citizen.browser.get("ballot.xhtml");
                if (page.statusCode() == 302) {
                    if (!citizen.browser.signIn(citizen.email, PASSWORD)) {
                        refusal("sign-in refused");
                        return;
                    }
                    page = citizen.browser.get("ballot.xhtml");
                }
            } catch (Exception failure) {
                failed.incrementAndGet(); // nothing sent that could cast a ballot
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
            citizen.inFlight = false;
            Optional<String> receipt = PageClient.receipt(response.body());
            if (receipt.isPresent()) {
                citizen.lastReceipt = receipt.get();
                citizen.accepted++;
                accepted.incrementAndGet();
                total.incrementAndGet();
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
