package kr.go.msit.sovereignai.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.go.msit.sovereignai.fault.ServerDatabase;
import kr.go.msit.sovereignai.fault.StandaloneServer;
import kr.go.msit.sovereignai.it.Deployments;
import kr.go.msit.sovereignai.it.Eventually;
import kr.go.msit.sovereignai.it.PageClient;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The platform as a cluster, as cluster/start.sh runs it: the server made by cluster/configure.sh, two nodes on
 * {@code standalone-ha.xml} (each with its own base directory, the WAR distributable, with the tests' support
 * servlets) on one fresh PostgreSQL database, started at once, behind Debian's HAProxy with cluster/haproxy.cfg.
 * For {@link ClusterIT} and the cluster benchmark.
 */
public final class ClusterNodes implements AutoCloseable {

    /** {@code -Dcluster.port.offset} moves every port of the cluster, for a parallel build. */
    private static final int OFFSET = Integer.getInteger("cluster.port.offset", 0);

    /** The nodes' port offsets: HTTP 8600 and 8700, JGroups 8120 and 8220, management 10510 and 10610. */
    public static final int[] NODE_OFFSETS = {520 + OFFSET, 620 + OFFSET};

    public static final int BALANCER_PORT = 8480 + OFFSET;

    private final StandaloneServer[] nodes;
    private final Balancer balancer;
    private final Duration configured;
    private final List<Duration> boots;

    private ClusterNodes(StandaloneServer[] nodes, Balancer balancer, Duration configured, List<Duration> boots) {
        this.nodes = nodes;
        this.balancer = balancer;
        this.configured = configured;
        this.boots = boots;
    }

    /**
     * Configures the nodes' server from {@code jbossHome} under {@code root}, creates the database
     * {@code platform_<name>} afresh, starts both nodes at once and the balancer, and returns once the balancer sends
     * visitors to both and both nodes see one cluster of two.
     */
    public static ClusterNodes start(Path root, Path jbossHome, String name) throws Exception {
        Path server = root.resolve("server");
        long configureStarted = System.nanoTime();
        Process configure = new ProcessBuilder("bash", "cluster/configure.sh", server.toString(), jbossHome.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        Files.createDirectories(root).resolve("configure.log").toFile())
                .start();
        assertTrue(configure.waitFor(5, TimeUnit.MINUTES), "cluster/configure.sh finished");
        assertEquals(
                0, configure.exitValue(), "cluster/configure.sh: " + Files.readString(root.resolve("configure.log")));
        Duration configured = Duration.ofNanos(System.nanoTime() - configureStarted);

        ServerDatabase database = ServerDatabase.fresh("platform_" + name);
        URI balancerUri = URI.create("http://localhost:" + BALANCER_PORT + "/");
        StandaloneServer[] nodes = new StandaloneServer[2];
        for (int n = 0; n < 2; n++) {
            String node = "node" + (n + 1);
            WebArchive war = Deployments.distributable(Deployments.platform());
            nodes[n] = new StandaloneServer(
                    server,
                    root.resolve(node),
                    NODE_OFFSETS[n],
                    database,
                    "standalone-ha.xml",
                    List.of(
                            "-Djboss.node.name=" + node,
                            "-Djboss.tx.node.id=" + node,
                            "-Dplatform.cluster.peer1.port=" + (7600 + NODE_OFFSETS[0]),
                            "-Dplatform.cluster.peer2.port=" + (7600 + NODE_OFFSETS[1]),
                            "-Dplatform.trusted.proxies=127.0.0.1",
                            "-Dplatform.public.url=" + balancerUri),
                    war);
            Runtime.getRuntime().addShutdownHook(new Thread(nodes[n]::close));
        }
        List<Duration> boots = startTogether(nodes);
        Balancer balancer = Balancer.start(
                BALANCER_PORT, 8080 + NODE_OFFSETS[0], 8080 + NODE_OFFSETS[1], root.resolve("haproxy.log"));
        ClusterNodes cluster = new ClusterNodes(nodes, balancer, configured, boots);
        Set<String> served =
                Eventually.value(Duration.ofSeconds(30), cluster::nodesBehindTheBalancer, s -> s.size() == 2);
        assertEquals(Set.of("node1", "node2"), served, "the balancer sends visitors to both nodes");
        for (StandaloneServer node : nodes) {
            assertEquals(
                    List.of("node1", "node2"),
                    ClusterViews.lastMembers(Files.readString(node.serverLog())),
                    "both are members of one cluster: " + node.uri());
        }
        return cluster;
    }

    public StandaloneServer node(int index) {
        return nodes[index];
    }

    public URI balancerUri() {
        return balancer.uri();
    }

    /** The test support of one node, posting as the site's pages do (from the balancer's address). */
    public TestSupportClient support(int index) throws Exception {
        return new TestSupportClient(nodes[index].uri().toURL(), PageClient.originOf(balancer.uri()));
    }

    /** How long cluster/configure.sh took, and each node's first start (both at once). */
    public String startFigures() {
        return "configured in " + configured.toMillis() + " ms, node1 and node2 up together in "
                + boots.stream().map(Duration::toMillis).toList() + " ms";
    }

    /** Starts both nodes at once (as an operator's two machines would) and waits for both. */
    private static List<Duration> startTogether(StandaloneServer... nodes) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(nodes.length);
        try {
            List<Future<Duration>> boots = new ArrayList<>();
            for (StandaloneServer node : nodes) {
                boots.add(starting.submit(node::start));
            }
            List<Duration> durations = new ArrayList<>();
            for (Future<Duration> boot : boots) {
                durations.add(boot.get(5, TimeUnit.MINUTES));
            }
            return durations;
        } finally {
            starting.shutdownNow();
        }
    }

    /** The nodes fresh visitors are sent to (the balancer's stickiness cookie names them). */
    private Set<String> nodesBehindTheBalancer() throws Exception {
        Set<String> seen = new HashSet<>();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // as browsers speak plain http; no h2c upgrade
                .build();
        for (int i = 0; i < 6; i++) {
            HttpResponse<Void> answer = client.send(
                    HttpRequest.newBuilder(balancer.uri().resolve("api/rounds")).build(),
                    HttpResponse.BodyHandlers.discarding());
            answer.headers().allValues("Set-Cookie").stream()
                    .flatMap(header -> HttpCookie.parse(header).stream())
                    .filter(cookie -> cookie.getName().equals("SRV"))
                    .forEach(cookie -> seen.add(cookie.getValue()));
        }
        return seen;
    }

    @Override
    public void close() {
        balancer.close();
        for (StandaloneServer node : nodes) {
            node.close();
        }
    }
}
