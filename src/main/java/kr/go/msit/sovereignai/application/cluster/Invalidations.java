package kr.go.msit.sovereignai.application.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every node's caches that what they hold about a topic has changed. A cache notes the topic's {@link #mark}
 * before it loads, and keeps what it loaded while the mark stays the same; {@link #changed} gives the topic a new mark
 * on every node at once (a replicated write, synchronous). A mark is lost when its map forgets it (after 10 minutes, or
 * beyond the map's size) or when the write fails (a cluster in trouble: logged, never thrown into the change that
 * asked it); a cache that noted no mark then keeps what it loaded until its own time limit (a few seconds for rounds,
 * turnout and credentials; ten minutes for an open arena's material, which cannot change while it is open), no
 * longer.
 */
@ApplicationScoped
public class Invalidations {

    /** Round and team states: the open round and the turnout the ballot pages show. */
    public static final String ROUNDS_AND_TEAMS = "rounds-and-teams";

    private static final Logger LOG = Logger.getLogger(Invalidations.class.getName());

    @Inject
    SharedMaps maps;

    protected Invalidations() {
        // for CDI proxies
    }

    /** For tests. */
    public Invalidations(SharedMaps maps) {
        this.maps = maps;
    }

    /** The topic's mark now; note it before loading what it guards. */
    public String mark(String topic) {
        return maps.invalidations().get(topic);
    }

    /** What a topic guards has changed: every cache holding it loads afresh. */
    public void changed(String topic) {
        try {
            maps.invalidations().put(topic, UUID.randomUUID().toString());
        } catch (RuntimeException lost) {
            // The change itself stands: the caches' own time limits bound what this costs.
            LOG.log(Level.WARNING, "Could not tell every node that " + topic + " changed", lost);
        }
    }

    /** Whether a cache that noted {@code noted} may keep what it loaded. */
    public boolean unchanged(String topic, String noted) {
        String now = mark(topic);
        return noted == null ? now == null : noted.equals(now);
    }
}
