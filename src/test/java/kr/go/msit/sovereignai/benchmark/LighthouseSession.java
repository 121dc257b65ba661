package kr.go.msit.sovereignai.benchmark;

import java.net.HttpCookie;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kr.go.msit.sovereignai.it.PageClient;

/**
 * For {@code src/test/sh/lighthouse.sh}: optionally prepares the rounds that the ballot and arena pages need (one
 * scheduled review as a rating ballot, another as a blind arena, both open from now), then signs a new citizen up and
 * prints the session cookie as its last line ({@code JSESSIONID=...}), for Lighthouse's {@code --extra-headers}. The
 * platform must run with {@code PLATFORM_EMAIL_VERIFICATION=false}, so that sign-up signs in.
 *
 * <p>Options: {@code --base URL}; {@code --prepare-rating N} and {@code --prepare-arena M} (scheduled reviews N and M,
 * with {@code --admin-email} and {@code --admin-password}; {@code --prompts}, default 50, for the arena).
 */
public final class LighthouseSession {

    private LighthouseSession() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(options.getOrDefault("base", "http://localhost:8080/"));
        ArenaPreparation preparation = new ArenaPreparation(base, options);
        if (options.containsKey("prepare-rating")) {
            preparation.prepareRating(Integer.parseInt(options.get("prepare-rating")));
        }
        if (options.containsKey("prepare-arena")) {
            preparation.prepare(Integer.parseInt(options.get("prepare-arena")));
        }
        PageClient citizen = new PageClient(base);
        String name = "lighthouse-" + UUID.randomUUID().toString().substring(0, 8);
        if (!citizen.signUp(name + "@example.kr", name, "Lighthouse-" + UUID.randomUUID())) {
            throw new IllegalStateException(
                    "the sign-up was refused (is the platform running with PLATFORM_EMAIL_VERIFICATION=false?)");
        }
        HttpCookie session = citizen.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("signed up, but no session cookie"));
        System.out.println("JSESSIONID=" + session.getValue());
    }
}
