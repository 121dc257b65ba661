package kr.go.msit.sovereignai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and oversize input, over real HTTP against the managed server: every case is refused
 * with a clear message (or a clean 4xx), never a 500, and leaves the stored state as it was.
 * Few wrong passwords are tried here: every IT signs in from 127.0.0.1, and the address limit
 * is shared with them.
 */
class HostileInputIT extends HttpTest {

    private static final String HUGE_EXPONENT = "1e4000000";

    private TestSupportClient support;
    private PageClient browser;

    @BeforeEach
    void setUp() throws Exception {
        support = new TestSupportClient(baseUrl);
        browser = new PageClient(baseUrl.toURI());
    }

    private static void assertRefused(HttpResponse<String> response, String key, Object... arguments) {
        assertEquals(
                200,
                response.statusCode(),
                "the form is shown again, not an error page (went to "
                        + response.headers().firstValue("Location").orElse("-") + ")");
        assertTrue(response.body().contains(KoreanText.of(key, arguments)), "shows " + key);
    }

    // ---------------------------------------------------------------- numbers with huge exponents

    /** A reviewer signed in, assigned to a fresh open round: {round, team} of a sheet they may score. */
    private record Reviewer(PageClient client, int round, long team) {}

    private Reviewer reviewer() throws Exception {
        int round = support.openFreshRound();
        String[] created = support.createAssignedReviewer(round);
        PageClient client = new PageClient(baseUrl.toURI());
        HttpResponse<String> setPage = client.get("set-password.xhtml?link=" + created[1]);
        client.submit(
                "set-password.xhtml",
                setPage,
                "setPassword",
                "save",
                Map.of(
                        "link",
                        created[1],
                        "password",
                        "reviewer-password-1",
                        "passwordConfirmation",
                        "reviewer-password-1"));
        assertTrue(client.signIn(created[0], "reviewer-password-1"));
        Matcher link = Pattern.compile("sheet\\.xhtml\\?round=" + round + "&amp;team=(\\d+)")
                .matcher(client.get("expert/").body());
        assertTrue(link.find(), "a team to score");
        return new Reviewer(client, round, Long.parseLong(link.group(1)));
    }

    private static String sheetPath(Reviewer reviewer) {
        return "expert/sheet.xhtml?round=" + reviewer.round() + "&team=" + reviewer.team();
    }

    private HttpResponse<String> saveSheet(
            Reviewer reviewer, HttpResponse<String> page, String firstScore, String justification) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lines:0:score", firstScore);
        fields.put("justification", justification);
        return reviewer.client().submit(sheetPath(reviewer), page, "sheet", "save", fields);
    }

    private List<String> sheets() {
        return support.tableDigests("score_sheet", "score_sheet_line");
    }

    @Test
    void aScoreWithAHugeExponentIsRefusedAtOnceAndNothingIsStored() throws Exception {
        Reviewer reviewer = reviewer();
        List<String> before = sheets();
        HttpResponse<String> page = reviewer.client().get(sheetPath(reviewer));
        long started = System.nanoTime();
        HttpResponse<String> refused = saveSheet(reviewer, page, HUGE_EXPONENT, "근거");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000, "refused before any arithmetic");
        assertRefused(refused, "decimal.malformed", 4, 4);
        assertEquals(before, sheets());
    }

    @Test
    void scoresThatAreNotPlainDecimalsAreRefusedAndNothingIsStored() throws Exception {
        Reviewer reviewer = reviewer();
        List<String> before = sheets();
        for (String hostile :
                new String[] {"1E+400", "-1e-9999999", "0x1A", "99999999999999999999", "1,5", "NaN", "5.5.5"}) {
            HttpResponse<String> page = reviewer.client().get(sheetPath(reviewer));
            assertRefused(saveSheet(reviewer, page, hostile, "근거"), "decimal.malformed", 4, 4);
        }
        assertEquals(before, sheets());
    }

    @Test
    void aScoreOfAThousandDigitsIsRefused() throws Exception {
        Reviewer reviewer = reviewer();
        List<String> before = sheets();
        HttpResponse<String> page = reviewer.client().get(sheetPath(reviewer));
        assertRefused(saveSheet(reviewer, page, "7".repeat(1000), "근거"), "decimal.malformed", 4, 4);
        assertEquals(before, sheets());
    }

    @Test
    void aJustificationBeyondItsLengthIsRefusedAndNothingIsStored() throws Exception {
        Reviewer reviewer = reviewer();
        List<String> before = sheets();
        HttpResponse<String> page = reviewer.client().get(sheetPath(reviewer));
        assertRefused(saveSheet(reviewer, page, "5", "가".repeat(4001)), "score.justification.tooLong");
        assertEquals(before, sheets());
    }

    @Test
    void aJustificationOfAHundredThousandCharactersGetsAMessageNotA500() throws Exception {
        Reviewer reviewer = reviewer();
        List<String> before = sheets();
        HttpResponse<String> page = reviewer.client().get(sheetPath(reviewer));
        assertRefused(saveSheet(reviewer, page, "5", "x".repeat(100_000)), "score.justification.tooLong");
        assertEquals(before, sheets());
    }

    @Test
    void aDraftSavedFromAnOlderTabIsRefusedNotSilentlyOverwritten() throws Exception {
        Reviewer reviewer = reviewer();
        HttpResponse<String> firstTab = reviewer.client().get(sheetPath(reviewer));
        HttpResponse<String> secondTab = reviewer.client().get(sheetPath(reviewer));
        HttpResponse<String> saved = saveSheet(reviewer, firstTab, "5", "첫 번째 창");
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains(KoreanText.of("expert.sheet.saved")));
        List<String> afterFirst = sheets();
        assertRefused(saveSheet(reviewer, secondTab, "1", "두 번째 창"), "score.changedElsewhere");
        assertEquals(afterFirst, sheets(), "the first tab's draft stands");
        assertTrue(reviewer.client().get(sheetPath(reviewer)).body().contains("첫 번째 창"));
    }

    @Test
    void aNewDraftFromTwoTabsKeepsTheFirstAndRefusesTheSecond() throws Exception {
        Reviewer reviewer = reviewer();
        HttpResponse<String> firstTab = reviewer.client().get(sheetPath(reviewer));
        HttpResponse<String> secondTab = reviewer.client().get(sheetPath(reviewer));
        assertTrue(saveSheet(reviewer, firstTab, "3", "A").body().contains(KoreanText.of("expert.sheet.saved")));
        HttpResponse<String> again = saveSheet(reviewer, firstTab, "4", "A2");
        assertTrue(
                again.body().contains(KoreanText.of("expert.sheet.saved")),
                "the same tab saves again: it knows the new version");
        List<String> stored = sheets();
        assertRefused(saveSheet(reviewer, secondTab, "2", "B"), "score.changedElsewhere");
        assertEquals(stored, sheets());
    }

    private List<String> scoringTables() {
        return support.tableDigests("round_component", "rubric_criterion", "rubric_override");
    }

    @Test
    void componentPointsWithAHugeExponentAreRefused() throws Exception {
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        HttpResponse<String> page = admin.get("admin/scoring.xhtml?round=" + round);
        List<String> before = scoringTables();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            fields.put("components:" + i + ":points", i == 0 ? HUGE_EXPONENT : "30");
        }
        assertRefused(
                admin.submit("admin/scoring.xhtml?round=" + round, page, "weights", "saveWeights", fields),
                "decimal.malformed",
                4,
                4);
        assertEquals(before, scoringTables());
    }

    @Test
    void aRubricMaximumWithAHugeExponentIsRefused() throws Exception {
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        HttpResponse<String> page = admin.get("admin/scoring.xhtml?round=" + round);
        Matcher line =
                Pattern.compile("name=\"(rubrics:panels:0:lines:0:maxPoints)\"").matcher(page.body());
        assertTrue(line.find(), "the rubric form");
        List<String> before = scoringTables();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("rubrics", "rubrics");
        Matcher inputs = Pattern.compile("name=\"(rubrics:[^\"]+)\"[^>]*value=\"([^\"]*)\"")
                .matcher(page.body());
        while (inputs.find()) {
            form.put(inputs.group(1), inputs.group(2));
        }
        form.put(line.group(1), HUGE_EXPONENT);
        form.put("rubrics:panels:0:reason", "");
        form.put("rubrics:panels:0:save", "");
        form.putAll(PageClient.hiddenFields(page.body()));
        assertRefused(admin.postForm("admin/scoring.xhtml?round=" + round, form), "decimal.malformed", 4, 4);
        assertEquals(before, scoringTables());
    }

    private HttpResponse<String> saveMeasured(PageClient admin, String path, HttpResponse<String> page, String score)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("teams:0:figures:0:measured", score);
        fields.put("teams:0:figures:1:measured", "90");
        return admin.submit(path, page, "teams", "teams:0:saveMeasured", fields);
    }

    @Test
    void aMeasuredBenchmarkScoreWithAHugeExponentIsRefused() throws Exception {
        long[] fixture = support.roundReadyToTally("4,4,4", true);
        PageClient admin = administrator();
        String path = "admin/benchmarks.xhtml?round=" + fixture[0];
        HttpResponse<String> page = admin.get(path);
        List<String> before = support.tableDigests("team_benchmark");
        assertRefused(saveMeasured(admin, path, page, HUGE_EXPONENT), "decimal.malformed", 4, 4);
        assertRefused(saveMeasured(admin, path, admin.get(path), "1E+99999999"), "decimal.malformed", 4, 4);
        assertEquals(before, support.tableDigests("team_benchmark"));
    }

    // ---------------------------------------------------------------- bounded text

    @Test
    void aSignInNameOfAMillionCharactersIsRefusedNextToTheFieldAndNotKept() throws Exception {
        HttpResponse<String> page = browser.get("login.xhtml");
        HttpResponse<String> refused = browser.submit(
                "login.xhtml",
                page,
                "login",
                "submit",
                Map.of("email", "a".repeat(200_000) + "@example.kr", "password", "whatever-password"));
        assertRefused(refused, "account.email.invalid");
        assertTrue(administrator() != null, "the address is not held back by it");
    }

    @Test
    void aSignInNameOf255CharactersIsRefused() throws Exception {
        HttpResponse<String> page = browser.get("login.xhtml");
        String name = "b".repeat(64) + "@" + "c".repeat(187) + ".kr";
        assertEquals(255, name.length());
        assertRefused(
                browser.submit(
                        "login.xhtml", page, "login", "submit", Map.of("email", name, "password", "x-password-1")),
                "account.email.invalid");
    }

    @Test
    void anOverlongPasswordIsNotHashedAndFailsPlainly() throws Exception {
        String email = newEmail();
        assertTrue(browser.signUp(email, "시민", "the-right-password"));
        PageClient other = new PageClient(baseUrl.toURI());
        HttpResponse<String> page = other.get("login.xhtml");
        long started = System.nanoTime();
        HttpResponse<String> failed = other.submit(
                "login.xhtml", page, "login", "submit", Map.of("email", email, "password", "p".repeat(200_000)));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000, "not hashed");
        assertRefused(failed, "login.failed");
        assertTrue(new PageClient(baseUrl.toURI()).signIn(email, "the-right-password"), "the owner still signs in");
    }

    private HttpResponse<String> signUp(String email, String displayName) throws Exception {
        HttpResponse<String> page = browser.get("signup.xhtml");
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "email",
                email,
                "displayName",
                displayName,
                "password",
                "citizen-password-1",
                "passwordConfirmation",
                "citizen-password-1",
                "privacyConsent",
                "on"));
        fields.putAll(PageClient.solvedChallenge(page.body()));
        return browser.submit("signup.xhtml", page, "signup", "submit", fields);
    }

    @Test
    void aSignUpEmailOf255CharactersIsRefusedAndNoAccountIsCreated() throws Exception {
        String email = UUID.randomUUID().toString().substring(0, 20) + "@" + "d".repeat(231) + ".kr";
        assertEquals(255, email.length());
        assertRefused(signUp(email, "시민"), "account.email.invalid");
        assertFalse(support.accountExists(email));
    }

    @Test
    void aSignUpEmailOf100000CharactersIsRefusedAndNoAccountIsCreated() throws Exception {
        String email = "e".repeat(100_000) + "@example.kr";
        List<String> before = support.tableDigests("account");
        assertRefused(signUp(email, "시민"), "account.email.invalid");
        assertEquals(before, support.tableDigests("account"));
    }

    @Test
    void aDisplayNameOf51CharactersIsRefusedAndNoAccountIsCreated() throws Exception {
        String email = newEmail();
        assertRefused(signUp(email, "가".repeat(51)), "account.displayName.invalid");
        assertFalse(support.accountExists(email));
    }

    @Test
    void aDisplayNameOf50CharactersIsAccepted() throws Exception {
        String email = newEmail();
        signUp(email, "가".repeat(50));
        assertTrue(support.accountExists(email), "50 is the limit, not beyond it");
    }

    @Test
    void aDisplayNameOf100000CharactersIsRefusedAndNoAccountIsCreated() throws Exception {
        String email = newEmail();
        assertRefused(signUp(email, "가".repeat(20_000)), "account.displayName.invalid");
        assertFalse(support.accountExists(email));
    }

    @Test
    void aReviewerEmailBeyond254CharactersIsRefusedAndNoAccountIsCreated() throws Exception {
        PageClient admin = administrator();
        HttpResponse<String> page = admin.get("admin/reviewers.xhtml");
        List<String> before = support.tableDigests("account");
        HttpResponse<String> refused = admin.submit(
                "admin/reviewers.xhtml",
                page,
                "createReviewer",
                "create",
                Map.of("email", "f".repeat(5000) + "@example.kr", "displayName", "위원", "panel", "EXPERT"));
        assertRefused(refused, "account.email.invalid");
        assertEquals(before, support.tableDigests("account"));
    }

    @Test
    void aReviewerDisplayNameBeyond50CharactersIsRefusedAndNoAccountIsCreated() throws Exception {
        PageClient admin = administrator();
        HttpResponse<String> page = admin.get("admin/reviewers.xhtml");
        String email = newEmail();
        HttpResponse<String> refused = admin.submit(
                "admin/reviewers.xhtml",
                page,
                "createReviewer",
                "create",
                Map.of("email", email, "displayName", "위".repeat(5000), "panel", "EXPERT"));
        assertRefused(refused, "account.displayName.invalid");
        assertFalse(support.accountExists(email));
    }

    private HttpResponse<String> saveTeam(PageClient admin, Map<String, String> overrides) throws Exception {
        HttpResponse<String> page = admin.get("admin/teams.xhtml");
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "nameKo",
                "적대 팀",
                "nameEn",
                "Hostile team",
                "leadOrganisation",
                "적대 기관",
                "memberOrganisations",
                "",
                "modelName",
                "m",
                "demoUrl",
                ""));
        fields.putAll(overrides);
        return admin.submit("admin/teams.xhtml", page, "teamForm", "save", fields);
    }

    @Test
    void aTeamNameOf5000CharactersIsRefusedAndNoTeamIsStored() throws Exception {
        PageClient admin = administrator();
        List<String> before = support.tableDigests("team", "team_member_organisation");
        assertRefused(saveTeam(admin, Map.of("nameKo", "팀".repeat(5000))), "text.tooLong");
        assertEquals(before, support.tableDigests("team", "team_member_organisation"));
    }

    @Test
    void tooManyMemberOrganisationsOrOverlongOnesAreRefused() throws Exception {
        PageClient admin = administrator();
        List<String> before = support.tableDigests("team", "team_member_organisation");
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            members.append("기관 ").append(i).append('\n');
        }
        HttpResponse<String> many = saveTeam(admin, Map.of("memberOrganisations", members.toString()));
        assertEquals(200, many.statusCode());
        HttpResponse<String> longOne = saveTeam(admin, Map.of("memberOrganisations", "기".repeat(5000)));
        assertRefused(longOne, "text.tooLong");
        HttpResponse<String> longUrl = saveTeam(admin, Map.of("demoUrl", "https://example.kr/" + "u".repeat(5000)));
        assertEquals(200, longUrl.statusCode());
        assertEquals(before, support.tableDigests("team", "team_member_organisation"));
    }

    @Test
    void aGpuLeaseWithOverlongTextOrAHugeQuantityIsRefusedAndNothingIsStored() throws Exception {
        PageClient admin = administrator();
        List<String> before = support.tableDigests("gpu_lease");
        for (Map<String, String> hostile : List.of(
                Map.of("note", "노".repeat(5000), "quantity", "8"),
                Map.of("lessor", "임".repeat(5000), "quantity", "8"),
                Map.of("note", "", "quantity", HUGE_EXPONENT),
                Map.of("note", "", "quantity", "9".repeat(1000)))) {
            HttpResponse<String> page = admin.get("admin/gpus.xhtml");
            Map<String, String> fields = new LinkedHashMap<>(Map.of(
                    "lessor",
                    "SK텔레콤",
                    "lessee",
                    "정부",
                    "accelerator",
                    "NVIDIA B200",
                    "leasedFrom",
                    "2026-01-01",
                    "note",
                    ""));
            fields.putAll(hostile);
            HttpResponse<String> response = admin.submit("admin/gpus.xhtml", page, "leaseForm", "save", fields);
            assertEquals(200, response.statusCode(), hostile.keySet().toString());
            assertFalse(response.body().contains("id=\"error-title\""));
        }
        assertEquals(before, support.tableDigests("gpu_lease"));
    }

    // ---------------------------------------------------------------- no 500 for any size

    private List<String> roundTables() {
        return support.tableDigests("review_round", "round_postponement");
    }

    private HttpResponse<String> postpone(PageClient admin, int round, String opensAt, String reasonKo, String reasonEn)
            throws Exception {
        HttpResponse<String> page = admin.get("admin/rounds.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("round", String.valueOf(round));
        fields.put("opensAt", opensAt);
        fields.put("closesAt", "2099-02-01T09:00");
        fields.put("reasonKo", reasonKo);
        fields.put("reasonEn", reasonEn);
        return admin.submit("admin/rounds.xhtml", page, "postpone", "postponeButton", fields);
    }

    @Test
    void aPostponementReasonOf5000CharactersIsRefusedNextToTheFieldAndNothingChanges() throws Exception {
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        List<String> before = roundTables();
        HttpResponse<String> refused = postpone(admin, round, "2099-01-01T09:00", "사".repeat(5000), "");
        assertRefused(refused, "text.tooLongMax", 1000);
        assertTrue(refused.body()
                .matches("(?s).*id=\"postpone:reasonKo\".*" + Pattern.quote(KoreanText.of("text.tooLongMax", 1000))
                        + ".*"));
        assertEquals(before, roundTables());
    }

    @Test
    void anEnglishPostponementReasonOf5000CharactersIsRefusedAndNothingChanges() throws Exception {
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        List<String> before = roundTables();
        assertRefused(
                postpone(admin, round, "2099-01-01T09:00", "GPU 공급 지연", "r".repeat(5000)), "text.tooLongMax", 1000);
        assertEquals(before, roundTables());
    }

    @Test
    void aMalformedOrHugeDateIsRefusedAndNothingChanges() throws Exception {
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        List<String> before = roundTables();
        for (String date :
                new String[] {"+999999999-01-01T09:00", "9".repeat(10_000), "2026-13-45T99:99", "<script>"}) {
            assertRefused(postpone(admin, round, date, "지연", ""), "admin.postpone.dateTimeInvalid");
        }
        assertEquals(before, roundTables());
    }

    @Test
    void aConflictOrganisationOf5000CharactersIsRefusedAndNothingIsStored() throws Exception {
        Reviewer reviewer = reviewer();
        HttpResponse<String> page = reviewer.client().get("expert/");
        List<String> before = support.tableDigests("conflict_of_interest");
        HttpResponse<String> response = reviewer.client()
                .submit(
                        "expert/",
                        page,
                        "declare",
                        "declareButton",
                        Map.of(
                                "team",
                                String.valueOf(reviewer.team()),
                                "kind",
                                "EMPLOYMENT",
                                "organisation",
                                "기".repeat(5000),
                                "note",
                                "n".repeat(50_000)));
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("id=\"error-title\""));
        assertEquals(before, support.tableDigests("conflict_of_interest"));
    }

    @Test
    void anEligibilityRationaleOf5000CharactersIsRefusedAndNothingIsStored() throws Exception {
        long[] fixture = support.roundReadyToTally("4,4,4", true);
        PageClient admin = administrator();
        String path = "admin/tally.xhtml?round=" + fixture[0];
        HttpResponse<String> page = admin.get(path);
        List<String> before = support.tableDigests("eligibility_decision");
        HttpResponse<String> response = admin.submit(
                path,
                page,
                "inputs",
                "teams:0:saveEligibility",
                Map.of("teams:0:decision", "false", "teams:0:rationale", "근".repeat(5000)));
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("id=\"error-title\""));
        assertEquals(before, support.tableDigests("eligibility_decision"));
    }

    // ---------------------------------------------------------------- request limits

    private HttpResponse<String> rawPost(String path, String body) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(
                HttpRequest.newBuilder(baseUrl.toURI().resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", PageClient.originOf(baseUrl.toURI()))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTwoMegabyteFormBodyIsRefusedWithA4xxAndNothingIsStored() throws Exception {
        String email = newEmail();
        HttpResponse<String> page = browser.get("signup.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signup", "signup");
        form.put("signup:email", email);
        form.put("signup:displayName", "시민");
        form.put("signup:password", "citizen-password-1");
        form.put("signup:passwordConfirmation", "citizen-password-1");
        form.put("signup:privacyConsent", "on");
        form.put("signup:padding", "x".repeat(2 * 1024 * 1024));
        form.put("signup:submit", "");
        form.putAll(PageClient.hiddenFields(page.body()));
        int status;
        try {
            status = browser.postForm("signup.xhtml", form).statusCode();
        } catch (IOException connectionClosed) {
            status = 413; // the server may close the connection after answering while the body is still being sent
        }
        assertTrue(status == 413 || status == 400, "answered " + status);
        assertFalse(support.accountExists(email));
    }

    @Test
    void thousandsOfParametersAreRefusedWithA4xx() throws Exception {
        StringBuilder body = new StringBuilder("login=login");
        for (int i = 0; i < 5000; i++) {
            body.append("&p").append(i).append('=').append(i);
        }
        int status = rawPost("login.xhtml", body.toString()).statusCode();
        assertTrue(status >= 400 && status < 500, "answered " + status);
    }

    @Test
    void anOversizeHeaderIsRefusedWithA4xx() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int status;
        try {
            status = http.send(
                            HttpRequest.newBuilder(baseUrl.toURI().resolve("login.xhtml"))
                                    .header("X-Padding", "h".repeat(200_000))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException closed) {
            status = 400; // Undertow answers 400 or closes the connection on a header block beyond its limit
        }
        assertTrue(status >= 400 && status < 500, "answered " + status);
    }

    @Test
    void theLargestRealFormsFitTheLimits() throws Exception {
        long[] fixture = support.roundReadyToTally("4,4,4", true);
        PageClient admin = administrator();
        for (String path : new String[] {
            "admin/tally.xhtml?round=" + fixture[0],
            "admin/scoring.xhtml?round=" + fixture[0],
            "admin/benchmarks.xhtml?round=" + fixture[0],
            "admin/teams.xhtml",
            "admin/gpus.xhtml"
        }) {
            String html = admin.get(path).body();
            long fields =
                    Pattern.compile("name=\"[^\"]+\"").matcher(html).results().count();
            assertTrue(fields < 250, path + " has " + fields + " fields, well inside max-parameters=500");
        }
    }

    // ---------------------------------------------------------------- locking others out

    @Test
    void aStrangersWrongPasswordsFromOneAddressLeaveTheOwnerSignedInOnceRight() throws Exception {
        String email = newEmail();
        assertTrue(new PageClient(baseUrl.toURI()).signUp(email, "시민", "the-right-password"));
        PageClient stranger = new PageClient(baseUrl.toURI());
        HttpResponse<String> page = stranger.get("login.xhtml");
        assertRefused(
                stranger.submit("login.xhtml", page, "login", "submit", Map.of("email", email, "password", "wrong-1")),
                "login.failed");
        assertTrue(
                new PageClient(baseUrl.toURI()).signIn(email, "the-right-password"), "one failure holds nobody back");
    }

    @Test
    void theRoundsPageAnswersAChangedMeanwhileOpenWithAMessageNotA500() throws Exception {
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        HttpResponse<String> firstTab = admin.get("admin/rounds.xhtml");
        support.close(support.openFreshRound());
        String before = support.roundState(round);
        // The round list in the first tab is stale; posting its "open now" must not fail with an error page.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("rounds", "rounds");
        form.putAll(PageClient.hiddenFields(firstTab.body()));
        HttpResponse<String> response = admin.postForm("admin/rounds.xhtml", form);
        assertTrue(response.statusCode() < 500, "answered " + response.statusCode());
        assertEquals(before, support.roundState(round));
    }

    // ---------------------------------------------------------------- one-time links, e-mail confirmation, passwords

    /** A citizen signed up and signed in, the address not yet confirmed. */
    private PageClient unconfirmedCitizen(String email) throws Exception {
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertEquals(
                302, citizen.submitSignUp(email, "미확인 시민", "citizen-password-1").statusCode());
        assertTrue(citizen.signIn(email, "citizen-password-1"));
        return citizen;
    }

    private List<String> accountsAndLinks() {
        return support.tableDigests("account", "one_time_link");
    }

    @Test
    void aForgedConfirmationLinkIsRefusedAndConfirmsNothing() throws Exception {
        List<String> before = accountsAndLinks();
        HttpResponse<String> forged = browser.get(
                "confirm-email.xhtml?link=" + UUID.randomUUID().toString().replace("-", ""));
        assertRefused(forged, "emailConfirmation.unknown");
        assertFalse(forged.body().contains("id=\"email-confirmed\""));
        assertEquals(before, accountsAndLinks());
    }

    @Test
    void aConfirmationLinkOfTenThousandCharactersIsRefusedNotA500() throws Exception {
        List<String> before = accountsAndLinks();
        HttpResponse<String> huge = browser.get("confirm-email.xhtml?link=" + "A".repeat(10_000));
        assertTrue(
                huge.statusCode() == 200 || huge.statusCode() == 400 || huge.statusCode() == 414,
                "answered " + huge.statusCode());
        assertFalse(huge.body().contains("id=\"email-confirmed\""));
        assertEquals(before, accountsAndLinks());
    }

    @Test
    void aReviewersSetUpLinkDoesNotConfirmAnAddressAndStaysUsable() throws Exception {
        String[] reviewer = support.createAssignedReviewer(support.openFreshRound());
        List<String> before = accountsAndLinks();
        assertRefused(browser.get("confirm-email.xhtml?link=" + reviewer[1]), "emailConfirmation.unknown");
        assertEquals(before, accountsAndLinks(), "the set-up link was not spent");
        HttpResponse<String> setPage = browser.get("set-password.xhtml?link=" + reviewer[1]);
        browser.submit(
                "set-password.xhtml",
                setPage,
                "setPassword",
                "save",
                Map.of(
                        "link",
                        reviewer[1],
                        "password",
                        "reviewer-password-1",
                        "passwordConfirmation",
                        "reviewer-password-1"));
        assertTrue(
                new PageClient(baseUrl.toURI()).signIn(reviewer[0], "reviewer-password-1"),
                "the link still set the password");
    }

    @Test
    void aConfirmationLinkCannotSetAPassword() throws Exception {
        String email = newEmail();
        unconfirmedCitizen(email);
        String link = TestMailbox.confirmationLink(email);
        String secret = link.substring(link.indexOf("link=") + 5);
        List<String> before = accountsAndLinks();
        HttpResponse<String> page = browser.get("set-password.xhtml?link=" + secret);
        HttpResponse<String> refused = browser.submit(
                "set-password.xhtml",
                page,
                "setPassword",
                "save",
                Map.of(
                        "link",
                        secret,
                        "password",
                        "hijacked-password-1",
                        "passwordConfirmation",
                        "hijacked-password-1"));
        assertRefused(refused, "setupLink.unknown");
        assertEquals(before, accountsAndLinks());
        assertTrue(
                new PageClient(baseUrl.toURI()).signIn(email, "citizen-password-1"),
                "the password is the citizen's own");
    }

    @Test
    void aSetPasswordOfAHundredThousandCharactersIsRefusedAndTheLinkStaysUnused() throws Exception {
        String[] reviewer = support.createAssignedReviewer(support.openFreshRound());
        List<String> before = accountsAndLinks();
        HttpResponse<String> page = browser.get("set-password.xhtml?link=" + reviewer[1]);
        HttpResponse<String> refused = browser.submit(
                "set-password.xhtml",
                page,
                "setPassword",
                "save",
                Map.of(
                        "link",
                        reviewer[1],
                        "password",
                        "p".repeat(100_000),
                        "passwordConfirmation",
                        "p".repeat(100_000)));
        assertRefused(refused, "account.password.weak");
        assertEquals(before, accountsAndLinks());
    }

    @Test
    void anUnconfirmedCitizensForgedBallotStoresNothing() throws Exception {
        int round = support.openFreshRound();
        PageClient citizen = unconfirmedCitizen(newEmail());
        HttpResponse<String> page = citizen.get("ballot.xhtml");
        assertTrue(page.body().contains("id=\"email-unconfirmed\""));
        // The only form on the page is "send the link again"; its ViewState carries a forged ballot.
        Map<String, String> ballot = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            ballot.put("teams:" + i + ":criteria:0:rating", "5");
        }
        HttpResponse<String> forged =
                citizen.post("ballot.xhtml", "ballot", "submit", ballot, PageClient.viewState(page.body()));
        assertTrue(forged.statusCode() < 500, "answered " + forged.statusCode());
        assertFalse(forged.body().contains("id=\"receipt\""));
        assertEquals(0, support.storedBallots(round));
    }

    @Test
    void confirmationMailsBeyondTheHourlyLimitAreRefusedAndNotSent() throws Exception {
        String email = newEmail();
        PageClient citizen = unconfirmedCitizen(email);
        TestMailbox.confirmationLink(email);
        HttpResponse<String> answer = null;
        for (int i = 0; i < 6; i++) {
            answer = citizen.submit("ballot.xhtml", citizen.get("ballot.xhtml"), "confirmation", "resend", Map.of());
        }
        assertRefused(answer, "emailConfirmation.rateLimited");
        // Mail is sent after commit, on the server's executor: wait for the six accepted ones, then give a
        // seventh a bounded while to show up (an absence cannot be awaited; a seventh ends the wait at once).
        assertEquals(
                6,
                Eventually.value(Duration.ofSeconds(30), () -> TestMailbox.mailTo(email), mails -> mails.size() >= 6)
                        .size(),
                "the sign-up mail and five resent ones");
        assertEquals(
                6,
                Eventually.value(Duration.ofSeconds(2), () -> TestMailbox.mailTo(email), mails -> mails.size() > 6)
                        .size(),
                "no seventh mail");
    }

    private static HttpResponse<String> changePassword(PageClient client, String current, String next)
            throws Exception {
        return client.submit(
                "account/password.xhtml",
                client.get("account/password.xhtml"),
                "changePassword",
                "save",
                Map.of("currentPassword", current, "password", next, "passwordConfirmation", next));
    }

    @Test
    void aCurrentPasswordOfAHundredThousandCharactersIsNotHashedAndChangesNothing() throws Exception {
        String email = newEmail();
        PageClient citizen = unconfirmedCitizen(email);
        List<String> before = accountsAndLinks();
        long started = System.nanoTime();
        HttpResponse<String> refused = changePassword(citizen, "c".repeat(100_000), "another-password-2");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000, "not hashed");
        assertRefused(refused, "account.password.currentWrong");
        assertEquals(before, accountsAndLinks());
    }

    @Test
    void aChangePasswordPostWithAnotherSessionsViewStateChangesNothing() throws Exception {
        String email = newEmail();
        PageClient citizen = unconfirmedCitizen(email);
        PageClient attacker = new PageClient(baseUrl.toURI());
        assertTrue(attacker.signUp(newEmail(), "공격자", "attacker-password-1"));
        String attackersViewState =
                PageClient.viewState(attacker.get("account/password.xhtml").body());
        List<String> before = accountsAndLinks();
        HttpResponse<String> forged = citizen.post(
                "account/password.xhtml",
                "changePassword",
                "save",
                Map.of(
                        "currentPassword",
                        "citizen-password-1",
                        "password",
                        "forged-password-1",
                        "passwordConfirmation",
                        "forged-password-1"),
                attackersViewState);
        assertEquals(400, forged.statusCode(), "refused as an expired page, never a 500");
        assertEquals(before, accountsAndLinks());
    }

    @Test
    void anAnonymousChangePasswordPostIsSentToSignInAndChangesNothing() throws Exception {
        List<String> before = accountsAndLinks();
        HttpResponse<String> anonymous = browser.postForm(
                "account/password.xhtml",
                Map.of(
                        "changePassword",
                        "changePassword",
                        "changePassword:currentPassword",
                        "x",
                        "changePassword:password",
                        "forged-password-1",
                        "changePassword:passwordConfirmation",
                        "forged-password-1",
                        "changePassword:save",
                        ""));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
        assertEquals(before, accountsAndLinks());
    }

    // ---------------------------------------------------------------- cancelling and moving rounds

    private HttpResponse<String> cancel(PageClient client, String round, String reasonKo) throws Exception {
        HttpResponse<String> page = client.get("admin/rounds.xhtml");
        return client.submit(
                "admin/rounds.xhtml",
                page,
                "cancel",
                "cancelButton",
                Map.of("round", round, "reasonKo", reasonKo, "reasonEn", ""));
    }

    @Test
    void aCancellationWithoutAReasonIsRefusedAndTheRoundStaysScheduled() throws Exception {
        int round = support.scheduleAhead();
        List<String> before = roundTables();
        assertRefused(cancel(administrator(), String.valueOf(round), " "), "postponement.reason.required");
        assertEquals(before, roundTables());
    }

    @Test
    void aCancellationReasonOf5000CharactersIsRefusedNextToTheFieldAndNothingChanges() throws Exception {
        int round = support.scheduleAhead();
        List<String> before = roundTables();
        HttpResponse<String> refused = cancel(administrator(), String.valueOf(round), "취".repeat(5000));
        assertRefused(refused, "text.tooLongMax", 1000);
        assertTrue(refused.body()
                .matches("(?s).*id=\"cancel:reasonKo\".*" + Pattern.quote(KoreanText.of("text.tooLongMax", 1000))
                        + ".*"));
        assertEquals(before, roundTables());
    }

    @Test
    void anOpenRoundCannotBeCancelledByAForgedRoundNumber() throws Exception {
        int open = support.openFreshRound();
        String state = support.roundState(open);
        HttpResponse<String> forged = cancel(administrator(), String.valueOf(open), "위조된 취소");
        assertEquals(200, forged.statusCode(), "a choice the form does not offer is refused on the form");
        assertFalse(forged.body().contains("id=\"error-title\""));
        assertEquals(state, support.roundState(open), "the open round is as it was");
    }

    @Test
    void aCancellationOfARoundThatDoesNotExistChangesNothing() throws Exception {
        support.scheduleAhead();
        List<String> before = roundTables();
        for (String round : new String[] {"99999", "-1", "abc", "9".repeat(1000)}) {
            HttpResponse<String> forged = cancel(administrator(), round, "없는 회차");
            assertEquals(200, forged.statusCode(), round);
            assertFalse(forged.body().contains("id=\"error-title\""), round);
        }
        assertEquals(before, roundTables());
    }

    @Test
    void aCitizenCannotCancelARound() throws Exception {
        int round = support.scheduleAhead();
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertTrue(citizen.signUp(newEmail(), "시민", "citizen-password-1"));
        List<String> before = roundTables();
        assertEquals(403, citizen.get("admin/rounds.xhtml").statusCode());
        HttpResponse<String> forged = citizen.postForm(
                "admin/rounds.xhtml",
                Map.of(
                        "cancel",
                        "cancel",
                        "cancel:round",
                        String.valueOf(round),
                        "cancel:reasonKo",
                        "시민의 취소",
                        "cancel:cancelButton",
                        ""));
        assertEquals(403, forged.statusCode());
        assertEquals(before, roundTables());
    }

    @Test
    void anAnonymousCancelPostIsSentToSignInAndChangesNothing() throws Exception {
        int round = support.scheduleAhead();
        List<String> before = roundTables();
        HttpResponse<String> anonymous = browser.postForm(
                "admin/rounds.xhtml",
                Map.of(
                        "cancel",
                        "cancel",
                        "cancel:round",
                        String.valueOf(round),
                        "cancel:reasonKo",
                        "익명 취소",
                        "cancel:cancelButton",
                        ""));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
        assertEquals(before, roundTables());
    }

    @Test
    void aCancelledRoundCannotBePostponedBackIntoTheProgramme() throws Exception {
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        assertTrue(cancel(admin, String.valueOf(round), "일정 취소")
                .body()
                .contains(KoreanText.of("admin.round.cancelled", round)));
        List<String> before = roundTables();
        HttpResponse<String> forged = postpone(admin, round, "2099-01-01T09:00", "되살리기", "");
        assertEquals(200, forged.statusCode());
        assertFalse(forged.body().contains("id=\"error-title\""));
        assertEquals(before, roundTables(), "a cancelled round stays cancelled");
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRefusedAndNothingChanges() throws Exception {
        int round = support.scheduleAhead();
        PageClient admin = administrator();
        List<String> before = roundTables();
        HttpResponse<String> page = admin.get("admin/rounds.xhtml");
        HttpResponse<String> refused = admin.submit(
                "admin/rounds.xhtml",
                page,
                "postpone",
                "postponeButton",
                Map.of(
                        "round",
                        String.valueOf(round),
                        "opensAt",
                        "2099-03-01T09:00",
                        "closesAt",
                        "2099-02-01T09:00",
                        "reasonKo",
                        "거꾸로",
                        "reasonEn",
                        ""));
        assertRefused(refused, "window.closesBeforeOpens");
        assertEquals(before, roundTables());
    }

    @Test
    void anOpenRoundsStartCannotBeMoved() throws Exception {
        int open = support.openFreshRound();
        String state = support.roundState(open);
        assertRefused(
                postpone(administrator(), open, "2099-01-01T09:00", "시작 이동", ""), "round.postpone.openKeepsStart");
        assertEquals(state, support.roundState(open));
    }

    // ---------------------------------------------------------------- accounts: injection and markup

    @Test
    void aSignUpEmailWithALineBreakIsRefusedSoNoMailHeaderCanBeInjected() throws Exception {
        String email = "inject-" + UUID.randomUUID() + "@example.kr\r\nBcc: victim@example.kr";
        List<String> before = support.tableDigests("account", "one_time_link");
        assertRefused(signUp(email, "시민"), "account.email.invalid");
        assertEquals(before, support.tableDigests("account", "one_time_link"));
        assertTrue(TestMailbox.mailTo("victim@example.kr").isEmpty(), "no mail went anywhere");
    }

    @Test
    void aDisplayNameWithMarkupIsShownAsTextNeverAsMarkup() throws Exception {
        String email = newEmail();
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertEquals(
                302,
                citizen.submitSignUp(email, "<script>alert(1)</script>", "citizen-password-1")
                        .statusCode());
        assertTrue(citizen.signIn(email, "citizen-password-1"));
        String home = citizen.get("").body();
        assertFalse(home.contains("<script>alert(1)</script>"), "never rendered as markup");
        assertTrue(home.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as the text it is");
    }

    @Test
    void aConfirmationLinkCarryingSqlIsRefusedAndConfirmsNothing() throws Exception {
        List<String> before = accountsAndLinks();
        HttpResponse<String> forged = browser.get(
                "confirm-email.xhtml?link=" + java.net.URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8));
        assertRefused(forged, "emailConfirmation.unknown");
        assertEquals(before, accountsAndLinks());
    }

    @Test
    void anAnonymousResendPostIsSentToSignInAndSendsNothing() throws Exception {
        HttpResponse<String> anonymous =
                browser.postForm("ballot.xhtml", Map.of("confirmation", "confirmation", "confirmation:resend", ""));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
    }

    @Test
    void aNewPasswordOfAHundredThousandCharactersIsRefusedWithoutHashingAndChangesNothing() throws Exception {
        PageClient citizen = unconfirmedCitizen(newEmail());
        List<String> before = accountsAndLinks();
        long started = System.nanoTime();
        HttpResponse<String> refused = changePassword(citizen, "citizen-password-1", "n".repeat(100_000));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000, "not hashed");
        assertRefused(refused, "account.password.weak");
        assertEquals(before, accountsAndLinks());
    }

    // ---------------------------------------------------------------- the arena

    private List<String> arenaTables() {
        return support.tableDigests(
                "arena_prompt_set", "arena_prompt", "arena_answer_set", "arena_answer", "arena_cell", "arena_battle");
    }

    private static String arenaToken(HttpResponse<String> page) {
        Matcher token =
                Pattern.compile("name=\"vote:token\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        assertTrue(token.find(), "a battle on the page");
        return token.group(1);
    }

    private static String uploadToken(PageClient admin, int round) throws Exception {
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"")
                .matcher(admin.get("admin/arena.xhtml?round=" + round).body());
        assertTrue(token.find(), "the upload forms' token");
        return token.group(1);
    }

    @Test
    void aFortyMegabytePromptFileIsRefusedForItsSizeNotWithA500() throws Exception {
        int round = support.scheduleArenaRound(0);
        PageClient admin = administrator();
        String token = uploadToken(admin, round);
        List<String> before = arenaTables();
        byte[] line = "{\"id\":\"p-001\",\"category\":\"civic\",\"ko\":\"질문\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[40 * 1024 * 1024];
        for (int i = 0; i + line.length <= file.length; i += line.length) {
            System.arraycopy(line, 0, file, i, line.length);
        }
        java.util.Arrays.fill(file, file.length - file.length % line.length, file.length, (byte) '\n');
        HttpResponse<String> answer = admin.postMultipart(
                "admin/arena-upload",
                Map.of("round", String.valueOf(round), "kind", "prompts", "token", token),
                "file",
                "prompts.jsonl",
                file);
        // Within the upload servlet's limit (the largest answer file) but beyond the largest prompt file: the parser
        // refuses it
        // by its size before reading a line, and the page says so.
        assertEquals(302, answer.statusCode(), "back to the arena page: " + answer.statusCode());
        String page = admin.get("admin/arena.xhtml?round=" + round).body();
        assertTrue(
                page.contains(KoreanText.of(
                        "arena.file.tooLarge",
                        kr.go.msit.sovereignai.domain.arena.PromptSetFile.MAX_FILE_BYTES,
                        file.length)),
                "the page names the size limit");
        assertEquals(before, arenaTables(), "nothing stored");
        assertEquals(0, support.auditEntries(round, "ARENA_PROMPTS_COMMITTED"));
        assertTrue(admin.get("admin/arena.xhtml?round=" + round).body().contains("id=\"no-prompts\""));
    }

    @Test
    void aVoteTokenOfAMegabyteOrOfAHundredKilobytesIsRefusedAndNothingIsStored() throws Exception {
        int round = support.openArenaRound(2, 30);
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertTrue(citizen.signUp(newEmail(), "시민", "citizen-password-1"));
        HttpResponse<String> page = citizen.get("arena.xhtml");
        String token = arenaToken(page);
        List<String> before = arenaTables();
        int status;
        try {
            status = arenaVote(citizen, page, "t".repeat(1024 * 1024), "a-better")
                    .statusCode();
        } catch (IOException connectionClosed) {
            status = 413;
        }
        assertTrue(status == 413 || status == 400, "a body beyond the limit, never a 500: " + status);
        HttpResponse<String> refused =
                arenaVote(citizen, citizen.get("arena.xhtml"), token + "x".repeat(100_000), "a-better");
        assertRefused(refused, "arena.refused.tokenUnknown");
        assertFalse(refused.body().contains("id=\"arena-receipt\""));
        assertEquals(before, arenaTables(), "nothing stored");
        assertEquals(token, arenaToken(citizen.get("arena.xhtml")), "the battle still waits for its vote");
    }

    @Test
    void aVoteWithAChoiceThatIsNotOneOfTheFourStoresNothing() throws Exception {
        int round = support.openArenaRound(2, 30);
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertTrue(citizen.signUp(newEmail(), "시민", "citizen-password-1"));
        HttpResponse<String> page = citizen.get("arena.xhtml");
        String token = arenaToken(page);
        List<String> before = arenaTables();
        for (String button : new String[] {"a-much-better", "A_BETTER", "vote", "a-better:x"}) {
            HttpResponse<String> forged = arenaVote(citizen, citizen.get("arena.xhtml"), token, button);
            assertTrue(forged.statusCode() < 500, button + " answered " + forged.statusCode());
            assertFalse(forged.body().contains("id=\"arena-receipt\""), button);
        }
        assertEquals(before, arenaTables(), "nothing stored");
        long[] fill = support.arenaFill(round);
        assertEquals(0, fill[3], "no vote counted");
        assertEquals(token, arenaToken(citizen.get("arena.xhtml")), "the battle still waits for its vote");
    }

    @Test
    void anAnswerWithAnImageErrorHandlerIsRefusedAndTheTeamsAnswersStay() throws Exception {
        int round = support.scheduleArenaRound(3);
        PageClient admin = administrator();
        String page = admin.get("admin/arena.xhtml?round=" + round).body();
        Matcher team = Pattern.compile(
                        "id=\"answers-upload-([^\"]+)\">\\s*(?:<input[^>]*>\\s*)*?<input type=\"hidden\" name=\"team\" value=\"(\\d+)\"")
                .matcher(page);
        assertTrue(team.find(), "an answer upload form");
        String token = uploadToken(admin, round);
        List<String> before = arenaTables();
        long uploads = support.roundAuditEntries(round, "ARENA_ANSWERS_UPLOADED");
        String answers = "{\"prompt\":\"p-001\",\"answer\":\"정부24에서 발급받으세요.\"}\n"
                + "{\"prompt\":\"p-002\",\"answer\":\"<img src=x onerror=alert(1)>\"}\n"
                + "{\"prompt\":\"p-003\",\"answer\":\"행정복지센터에 가세요.\"}\n";
        HttpResponse<String> refused = admin.postMultipart(
                "admin/arena-upload",
                Map.of("round", String.valueOf(round), "kind", "answers", "team", team.group(2), "token", token),
                "file",
                "answers.jsonl",
                answers.getBytes(StandardCharsets.UTF_8));
        assertEquals(302, refused.statusCode());
        String shown = admin.get("admin/arena.xhtml?round=" + round).body();
        assertTrue(
                shown.contains("<li class=\"upload-problem\">")
                        && shown.contains(KoreanText.of("arena.answer.html", "p-002")),
                shown);
        assertFalse(shown.contains("onerror=alert(1)"), "never echoed as markup");
        assertEquals(before, arenaTables(), "the team's earlier answers stay as they were");
        assertEquals(uploads, support.roundAuditEntries(round, "ARENA_ANSWERS_UPLOADED"), "no upload recorded");
    }

    @Test
    void anAnonymousArenaVotePostIsSentToSignInAndStoresNothing() throws Exception {
        int round = support.openArenaRound(2, 30);
        PageClient citizen = new PageClient(baseUrl.toURI());
        assertTrue(citizen.signUp(newEmail(), "시민", "citizen-password-1"));
        String token = arenaToken(citizen.get("arena.xhtml"));
        List<String> before = arenaTables();
        HttpResponse<String> anonymous =
                browser.postForm("arena.xhtml", Map.of("vote", "vote", "vote:token", token, "vote:a-better", ""));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
        assertEquals(before, arenaTables(), "nothing stored");
        assertEquals(0, support.arenaFill(round)[3]);
    }

    // ---------------------------------------------------------------- open data API

    @Test
    void theOpenDataApiAnswersNonsenseRoundNumbersWith404NotA500() throws Exception {
        for (String round : new String[] {"-1", "0", "abc", "99999", "9".repeat(40), "%27%20OR%201=1"}) {
            for (String part : new String[] {"/results", "/results.csv", "/bulletin.csv"}) {
                int status = browser.get("api/rounds/" + round + part).statusCode();
                assertTrue(status == 404 || status == 400, round + part + " answered " + status);
            }
        }
    }

    @Test
    void pagesWithPersonalOrAdministrativeContentAreNeverKeptInACache() throws Exception {
        PageClient citizen = unconfirmedCitizen(newEmail());
        for (String path : new String[] {"account/password.xhtml", "ballot.xhtml"}) {
            assertEquals(
                    "no-store",
                    citizen.get(path).headers().firstValue("Cache-Control").orElse(""),
                    path);
        }
        PageClient admin = administrator();
        for (String path : new String[] {"admin/", "admin/rounds.xhtml", "account/password.xhtml"}) {
            assertEquals(
                    "no-store",
                    admin.get(path).headers().firstValue("Cache-Control").orElse(""),
                    path);
        }
    }
}
