package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.citizenpanel.PanelAdministration;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelSettings;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelView;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.VolunteerForm;
import kr.go.msit.sovereignai.application.citizenpanel.PublicPanels;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.account.IdentityNotVerified;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.citizenpanel.AlreadyVolunteered;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelNotFound;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettingsInvalid;
import kr.go.msit.sovereignai.domain.citizenpanel.SeedAlreadyEntered;
import kr.go.msit.sovereignai.domain.citizenpanel.SeedBeforeDraw;
import kr.go.msit.sovereignai.domain.citizenpanel.SeedMalformed;
import kr.go.msit.sovereignai.domain.citizenpanel.VolunteeringClosed;
import kr.go.msit.sovereignai.domain.sortition.DrawCommitment;
import kr.go.msit.sovereignai.domain.sortition.FeatureSpace;
import kr.go.msit.sovereignai.domain.sortition.LotteryTable;
import kr.go.msit.sovereignai.domain.sortition.LottoNumbers;
import kr.go.msit.sovereignai.domain.sortition.PanelDraw;
import kr.go.msit.sovereignai.domain.sortition.PoolEntry;
import kr.go.msit.sovereignai.domain.sortition.PoolFile;
import kr.go.msit.sovereignai.domain.sortition.Quotas;
import kr.go.msit.sovereignai.infrastructure.time.EjbPanelTimers;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The citizens' panel end to end in the container (issue 23): configuration rules, volunteering rules, the freeze at
 * the deadline (the catch-up the sweep and start-up run) with the pool digest equal to the SHA-256 of the served
 * pool.csv, the commitment before the seed, the seed's refusals, a draw that meets every quota and that anyone can
 * re-run from the served files, and a withdrawal after the draw replaced by the next reserve of the same type. The
 * server's clock is moved to the deadline and the draw date.
 */
class CitizenPanelIT extends ContainerTest {

    private static final FeatureSpace SPACE = FeatureSpace.ministry();
    /** Four members: two of each sex and region, one per age band below 60, proficiency 1/2/1. */
    private static final int[][] QUOTAS = {{2, 2}, {2, 2}, {1, 1, 1, 1, 0}, {1, 2, 1}};

    @Inject
    PanelAdministration administration;

    @Inject
    PublicPanels publicPanels;

    @Inject
    PanelTestSupport support;

    @Inject
    TestSupport testSupport;

    @Inject
    AsAdministrator administrator;

    @Inject
    EjbPanelTimers timers;

    @ArquillianResource
    URL baseUrl;

    @AfterEach
    void releaseClock() {
        ControllableClock.release();
    }

    @Test
    void aPanelIsConfiguredFilledFrozenCommittedDrawnAndReplenished() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int round = testSupport.scheduleRoundWithoutPublishing(
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(20)));
        Instant deadline = now.plus(Duration.ofDays(1));
        Instant drawAt = now.plus(Duration.ofDays(2));

        // Configuration rules: each broken rule refused, nothing stored.
        assertThrows(
                PanelSettingsInvalid.class,
                () -> configure(
                        round, 4, new int[][] {{2, 2}, {2, 2}, {1, 1, 1, 1, 1}, {1, 2, 1}}, deadline, drawAt, 1200));
        assertThrows(PanelSettingsInvalid.class, () -> configure(round, 4, QUOTAS, now.minusSeconds(60), drawAt, 1200));
        assertThrows(
                PanelSettingsInvalid.class,
                () -> configure(round, 4, QUOTAS, deadline, now.plus(Duration.ofDays(30)), 1200));
        assertThrows(PanelSettingsInvalid.class, () -> configure(round, 4, QUOTAS, deadline, drawAt, 0));
        assertThrows(PanelSettingsInvalid.class, () -> configure(round, 0, QUOTAS, deadline, drawAt, 1200));
        assertThrows(PanelNotFound.class, () -> administrator.call(() -> administration.panel(round)));
        PanelView configured = configure(round, 4, QUOTAS, deadline, drawAt, 1200);
        assertEquals(PanelViews.Stage.VOLUNTEERING, configured.stage());
        assertFalse(configured.feasible(), "no volunteers yet");
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_CONFIGURED"));
        assertTrue(publicPanels.file(round, "quotas.csv").isPresent());
        assertTrue(publicPanels.file(round, "pool.csv").isEmpty(), "no pool before the deadline");
        assertEquals(404, get("api/rounds/" + round + "/panel/pool.csv").statusCode());

        // Volunteers: two of every (sex, region, age band) with the proficiency the band's quota wants.
        int year = deadline.atZone(KoreanTime.ZONE).getYear();
        List<String> emails = new ArrayList<>();
        List<VolunteerForm> forms = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int sex = i % 2;
            int region = (i / 2) % 2;
            int band = (i / 4) % 4;
            emails.add(support.citizen(sex == 0 ? Sex.F : Sex.M, year - (24 + 10 * band)));
            List<Integer> answers = switch (band) {
                case 0 -> List.of(0, 0, 0, 1, 0); // LOW
                case 3 -> List.of(2, 2, 2, 2, 1); // HIGH
                default -> List.of(1, 1, 1, 1, 1); // MID
            };
            forms.add(new VolunteerForm(null, null, region == 0 ? "SEOUL" : "BUSAN", answers));
        }
        List<String> pseudonyms = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            VolunteerForm form = forms.get(i);
            pseudonyms.add(
                    support.as(emails.get(i), v -> v.volunteer(round, form)).pseudonym());
        }
        assertTrue(pseudonyms.get(0).matches("[0-9a-f]{16}"));
        PanelViews.VolunteerView first =
                support.as(emails.get(0), v -> v.mine(round)).orElseThrow();
        assertTrue(first.sexVerified() && first.birthYearVerified());
        assertEquals("CAPITAL", first.region());
        assertEquals("LOW", first.proficiency());

        // The same person twice: refused, nothing changed. Withdraw and volunteer again: the same entry, active.
        assertThrows(AlreadyVolunteered.class, () -> support.as(emails.get(0), v -> v.volunteer(round, forms.get(0))));
        support.as(emails.get(0), v -> {
            v.withdraw(round);
            return null;
        });
        assertTrue(support.as(emails.get(0), v -> v.mine(round)).orElseThrow().withdrawn());
        assertEquals(
                pseudonyms.get(0),
                support.as(emails.get(0), v -> v.volunteer(round, forms.get(0))).pseudonym());
        // Unverified: refused as ballots refuse it. One more verified citizen withdraws for good: not in the pool.
        String unverified = support.citizen(null, null);
        assertThrows(IdentityNotVerified.class, () -> support.as(unverified, v -> v.volunteer(round, forms.get(1))));
        String leaver = support.citizen(Sex.F, year - 44);
        support.as(leaver, v -> v.volunteer(round, forms.get(0)));
        support.as(leaver, v -> {
            v.withdraw(round);
            return null;
        });
        PanelView filled = administrator.call(() -> administration.panel(round));
        assertEquals(32, filled.volunteers());
        assertTrue(filled.feasible(), String.valueOf(filled.conflicts()));

        // The deadline: volunteering closed; the catch-up freezes the pool and commits the lottery.
        ControllableClock.pin(deadline.plusSeconds(1));
        String late = support.citizen(Sex.M, year - 30);
        assertThrows(VolunteeringClosed.class, () -> support.as(late, v -> v.volunteer(round, forms.get(1))));
        timers.reconcile();
        timers.reconcile(); // idempotent
        PanelView committed = publicPanels.panel(round).orElseThrow();
        assertEquals(PanelViews.Stage.COMMITTED, committed.stage());
        assertEquals(32, committed.poolSize());
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_POOL_FROZEN"));
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_LOTTERY_COMMITTED"));
        HttpResponse<byte[]> servedPool = get("api/rounds/" + round + "/panel/pool.csv");
        assertEquals(200, servedPool.statusCode());
        assertTrue(servedPool.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String poolCsv = new String(servedPool.body(), StandardCharsets.UTF_8);
        assertEquals(PoolFile.digest(poolCsv), committed.poolDigest(), "the published digest is the served pool's");
        String quotasCsv = body("quotas.csv", round);
        String tableCsv = body("table.csv", round);
        assertEquals(
                DrawCommitment.of(poolCsv, quotasCsv, tableCsv, "lotto645:1200"),
                committed.commitment(),
                "the commitment, published before the seed, covers the served files");
        assertNull(committed.seed());
        assertNotNull(committed.leximinMinimum());
        assertEquals(60, committed.types().size());
        assertEquals(404, get("api/rounds/" + round + "/panel/draw.csv").statusCode());

        // The seed: before the draw, in the wrong form, then once.
        assertThrows(
                SeedBeforeDraw.class,
                () -> administrator.call(() -> administration.enterSeed(round, "03-11-19-27-38-42+07")));
        ControllableClock.pin(drawAt.plusSeconds(1));
        assertThrows(SeedMalformed.class, () -> administrator.call(() -> administration.enterSeed(round, "1-2-3")));
        assertEquals(
                PanelViews.Stage.COMMITTED,
                publicPanels.panel(round).orElseThrow().stage(),
                "nothing changed");
        PanelView drawn = administrator.call(() -> administration.enterSeed(round, "3 11 19 27 38 42 + 7"));
        assertEquals(PanelViews.Stage.DRAWN, drawn.stage());
        assertEquals("03-11-19-27-38-42+07", drawn.lottoNumbers());
        assertEquals(4, drawn.seatedMembers());
        assertThrows(
                SeedAlreadyEntered.class,
                () -> administrator.call(() -> administration.enterSeed(round, "01-02-03-04-05-06+07")));
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_DRAWN"));

        // Anyone re-runs the draw from the served files and gets the served draw.csv byte for byte.
        String drawCsv = body("draw.csv", round);
        List<PoolEntry> pool = PoolFile.parse(SPACE, poolCsv);
        Quotas quotas = Quotas.parseCsv(SPACE, quotasCsv);
        LotteryTable table = LotteryTable.parseCsv(quotas, PoolFile.count(SPACE, pool), tableCsv);
        byte[] seed = DrawCommitment.seed(committed.commitment(), LottoNumbers.parse("03-11-19-27-38-42+07"));
        assertEquals(PanelDraw.draw(table, seed, pool).toCsv(SPACE), drawCsv);

        // Every quota met exactly by the members.
        Map<String, Integer> typeOf = new HashMap<>();
        pool.forEach(e -> typeOf.put(e.pseudonym(), e.type()));
        int[][] met = {new int[2], new int[2], new int[5], new int[3]};
        for (String member : drawn.memberPseudonyms()) {
            int[] values = SPACE.valuesOf(typeOf.get(member));
            for (int f = 0; f < 4; f++) {
                met[f][values[f]]++;
            }
        }
        for (int f = 0; f < 4; f++) {
            assertEquals(java.util.Arrays.toString(QUOTAS[f]), java.util.Arrays.toString(met[f]));
        }
        assertEquals(
                PanelViews.Seat.MEMBER,
                publicPanels.check(round, drawn.memberPseudonyms().get(0)));
        assertEquals(PanelViews.Seat.NOT_DRAWN, publicPanels.check(round, "0000000000000000"));

        // A member withdraws after the draw: the panel shrinks; the replacement seats the type's first reserve.
        String leaving = drawn.memberPseudonyms().get(0);
        String leavingEmail = emails.get(pseudonyms.indexOf(leaving));
        support.as(leavingEmail, v -> {
            v.withdraw(round);
            return null;
        });
        PanelView shrunk = publicPanels.panel(round).orElseThrow();
        assertEquals(3, shrunk.seatedMembers());
        assertEquals(1, shrunk.withdrawnMembers());
        String label = SPACE.typeLabel(typeOf.get(leaving));
        String firstReserve = drawCsv.lines()
                .filter(line -> line.endsWith("," + label + ",RESERVE,1"))
                .map(line -> line.substring(0, line.indexOf(',')))
                .findFirst()
                .orElseThrow();
        PanelView replenished = administrator.call(() -> administration.replaceWithdrawnMembers(round));
        assertEquals(4, replenished.seatedMembers());
        assertTrue(replenished.memberPseudonyms().contains(firstReserve), firstReserve + " seated");
        assertFalse(replenished.memberPseudonyms().contains(leaving));
        assertEquals(drawCsv, body("draw.csv", round), "the published draw never changes");
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_MEMBERS_REPLACED"));
    }

    private PanelView configure(int round, int size, int[][] quotas, Instant deadline, Instant drawAt, int lotto) {
        return administrator.call(
                () -> administration.configure(round, new PanelSettings(size, quotas, deadline, lotto, drawAt)));
    }

    private String body(String name, int round) throws Exception {
        HttpResponse<byte[]> response = get("api/rounds/" + round + "/panel/" + name);
        assertEquals(200, response.statusCode(), name);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl.toString()).resolve(path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
