package kr.go.msit.sovereignai.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.go.msit.sovereignai.it.TestSupport;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.junit.jupiter.api.Test;

/**
 * An operator's backup, as the README shows it: taken after a round is published, restored into an
 * empty database, a server started on it finds the same results, bulletin, tables and an audit chain
 * that still verifies. On H2 (the server stopped, H2's Script and RunScript tools from WildFly's own
 * module) and, in the PostgreSQL half of the run, with {@code pg_dump} and {@code pg_restore}.
 */
class BackupRestoreIT {

    private static final int PORT_OFFSET = Integer.getInteger("fault.port.offset", 200);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aBackupTakenAfterAPublishedRoundRestoresIntoAnEmptyDatabaseWithTheSameResultsAndAuditChain() throws Exception {
        Path jbossHome =
                Path.of(Objects.requireNonNull(System.getProperty("jboss.home"), "jboss.home is passed by failsafe"));
        Path work = Path.of("target/backup-restore").toAbsolutePath();
        Files.createDirectories(work);
        Path backup = work.resolve(ServerDatabase.postgresql() ? "platform.dump" : "platform-backup.zip");
        Files.deleteIfExists(backup);

        Map<String, String> published;
        int round;
        try (StandaloneServer source = new StandaloneServer(
                jbossHome, work.resolve("source"), PORT_OFFSET, ServerDatabase.fresh("platform_backup_source"))) {
            source.start();
            TestSupportClient support = new TestSupportClient(source.uri().toURL());
            round = (int) support.roundReadyToTally("5,4,2", true)[0];
            support.publishResults(round);
            published = everythingPublished(source.uri(), support, round);
            assertEquals("intact", published.get("audit chain"));
            if (ServerDatabase.postgresql()) {
                // Online: pg_dump reads one consistent snapshot while the platform runs.
                run(List.of(
                        postgresqlTool("pg_dump"),
                        "-h",
                        "127.0.0.1",
                        "-p",
                        ServerDatabase.port(),
                        "-U",
                        "platform",
                        "-Fc",
                        "-f",
                        backup.toString(),
                        "platform_backup_source"));
                source.stop();
            } else {
                source.stop(); // H2's file is the running server's: back it up while the server is stopped
                run(List.of(
                        java(),
                        "-cp",
                        h2Jar(jbossHome).toString(),
                        "org.h2.tools.Script",
                        "-url",
                        ServerDatabase.h2Url(source.dataDir()),
                        "-user",
                        "sa",
                        "-password",
                        "sa",
                        "-script",
                        backup.toString(),
                        "-options",
                        "compression",
                        "zip"));
            }
        }
        assertTrue(Files.size(backup) > 0, "a backup was written");

        ServerDatabase empty = ServerDatabase.fresh("platform_backup_restored");
        try (StandaloneServer restored =
                new StandaloneServer(jbossHome, work.resolve("restored"), PORT_OFFSET, empty)) {
            if (ServerDatabase.postgresql()) {
                run(List.of(
                        postgresqlTool("pg_restore"),
                        "-h",
                        "127.0.0.1",
                        "-p",
                        ServerDatabase.port(),
                        "-U",
                        "platform",
                        "--no-owner",
                        "--exit-on-error",
                        "-d",
                        "platform_backup_restored",
                        backup.toString()));
            } else {
                run(List.of(
                        java(),
                        "-cp",
                        h2Jar(jbossHome).toString(),
                        "org.h2.tools.RunScript",
                        "-url",
                        ServerDatabase.h2Url(restored.dataDir()),
                        "-user",
                        "sa",
                        "-password",
                        "sa",
                        "-script",
                        backup.toString(),
                        "-options",
                        "compression",
                        "zip"));
            }
            restored.start();
            Map<String, String> afterRestore = everythingPublished(
                    restored.uri(), new TestSupportClient(restored.uri().toURL()), round);
            assertEquals(published.keySet(), afterRestore.keySet());
            for (String part : published.keySet()) {
                assertEquals(published.get(part), afterRestore.get(part), part + " is as it was before the backup");
            }
        }
    }

    /** The round's results (JSON and CSV), its bulletin, the audit chain's verdict and a digest of every table. */
    private static Map<String, String> everythingPublished(URI server, TestSupportClient support, int round)
            throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (String path : new String[] {
            "api/rounds/" + round + "/results",
            "api/rounds/" + round + "/results.csv",
            "api/rounds/" + round + "/bulletin.csv",
            "api/rounds/" + round + "/benchmarks.csv",
            "api/rounds"
        }) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(server.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
            all.put(path, response.body());
        }
        all.put("audit chain", support.auditChain());
        for (String table : TestSupport.readableTables()) {
            all.put("table " + table, support.tableDigest(table));
        }
        return all;
    }

    private static Path h2Jar(Path jbossHome) throws IOException {
        try (Stream<Path> jars = Files.list(jbossHome.resolve("modules/system/layers/base/com/h2database/h2/main"))) {
            return jars.filter(jar -> jar.getFileName().toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The newest installed PostgreSQL's client tool (the same major version as the throw-away server). */
    private static String postgresqlTool(String name) throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin").resolve(name))
                    .filter(Files::isExecutable)
                    .max((a, b) -> Integer.compare(major(a), major(b)))
                    .orElseThrow()
                    .toString();
        }
    }

    private static int major(Path tool) {
        try {
            return Integer.parseInt(tool.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return 0;
        }
    }

    private static void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (ServerDatabase.postgresql()) {
            builder.environment().put("PGPASSWORD", ServerDatabase.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command.get(0) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
    }
}
