package kr.go.msit.sovereignai.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Keycloak for the tests: the distribution the build unpacks into {@code target/} (pom.xml, execution
 * {@code unpack-keycloak}), started with {@code bin/kc.sh start-dev} on loopback and an in-memory database, importing
 * the realm file the documentation describes ({@code docs/keycloak/sovereign-ai-realm.json}) and the test users
 * ({@code src/test/resources/keycloak/sovereign-ai-users-0.json}). The realm's placeholders are filled from the
 * environment exactly as in production ({@code docs/keycloak.md}). Its output goes to {@code target/keycloak-it.log}.
 *
 * <p>Port: {@code -Dit.keycloak.port}, else 18480 + {@code it.port.offset} (18580 with the build's default offset).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "sovereign-ai";
    public static final String CLIENT_ID = "sovereign-ai-platform";
    /** The realm file the documentation describes, relative to the project (failsafe's working directory). */
    public static final Path REALM_FILE = Path.of("docs", "keycloak", REALM + "-realm.json");

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
    private static final String USERS_RESOURCE = "/keycloak/" + REALM + "-users-0.json";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final URI base;
    private final Path log;
    private final String adminUser;
    private final String adminPassword;
    private final Duration startTime;

    private KeycloakServer(
            Process process, URI base, Path log, String adminUser, String adminPassword, Duration startTime) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.startTime = startTime;
    }

    /**
     * Starts Keycloak and waits until the realm's discovery document answers.
     *
     * @param realmEnvironment the realm file's placeholders ({@code PLATFORM_PUBLIC_URL},
     *     {@code PLATFORM_IDENTITY_CLIENT_SECRET}, {@code PLATFORM_IDENTITY_PAIRWISE_SALT}, optionally
     *     {@code PLATFORM_IDENTITY_SECTOR_URI})
     */
    public static KeycloakServer start(Map<String, String> realmEnvironment) throws IOException, InterruptedException {
        Path home = home();
        int port = port();
        requireFree(port);
        Path imports = home.resolve("data").resolve("import");
        Files.createDirectories(imports);
        try (Stream<Path> old = Files.list(imports)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Files.copy(REALM_FILE, imports.resolve(REALM_FILE.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        try (InputStream users = KeycloakServer.class.getResourceAsStream(USERS_RESOURCE)) {
            if (users == null) {
                throw new IllegalStateException("test users missing from the class path: " + USERS_RESOURCE);
            }
            Files.copy(users, imports.resolve(REALM + "-users-0.json"));
        }

        Path log = home.getParent().resolve("keycloak-it.log");
        String adminUser = "it-admin";
        String adminPassword = UUID.randomUUID().toString();
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--db=dev-mem",
                "--import-realm"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        // Keycloak runs on the JDK that runs the tests (Keycloak 26.4 needs Java 17 or 21).
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        environment.putAll(realmEnvironment);

        URI base = URI.create("http://127.0.0.1:" + port);
        Instant started = Instant.now();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-stop"));
        try {
            awaitDiscovery(process, URI.create(base + "/realms/" + REALM + "/.well-known/openid-configuration"), log);
        } catch (IOException | RuntimeException | InterruptedException | Error failure) {
            stop(process);
            throw failure;
        }
        Duration took = Duration.between(started, Instant.now());
        System.out.println("Keycloak started in " + took.toSeconds() + " s on " + base + " (log: " + log + ")");
        return new KeycloakServer(process, base, log, adminUser, adminPassword, took);
    }

    /** The unpacked distribution: {@code -Dkeycloak.home} (failsafe sets it from pom.xml). */
    private static Path home() {
        String configured = System.getProperty("keycloak.home");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("keycloak.home is not set: run the test through failsafe (mvn verify)");
        }
        Path home = Path.of(configured).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + home
                    + ": the build unpacks org.keycloak:keycloak-quarkus-dist in pre-integration-test");
        }
        return home;
    }

    private static int port() {
        String configured = System.getProperty("it.keycloak.port");
        if (configured != null && !configured.isBlank()) {
            return Integer.parseInt(configured.trim());
        }
        return 18480 + Integer.getInteger("it.port.offset", 100);
    }

    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException taken) {
            throw new IllegalStateException(
                    "port " + port + " for Keycloak is taken; choose another with -Dit.keycloak.port=<port>", taken);
        }
    }

    private static void awaitDiscovery(Process process, URI discovery, Path log)
            throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        boolean answered;
        try {
            answered = Eventually.value(
                    START_TIMEOUT,
                    () -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Keycloak stopped with exit code " + process.exitValue()
                                    + " before answering; the end of " + log + ":\n" + tail(log));
                        }
                        try {
                            return http.send(
                                                    HttpRequest.newBuilder(discovery)
                                                            .timeout(Duration.ofSeconds(5))
                                                            .GET()
                                                            .build(),
                                                    HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException notYet) {
                            return false; // not listening yet
                        }
                    },
                    Boolean::booleanValue);
        } catch (IOException | InterruptedException | RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
        if (!answered) {
            throw new IllegalStateException("Keycloak did not answer " + discovery + " within "
                    + START_TIMEOUT.toSeconds() + " s; the end of " + log + ":\n" + tail(log));
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(unreadable: " + unreadable + ")";
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI base() {
        return base;
    }

    /** The realm's issuer, {@code <base>/realms/sovereign-ai}. */
    public URI issuer() {
        return URI.create(base + "/realms/" + REALM);
    }

    public URI discoveryUri() {
        return URI.create(issuer() + "/.well-known/openid-configuration");
    }

    public Path log() {
        return log;
    }

    /** From starting {@code kc.sh} until the discovery document answered. */
    public Duration startTime() {
        return startTime;
    }

    /** The bootstrap administrator's name and password (random for each run), for the admin REST API. */
    public String adminUser() {
        return adminUser;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /**
     * Logs in at Keycloak's login form as a browser would: opens {@code authorization} (an authorization request),
     * posts the form with the user's name and password, and returns the answer to that post (a redirect to the
     * client on success; the form again with an error otherwise). {@code browser} keeps Keycloak's cookies and must
     * not follow redirects.
     */
    public static HttpResponse<String> logIn(HttpClient browser, URI authorization, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> form =
                browser.send(HttpRequest.newBuilder(authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (form.statusCode() != 200) {
            throw new AssertionError(
                    "Keycloak answered the authorization request " + authorization + " with " + form.statusCode() + " "
                            + form.headers().firstValue("Location").orElse("") + "\n" + form.body());
        }
        URI action = form.uri().resolve(loginFormAction(form.body()));
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        return browser.send(
                HttpRequest.newBuilder(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The action of Keycloak's login form ({@code <form id="kc-form-login" action="...">}), unescaped. */
    public static String loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new AssertionError("no Keycloak login form in:\n" + html);
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new AssertionError("Keycloak's login form has no action: " + form.group());
        }
        return action.group(1).replace("&amp;", "&");
    }

    /** A new browser for Keycloak's pages: its own cookies, redirects not followed. */
    public static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new LoopbackSecureCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Cookies as a browser keeps them for a loopback address: Keycloak marks its cookies {@code Secure}, and a browser
     * treats {@code http://127.0.0.1} as a secure context and sends them back; Java's {@link CookieManager} sends
     * secure cookies only over https, so loopback addresses are looked up as if they were https.
     */
    public static final class LoopbackSecureCookies extends CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(asSecureWhenLoopback(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(asSecureWhenLoopback(uri), responseHeaders);
        }

        private static URI asSecureWhenLoopback(URI uri) {
            if (!"http".equals(uri.getScheme())
                    || !InetAddress.getLoopbackAddress().getHostAddress().equals(uri.getHost())
                            && !"localhost".equals(uri.getHost())) {
                return uri;
            }
            // only the host and the path decide which cookies go with a request
            return URI.create("https://" + uri.getRawAuthority() + uri.getRawPath());
        }
    }

    /** Keycloak's id of a user of the realm, read through the admin REST API as the bootstrap administrator. */
    public String userId(String username) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String tokenForm = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(adminUser, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(tokenForm))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new AssertionError("no admin token: " + token.statusCode() + " " + token.body());
        }
        String accessToken;
        try (JsonReader reader = Json.createReader(new StringReader(token.body()))) {
            accessToken = reader.readObject().getString("access_token");
        }
        HttpResponse<String> users = http.send(
                HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + "/users?exact=true&username="
                                + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + accessToken)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(users.body()))) {
            JsonArray found = reader.readArray();
            if (found.size() != 1) {
                throw new AssertionError("expected one user " + username + ", got " + users.body());
            }
            return found.getJsonObject(0).getString("id");
        }
    }

    /** Stops Keycloak (SIGTERM to kc.sh, which passes it to its Java) and whatever it started. */
    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception stillAlive) {
                    child.destroyForcibly();
                }
            }
        }
    }
}
