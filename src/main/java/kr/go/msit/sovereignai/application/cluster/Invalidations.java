package kr.go.msit.sovereignai.application.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Tells every node's caches that what they hold about a topic has changed. A cache notes the topic's {@link #mark}
 * before it loads, and keeps what it loaded while the mark stays the same; {@link #changed} gives the topic a new mark
 * on every node at once (a replicated write, synchronous). A mark that expires (its map forgets after 10 minutes) reads
 * as {@code null}, which also differs from any mark a cache noted, so the worst a lost mark costs is one load more.
 */
@ApplicationScoped
public class Invalidations {

    /** Round and team states: the open round and the turnout the ballot pages show. */
    public static final String ROUNDS_AND_TEAMS = "rounds-and-teams";

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
        maps.invalidations().put(topic, UUID.randomUUID().toString());
    }

    /** Whether a cache that noted {@code noted} may keep what it loaded. */
    public boolean unchanged(String topic, String noted) {
        String now = mark(topic);
        return noted == null ? now == null : noted.equals(now);
    }
}
