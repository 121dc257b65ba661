package kr.go.msit.sovereignai.fault;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.go.msit.sovereignai.it.Deployments;
import kr.go.msit.sovereignai.it.Eventually;
import kr.go.msit.sovereignai.it.FaultProbeClient;
import kr.go.msit.sovereignai.it.PageClient;
import kr.go.msit.sovereignai.it.TestFiles;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The platform as a real server process from the unpacked WildFly, with its own base directory
 * (configuration, log, deployments) and its own data directory (H2 file, timer store), so it can
 * be SIGKILLed and restarted on the same data; the Arquillian-managed server cannot be killed.
 */
public final class StandaloneServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Path jbossHome;
    private final Path baseDir;
    private final Path dataDir;
    private final int portOffset;
    private final ServerDatabase database;
    /** The profile ({@code -c}) and the start options beyond the platform's, for a cluster node. */
    private final String serverConfig;

    private final List<String> options;
    private final URI baseUri;
    private final FaultProbeClient probe;
    private Process launcher;
    private ProcessHandle serverJvm;
    private int starts;

    /** A fresh base and data directory under {@code root} (anything there from an earlier run is removed), on {@code database}. */
    StandaloneServer(Path jbossHome, Path root, int portOffset, ServerDatabase database) throws IOException {
        this(jbossHome, root, portOffset, database, "standalone.xml", List.of(), Deployments.platform());
    }

    /**
     * A server from {@code jbossHome} started with the profile {@code serverConfig} and {@code options}, deploying
     * {@code war}: a cluster node (issue 25) is one with {@code standalone-ha.xml}, its node name and its peers.
     */
    public StandaloneServer(
            Path jbossHome,
            Path root,
            int portOffset,
            ServerDatabase database,
            String serverConfig,
            List<String> options,
            WebArchive war)
            throws IOException {
        this.jbossHome = jbossHome;
        this.database = database;
        this.serverConfig = serverConfig;
        this.options = List.copyOf(options);
        root = root.toAbsolutePath();
        this.baseDir = root.resolve("base");
        this.dataDir = root.resolve("platform-data");
        this.portOffset = portOffset;
        this.baseUri = URI.create("http://localhost:" + (8080 + portOffset) + "/");
        // The probe posts as the site's pages do: from the public address when the server is given one.
        this.probe = new FaultProbeClient(
                baseUri,
                options.stream()
                        .filter(option -> option.startsWith("-Dplatform.public.url="))
                        .map(option -> PageClient.originOf(URI.create(option.substring(option.indexOf('=') + 1))))
                        .findFirst()
                        .orElse(PageClient.originOf(baseUri)));
        TestFiles.deleteTree(root);
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.createDirectories(dataDir);
        copyTree(jbossHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        withoutManagedDeployments(baseDir.resolve("configuration").resolve(serverConfig));
        war.as(ZipExporter.class)
                .exportTo(baseDir.resolve("deployments/ROOT.war").toFile(), true);
    }

    public URI uri() {
        return baseUri;
    }

    public FaultProbeClient probe() {
        return probe;
    }

    /** Starts the server and waits until the application is deployed and the home page answers 200; returns how long that took. */
    public Duration start() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            throw new IllegalStateException("already running");
        }
        for (int port : new int[] {8080 + portOffset, 9990 + portOffset}) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " is taken (a server left over from an earlier run?)");
            }
        }
        Files.deleteIfExists(baseDir.resolve("deployments/ROOT.war.failed"));
        long started = System.nanoTime();
        starts++;
        List<String> command = new ArrayList<>(List.of(
                jbossHome.resolve("bin/standalone.sh").toString(),
                "-c",
                serverConfig,
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dplatform.data.dir=" + dataDir,
                "-Dplatform.admin.email=" + Deployments.ADMIN_EMAIL,
                "-Dplatform.admin.password=" + Deployments.ADMIN_PASSWORD,
                "-Dplatform.password.iterations=1024",
                "-Dplatform.rate.signups-per-hour=100000",
                "-Dplatform.rate.ballots-per-minute=100000",
                "-Dplatform.signup.challenge-max=1000",
                // Durability is the subject here, not sign-up: citizens are signed in straight away.
                "-Dplatform.email.verification=false"));
        command.addAll(database.serverOptions());
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        baseDir.resolve("console-" + starts + ".log").toFile()));
        builder.environment().put("JBOSS_HOME", jbossHome.toString());
        builder.environment()
                .put(
                        "JAVA_OPTS",
                        "-Xms64m -Xmx512m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true");
        builder.environment().remove("LAUNCH_JBOSS_IN_BACKGROUND");
        launcher = builder.start();
        serverJvm = null;
        boolean ready = Eventually.value(
                READY_TIMEOUT,
                () -> {
                    if (!launcher.isAlive()) {
                        throw new IllegalStateException("the server exited with " + launcher.exitValue()
                                + " before it was ready\n" + logTail());
                    }
                    if (Files.exists(baseDir.resolve("deployments/ROOT.war.failed"))) {
                        throw new IllegalStateException(
                                "the deployment failed after start " + starts + "\n" + logTail());
                    }
                    return probe.ready() && homePageStatus() == 200;
                },
                Boolean::booleanValue);
        if (!ready) {
            throw new IllegalStateException("the server was not ready within " + READY_TIMEOUT + "\n" + logTail());
        }
        serverJvm = javaProcess().orElseThrow(() -> new IllegalStateException("no java process under standalone.sh"));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The home page's HTTP status, 0 while nothing answers. */
    private int homePageStatus() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(baseUri)
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private Optional<ProcessHandle> javaProcess() {
        return launcher.toHandle()
                .descendants()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("jboss-modules.jar"))
                        .orElse(false))
                .findFirst();
    }

    /** The server's log file. */
    public Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    /** The server's data directory (H2 file, timer store). */
    Path dataDir() {
        return dataDir;
    }

    /** Shuts the server down as an operator does (SIGTERM to its JVM: WildFly stops gracefully) and waits until it is gone. */
    public void stop() throws Exception {
        ProcessHandle target = serverJvm != null
                ? serverJvm
                : javaProcess().orElseThrow(() -> new IllegalStateException("not running"));
        target.destroy();
        awaitDown();
    }

    /** SIGKILLs the server's JVM (no shutdown hooks, no flush) and waits until it and its launcher are gone. */
    public void kill() throws Exception {
        sigkill();
        awaitDown();
    }

    /** Sends SIGKILL to the server's JVM and returns at once. */
    public void sigkill() {
        ProcessHandle target = serverJvm != null ? serverJvm : javaProcess().orElse(null);
        if (target == null) {
            throw new IllegalStateException("no server JVM to kill");
        }
        target.destroyForcibly();
    }

    /** Waits until the killed JVM and its launcher script have exited. */
    public void awaitDown() throws Exception {
        if (serverJvm != null) {
            serverJvm.onExit().get(30, TimeUnit.SECONDS);
        }
        if (launcher != null && !launcher.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("standalone.sh did not exit after its JVM was killed");
        }
        serverJvm = null;
    }

    /** Leaves nothing running: kills the JVM and the launcher, whatever state they are in. */
    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> all =
                new ArrayList<>(launcher.toHandle().descendants().toList());
        if (serverJvm != null) {
            all.add(serverJvm);
        }
        all.add(launcher.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(p -> p.onExit().join());
    }

    public String logTail() {
        Path log = baseDir.resolve("log/server.log");
        try {
            if (!Files.exists(log)) {
                return "(no server.log)";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(server.log unreadable: " + e + ")";
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * This server deploys its own WAR from its deployments directory; a deployment the test command's Arquillian
     * server holds meanwhile (kept from class to class) is in the configuration copied from it, with its content
     * elsewhere, and would stop this one's boot.
     */
    private static void withoutManagedDeployments(Path config) throws IOException {
        String xml = Files.readString(config);
        String without = xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", "");
        if (!without.equals(xml)) {
            Files.writeString(config, without);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
