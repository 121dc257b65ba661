package kr.go.msit.sovereignai.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kr.go.msit.sovereignai.it.Eventually;

/**
 * Debian's HAProxy with the project's own configuration (cluster/haproxy.cfg, as cluster/start.sh runs it), in the
 * foreground, in front of two nodes.
 */
final class Balancer implements AutoCloseable {

    private final int port;
    private final Process haproxy;

    private Balancer(int port, Process haproxy) {
        this.port = port;
        this.haproxy = haproxy;
    }

    /** Starts HAProxy on {@code port} in front of the nodes' HTTP ports; returns once it accepts connections. */
    static Balancer start(int port, int node1Http, int node2Http, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-f", "cluster/haproxy.cfg", "-db")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CLUSTER_PORT", Integer.toString(port));
        builder.environment().put("CLUSTER_NODE1", "127.0.0.1:" + node1Http);
        builder.environment().put("CLUSTER_NODE2", "127.0.0.1:" + node2Http);
        Balancer balancer = new Balancer(port, builder.start());
        boolean up = Eventually.value(
                Duration.ofSeconds(20),
                () -> balancer.listening() || !balancer.haproxy.isAlive(),
                Boolean::booleanValue);
        if (!up || !balancer.haproxy.isAlive()) {
            balancer.close();
            throw new IllegalStateException("haproxy does not listen on " + port + ": " + Files.readString(log));
        }
        return balancer;
    }

    URI uri() {
        return URI.create("http://localhost:" + port + "/");
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Override
    public void close() {
        haproxy.destroy();
        try {
            if (!haproxy.waitFor(10, TimeUnit.SECONDS)) {
                haproxy.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
