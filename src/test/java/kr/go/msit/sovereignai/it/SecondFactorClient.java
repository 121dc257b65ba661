package kr.go.msit.sovereignai.it;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Calls {@link SecondFactorTestServlet} from tests outside the server, and computes one-time passwords as the
 * person's authenticator app would: from the secret the enrolment page shows and an instant the test chooses (the
 * server's clock pinned to it). The codes here are computed independently of the platform (RFC 6238 by the JDK's
 * HMAC), so a platform that got the algorithm wrong fails the tests. Tests that pin the clock release it in an
 * {@code @AfterEach} (it runs whether the test passed or failed, like a finally block).
 */
public final class SecondFactorClient {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("class=\"recovery-code\">([A-Z0-9-]+)<");

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public SecondFactorClient(URL baseUrl) {
        try {
            this.base = baseUrl.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Through {@link TestSupportClient#post}, the one way tests reach a test-support servlet. */
    private String call(Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return TestSupportClient.post(http, base, "test-support-second-factor", query);
    }

    /** Pins the server's clock (until {@link #releaseClock()}). */
    public void pinClock(Instant at) {
        call(Map.of("action", "pin-clock", "epochSecond", String.valueOf(at.getEpochSecond())));
    }

    public void releaseClock() {
        call(Map.of("action", "release-clock"));
    }

    /** The operator setting that makes a second factor mandatory for administrators and reviewers. */
    public void required(boolean required) {
        call(Map.of("action", "required", "value", String.valueOf(required)));
    }

    public String createAdministrator(String password) {
        return call(Map.of("action", "create-administrator", "password", password));
    }

    public String createReviewer(String password, int round) {
        return call(Map.of("action", "create-reviewer", "password", password, "round", String.valueOf(round)));
    }

    public String assignedRounds(String email) {
        return call(Map.of("action", "assigned-rounds", "email", email));
    }

    public long auditCount(String email, String action) {
        return Long.parseLong(call(Map.of("action", "audit-count", "email", email, "auditAction", action)));
    }

    public String storedSecret(String email) {
        return call(Map.of("action", "stored-secret", "email", email));
    }

    /** The key that seals second-factor secrets, as the tests' server starts with it (arquillian.xml). */
    public static final String IT_KEY = "it-second-factor-key-of-32-characters-or-more";

    /** Sets the sealing key on the server ({@code ""}: none). */
    public void sealingKey(String key) {
        call(Map.of("action", "second-factor-key", "value", key));
    }

    public long secondFactorRows(String email) {
        return Long.parseLong(call(Map.of("action", "second-factor-rows", "email", email)));
    }

    /** Stores the secret as an earlier version without a key did: {@code plain:<base64>}, unsealed. */
    public void storeUnsealed(String email, String base32Secret) {
        call(Map.of(
                "action",
                "replace-stored-secret",
                "email",
                email,
                "stored",
                "plain:" + java.util.Base64.getEncoder().encodeToString(decodeBase32(base32Secret))));
    }

    /** An instant a few seconds into a 30-second step, close to now. */
    public static Instant stepStart() {
        long now = Instant.now().getEpochSecond();
        return Instant.ofEpochSecond(now - now % 30 + 5);
    }

    /** The secret the enrolment page shows for typing in by hand (base32, without the spaces). */
    public static String secretShown(String html) {
        Matcher matcher = SECRET.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no secret on the page");
        }
        return matcher.group(1).replace(" ", "");
    }

    public static java.util.List<String> recoveryCodesShown(String html) {
        Matcher matcher = RECOVERY_CODE.matcher(html);
        java.util.List<String> codes = new java.util.ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** RFC 6238 with HMAC-SHA-1, six digits, 30-second steps: the code an app shows at {@code at}. */
    public static String code(String base32Secret, Instant at) {
        try {
            byte[] counter = java.nio.ByteBuffer.allocate(8)
                    .putLong(Math.floorDiv(at.getEpochSecond(), 30))
                    .array();
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decodeBase32(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(counter);
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeBase32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >>> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
