package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import kr.go.msit.sovereignai.application.citizenpanel.PanelAdministration;
import kr.go.msit.sovereignai.application.citizenpanel.PanelFreeze;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelSettings;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelView;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.VolunteerForm;
import kr.go.msit.sovereignai.application.citizenpanel.PublicPanels;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.account.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: with two nodes the panel's deadline can be acted on by both at once (a timer, a sweep, a start). The freeze
 * and the lottery's commitment rest on the panel's row lock and its status (PanelFreezeSteps), not on anything in one
 * JVM: four runs at once, standing in for the nodes, freeze the pool once and commit one lottery.
 */
class PanelFreezeAcrossNodesIT extends ContainerTest {

    /** One member: a woman of the capital region, 19-29, of low proficiency. */
    private static final int[][] ONE = {{1, 0}, {1, 0}, {1, 0, 0, 0, 0}, {1, 0, 0}};

    private static final List<Integer> LOW = List.of(0, 0, 0, 1, 0);

    @Inject
    PanelAdministration administration;

    @Inject
    PublicPanels publicPanels;

    @Inject
    PanelFreeze freeze;

    @Inject
    PanelTestSupport support;

    @Inject
    TestSupport testSupport;

    @Inject
    AsAdministrator administrator;

    @AfterEach
    void releaseClock() {
        ControllableClock.release();
    }

    @Test
    void aDeadlineActedOnByEveryNodeAtOnceFreezesThePoolOnceAndCommitsOneLottery() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int round = testSupport.scheduleRoundWithoutPublishing(
                now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(20)));
        Instant deadline = now.plus(Duration.ofDays(1));
        administrator.call(() -> administration.configure(
                round, new PanelSettings(1, ONE, deadline, 1200, deadline.plus(Duration.ofDays(1)))));
        int year = deadline.atZone(KoreanTime.ZONE).getYear();
        for (int i = 0; i < 3; i++) {
            String citizen = support.citizen(Sex.F, year - 24);
            support.as(citizen, v -> v.volunteer(round, new VolunteerForm(null, null, "SEOUL", LOW)));
        }

        ControllableClock.pin(deadline.plusSeconds(1));
        Callable<Void> node = () -> {
            freeze.runDue(round);
            return null;
        };
        Concurrently.allAtOnce(List.of(node, node, node, node), 4);

        PanelView panel = publicPanels.panel(round).orElseThrow();
        assertEquals(PanelViews.Stage.COMMITTED, panel.stage());
        assertEquals(3, panel.poolSize());
        assertNotNull(panel.commitment());
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_POOL_FROZEN"), "frozen once");
        assertEquals(1, testSupport.roundAuditEntries(round, "PANEL_LOTTERY_COMMITTED"), "one lottery committed");
    }
}
