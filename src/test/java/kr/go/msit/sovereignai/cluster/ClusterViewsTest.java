package kr.go.msit.sovereignai.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterViewsTest {

    /** Lines as WildFly 39 logs them (copied from a node of ClusterIT). */
    private static final String JOINED =
            "2026-12-07 19:46:39,194 INFO  [org.jboss.as.clustering.jgroups] (ServerService"
                    + " Thread Pool -- 87) WFLYCLJG0033: Connected 'ee' channel. 'node2' joined cluster 'ejb' with view:"
                    + " [node1(v=16.0.5)|1] (2) [node2(v=16.0.5), node1(v=16.0.5)]\n";

    private static final String ALONE = "2026-12-07 19:47:02,001 INFO  [org.infinispan.LIFECYCLE] (thread-9,ejb,"
            + "node2(v=16.0.5)) [Context=org.infinispan.CONFIG] ISPN100002: Starting rebalance with members [node2],"
            + " phase READ_OLD_WRITE_ALL, topology id 4\n";

    @Test
    void theLastViewWinsAndItsMembersAreSortedWithoutTheirVersions() {
        assertEquals(List.of("node1", "node2"), ClusterViews.lastMembers(JOINED));
        assertEquals(List.of("node2"), ClusterViews.lastMembers(JOINED + ALONE));
    }

    @Test
    void aLogWithoutAViewHasNoMembers() {
        assertEquals(List.of(), ClusterViews.lastMembers("WFLYSRV0025: WildFly started\n"));
    }
}
