package kr.go.msit.sovereignai.container;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Runs podman and podman-compose for the container test, with the repository's
 * {@code src/container/containers.conf} (runc, explicit limits: what these machines need) and
 * nothing changed under {@code /etc/containers}.
 */
final class Podman {

    /** What a finished command printed (standard output and error together) and its exit status. */
    record Result(int exitCode, String output) {

        Result orFail(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " failed with exit code " + exitCode + ":\n" + tail(output));
            }
            return this;
        }
    }

    private final Path project;
    private final Map<String, String> environment;

    Podman(Path project, Map<String, String> environment) {
        this.project = project;
        this.environment = environment;
    }

    Result podman(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        return run(command, Map.of(), timeout);
    }

    Result compose(Map<String, String> variables, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman-compose"));
        command.addAll(List.of(arguments));
        return run(command, variables, timeout);
    }

    /**
     * Follows a container's log until a line matches (true), the log ends because the container
     * stopped (false), or the timeout passes (false). Reads the stream as podman writes it.
     */
    boolean awaitLogLine(String container, Predicate<String> line, Duration timeout) throws IOException {
        Process follower = start(List.of("podman", "logs", "--follow", container), Map.of());
        // The reader blocks on the stream; the timeout ends it by ending the follower.
        Thread watchdog = new Thread(() -> {
            try {
                if (!follower.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    follower.destroyForcibly();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(follower.getInputStream(), StandardCharsets.UTF_8))) {
            for (String next = reader.readLine(); next != null; next = reader.readLine()) {
                if (line.test(next)) {
                    return true;
                }
            }
            return false;
        } finally {
            follower.destroyForcibly();
            watchdog.interrupt();
        }
    }

    private Result run(List<String> command, Map<String, String> variables, Duration timeout) {
        try {
            Process process = start(command, variables);
            // Read in the background so a full pipe never blocks the command.
            CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
            }
            // A child the command left running could hold the pipe open: the output is then what came in 30 s.
            byte[] output;
            try {
                output = reading.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException stuck) {
                output = ("(output not read: " + stuck + ")").getBytes(StandardCharsets.UTF_8);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private Process start(List<String> command, Map<String, String> variables) throws IOException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment()
                .put(
                        "CONTAINERS_CONF",
                        project.resolve("src/container/containers.conf").toString());
        builder.environment().putAll(environment);
        builder.environment().putAll(variables);
        return builder.start();
    }

    static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }
}
