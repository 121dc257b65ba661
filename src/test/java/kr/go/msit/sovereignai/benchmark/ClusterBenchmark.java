package kr.go.msit.sovereignai.benchmark;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import kr.go.msit.sovereignai.cluster.ClusterNodes;
import kr.go.msit.sovereignai.fault.ServerDatabase;
import kr.go.msit.sovereignai.fault.StandaloneServer;
import kr.go.msit.sovereignai.it.Deployments;
import kr.go.msit.sovereignai.it.TestSupportClient;

/**
 * Issue 25's figures: {@link BallotLoadBenchmark} at saturation against, one after the other on one PostgreSQL,
 * (1) one server as `mvn wildfly:run` runs it (standalone.xml, sessions not replicated), (2) two cluster nodes behind
 * HAProxy, (3) the same cluster with one node stopped, still through HAProxy. (1) against (3) is the cost of the
 * cluster's session replication and the balancer per request; (2) against (3) what a second node gives on this
 * machine (two cores shared by both nodes, PostgreSQL, HAProxy and the load: no speed-up is expected here).
 *
 * <p>Needs the built server ({@code mvn package}) and a PostgreSQL to create its database in (the test command's
 * throw-away one: {@code sh src/test/sh/postgresql-it.sh start /tmp/bench-pg.state 55632 secret falsefalsefalse}):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=kr.go.msit.sovereignai.benchmark.ClusterBenchmark -Dit.postgresql.port=55632
 * -Dit.postgresql.password=secret -Dexec.args="--citizens 200 --seconds 30 --threads 32"}
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("it.database", "postgresql");
        Objects.requireNonNull(System.getProperty("it.postgresql.port"), "-Dit.postgresql.port (a PostgreSQL to use)");
        Objects.requireNonNull(System.getProperty("it.postgresql.password"), "-Dit.postgresql.password");
        Path jbossHome = Files.list(Path.of("target"))
                .filter(path -> path.getFileName().toString().matches("wildfly-.*\\.Final"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no target/wildfly-*: run mvn package first"));
        Path root = Path.of("target/cluster-benchmark").toAbsolutePath();
        List<String> results = new ArrayList<>();

        StandaloneServer single = new StandaloneServer(
                jbossHome.toAbsolutePath(),
                root.resolve("single"),
                ClusterNodes.NODE_OFFSETS[0],
                ServerDatabase.fresh("platform_bench_single"),
                "standalone.xml",
                List.of(),
                Deployments.platform());
        try {
            single.start();
            results.add(run(
                    "one server, sessions not replicated, no balancer",
                    single.uri(),
                    new TestSupportClient(single.uri().toURL()),
                    args));
        } finally {
            single.close();
        }

        try (ClusterNodes cluster = ClusterNodes.start(root.resolve("cluster"), jbossHome.toAbsolutePath(), "bench")) {
            results.add(run("two cluster nodes behind HAProxy", cluster.balancerUri(), cluster.support(0), args));
            cluster.node(1).stop();
            TimeUnit.SECONDS.sleep(5); // HAProxy's health check marks the stopped node down (fall 2 x inter 1 s)
            results.add(run(
                    "one cluster node behind HAProxy (the other stopped)",
                    cluster.balancerUri(),
                    cluster.support(0),
                    args));
        }
        System.out.printf("%n=== ClusterBenchmark (%s) ===%n", String.join(" ", args));
        results.forEach(System.out::println);
    }

    /** Opens a fresh round through {@code support} and runs the ballot benchmark against {@code target}. */
    private static String run(String what, URI target, TestSupportClient support, String[] args) throws Exception {
        int round = support.openFreshRound();
        System.out.printf("%n--- %s: %s, round %d ---%n", what, target, round);
        List<String> options = new ArrayList<>(List.of(args));
        options.addAll(List.of("--base", target.toString()));
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(new TeeStream(console, captured), true));
        try {
            BallotLoadBenchmark.main(options.toArray(String[]::new));
        } finally {
            System.setOut(console);
        }
        String throughput = captured.toString()
                .lines()
                .filter(line ->
                        line.startsWith("throughput") || line.startsWith("ballot p") || line.startsWith("errors"))
                .map(String::strip)
                .reduce((a, b) -> a + "; " + b)
                .orElse("(no figures)");
        return what + ": " + throughput;
    }

    /** Writes to the console and keeps a copy. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
