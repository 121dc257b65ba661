package kr.go.msit.sovereignai.benchmark;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.it.PageClient;
import kr.go.msit.sovereignai.it.TestSupport;

/**
 * Prepares a scheduled round as a blind arena through the administrator's pages, for the load
 * benchmark: the arena plan with a cap of one battle per prompt, a generated prompt set, generated
 * answers for every competing team, then a window from now (so it opens at once). Written for
 * measuring only: the prompts and answers are placeholders, not model output.
 */
final class ArenaPreparation {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern TEAM_FORM = Pattern.compile(
            "<form[^>]*id=\"answers-upload-([^\"]+)\".*?name=\"team\" value=\"(\\d+)\"", Pattern.DOTALL);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final URI base;
    private final Map<String, String> options;

    ArenaPreparation(URI base, Map<String, String> options) {
        this.base = base;
        this.options = options;
    }

    void prepare(int round) throws Exception {
        int prompts = Integer.parseInt(options.getOrDefault("prompts", "50"));
        PageClient admin = signedInAdministrator();
        String path = "admin/arena.xhtml?round=" + round;
        saveRules(admin, round, "ARENA", prompts);
        String token = token(admin.get(path).body());
        admin.postMultipart(
                "admin/arena-upload",
                Map.of("round", String.valueOf(round), "kind", "prompts", "token", token),
                "file",
                "prompts.jsonl",
                TestSupport.arenaPrompts(prompts).getBytes(StandardCharsets.UTF_8));
        expect(admin.get(path), "commitment-sha256", "the prompts"); // the upload answers with a redirect to the page
        Matcher teams = TEAM_FORM.matcher(admin.get(path).body());
        int variant = 0;
        Map<String, String> uploaded = new LinkedHashMap<>();
        while (teams.find()) {
            uploaded.put(teams.group(1), teams.group(2));
        }
        for (Map.Entry<String, String> team : uploaded.entrySet()) {
            admin.postMultipart(
                    "admin/arena-upload",
                    Map.of("round", String.valueOf(round), "kind", "answers", "token", token, "team", team.getValue()),
                    "file",
                    "answers.jsonl",
                    TestSupport.arenaAnswers(prompts, variant++).getBytes(StandardCharsets.UTF_8));
            expect(admin.get(path), "answers-" + team.getKey() + "-sha256", "the answers of " + team.getKey());
        }
        openNow(admin, round);
        System.out.printf(
                "Prepared review %d as an arena: %d prompts, %d teams' answers, open now%n",
                round, prompts, uploaded.size());
    }

    /**
     * Prepares a scheduled round as a rating round (the 팀별 만족도 ballot: every team rated on every public criterion)
     * and gives it a window from now, so it opens at once.
     */
    void prepareRating(int round) throws Exception {
        PageClient admin = signedInAdministrator();
        saveRules(admin, round, "RATING", 30);
        openNow(admin, round);
        System.out.printf("Prepared review %d as a rating round, open now%n", round);
    }

    private PageClient signedInAdministrator() throws Exception {
        PageClient admin = new PageClient(base);
        if (!admin.signIn(required("admin-email"), required("admin-password"))) {
            throw new IllegalStateException("the administrator could not sign in");
        }
        return admin;
    }

    /** The round's public evaluation: {@code mode} ARENA or RATING, seeded by the round number, 1,000 replicates. */
    private static void saveRules(PageClient admin, int round, String mode, int battleCap) throws Exception {
        String path = "admin/arena.xhtml?round=" + round;
        expect(
                admin.submit(
                        path,
                        admin.get(path),
                        "rules",
                        "saveRules",
                        Map.of(
                                "mode",
                                mode,
                                "seed",
                                String.valueOf(round),
                                "replicates",
                                "1000",
                                "cap",
                                String.valueOf(battleCap))),
                "message--info",
                "the " + mode + " plan");
    }

    /** Gives the round a window from a minute ago to a day on: the schedule opens it at once. */
    private static void openNow(PageClient admin, int round) throws Exception {
        ZonedDateTime now = ZonedDateTime.now(KoreanTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        expect(
                admin.submit(
                        "admin/rounds.xhtml",
                        admin.get("admin/rounds.xhtml"),
                        "postpone",
                        "postponeButton",
                        Map.of(
                                "round",
                                String.valueOf(round),
                                "opensAt",
                                LOCAL.format(now.minusMinutes(1)),
                                "closesAt",
                                LOCAL.format(now.plusDays(1)),
                                "reasonKo",
                                "부하 시험",
                                "reasonEn",
                                "load test")),
                "message--info",
                "the new window");
    }

    String required(String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException("--" + option + " is needed with --prepare-round");
        }
        return value;
    }

    private static String token(String html) {
        Matcher token = TOKEN.matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("the arena page has no upload form (is the round scheduled?)");
        }
        return token.group(1);
    }

    private static void expect(HttpResponse<String> response, String marker, String what) {
        if (!response.body().contains(marker) || response.body().contains("message--error")) {
            throw new IllegalStateException("preparing " + what + " failed (HTTP " + response.statusCode() + ")");
        }
    }
}
