package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.go.msit.sovereignai.domain.arena.AnswerSetFile;
import kr.go.msit.sovereignai.domain.arena.ArenaFileRefused;
import kr.go.msit.sovereignai.domain.arena.ArenaFileRefused.Problem;
import kr.go.msit.sovereignai.domain.arena.ArenaPrompt;
import kr.go.msit.sovereignai.domain.arena.PromptSetFile;
import org.junit.jupiter.api.Test;

/** One team's answers: every prompt answered once, no unknown prompt, no raw HTML, the canonical form's digest. */
class AnswerSetFileTest {

    /** The teams the platform seeds (ProgrammeSeed), one example answer file each. */
    static final List<String> SEEDED_TEAM_CODES =
            List.of("naver-cloud", "upstage", "sk-telecom", "nc-ai", "lg-ai-research");

    private static final Set<String> THREE = Set.of("p1", "p2", "p3");

    private static String line(String prompt, String answer) {
        return "{\"prompt\":\"" + prompt + "\",\"answer\":\"" + answer + "\"}\n";
    }

    private static AnswerSetFile.Parsed parse(String text, Set<String> promptIds) {
        return AnswerSetFile.parse(text.getBytes(StandardCharsets.UTF_8), promptIds);
    }

    private static List<Problem> refused(String text, Set<String> promptIds) {
        return assertThrows(ArenaFileRefused.class, () -> parse(text, promptIds))
                .problems();
    }

    private static void assertOnly(List<Problem> problems, int line, String key, Object... arguments) {
        assertEquals(List.of(new Problem(line, key, List.of(arguments))), problems);
    }

    static Set<String> examplePromptIds() throws IOException {
        return PromptSetFile.parse(
                        Files.readAllBytes(PromptSetFileTest.EXAMPLES.resolve("prompts.jsonl")), "prompts.jsonl")
                .prompts()
                .stream()
                .map(ArenaPrompt::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Path exampleAnswers(String teamCode) {
        return PromptSetFileTest.EXAMPLES.resolve("answers-" + teamCode + ".jsonl");
    }

    // ------------------------------------------------------------------ good files

    @Test
    void everySeededTeamsExampleAnswersTheExamplePrompts() throws IOException {
        Set<String> ids = examplePromptIds();
        Set<String> digests = new TreeSet<>();
        for (String team : SEEDED_TEAM_CODES) {
            AnswerSetFile.Parsed parsed = AnswerSetFile.parse(Files.readAllBytes(exampleAnswers(team)), ids);
            assertEquals(
                    new ArrayList<>(new TreeSet<>(ids)),
                    new ArrayList<>(parsed.answers().keySet()),
                    team);
            assertTrue(parsed.sha256().matches("[0-9a-f]{64}"), team);
            digests.add(parsed.sha256());
        }
        assertEquals(SEEDED_TEAM_CODES.size(), digests.size(), "every team answered differently");
    }

    @Test
    void theCanonicalFormIsSortedByPromptIdAndIndependentOfLineOrder() {
        String p2 = "{\"answer\":\"**굵게**\\n- 하나\\n- \\\"둘\\\" \\\\ \\t끝\",\"prompt\":\" p2 \"}\n";
        AnswerSetFile.Parsed parsed = parse(p2 + "\n" + line("p10", "열") + line("p1", "하나"), Set.of("p1", "p2", "p10"));
        assertEquals(
                List.of("p1", "p10", "p2"), new ArrayList<>(parsed.answers().keySet()));
        assertEquals("**굵게**\n- 하나\n- \"둘\" \\ \t끝", parsed.answers().get("p2"));
        assertEquals(
                "{\"prompt\":\"p1\",\"answer\":\"하나\"}\n{\"prompt\":\"p10\",\"answer\":\"열\"}\n"
                        + "{\"prompt\":\"p2\",\"answer\":\"**굵게**\\n- 하나\\n- \\\"둘\\\" \\\\ \\t끝\"}\n",
                parsed.canonical());
        assertEquals(
                parsed.sha256(),
                parse(line("p1", "하나") + line("p10", "열") + p2, Set.of("p1", "p2", "p10"))
                        .sha256());
        assertNotEquals(
                parsed.sha256(),
                parse(line("p1", "하나 ") + line("p10", "열") + p2, Set.of("p1", "p2", "p10"))
                        .sha256(),
                "the answer is kept exactly, trailing space included");
    }

    @Test
    void theDigestChangesWithOneCharacter() throws IOException {
        Set<String> ids = examplePromptIds();
        String file = Files.readString(exampleAnswers("upstage"));
        String digest = parse(file, ids).sha256();
        List<String> lines = new ArrayList<>(file.lines().toList());
        Collections.reverse(lines);
        assertEquals(digest, parse(String.join("\r\n", lines), ids).sha256());
        assertNotEquals(digest, parse(file.replaceFirst("14일", "15일"), ids).sha256());
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void anEmptyFileIsRefused() {
        assertOnly(refused("", THREE), 0, "arena.file.empty");
        assertOnly(refused("\uFEFF\r\n \n", THREE), 0, "arena.file.empty");
    }

    @Test
    void malformedLinesAndKeysOtherThanPromptAndAnswerAreRefused() {
        String good = line("p1", "하나") + line("p2", "둘");
        assertEquals(
                List.of(
                        new Problem(3, "arena.file.json", List.of()),
                        new Problem(0, "arena.answer.missing", List.of("p3"))),
                refused(good + "{\"prompt\":\"p3\",\"answer\":\"셋\"\n", THREE));
        // a line refused for its keys or types still answers its prompt: p3 is not named missing
        assertOnly(
                refused(good + "{\"prompt\":\"p3\",\"answer\":\"셋\",\"model\":\"m-1\"}\n", THREE),
                3,
                "arena.file.keyUnknown",
                "model");
        assertOnly(
                refused(good + "{\"prompt\":\"p3\",\"answer\":\"셋\",\"answer\":\"넷\"}\n", THREE),
                3,
                "arena.file.keyDuplicate",
                "answer");
        assertOnly(refused(good + "{\"prompt\":\"p3\",\"answer\":3}\n", THREE), 3, "arena.file.notString", "answer");
        assertEquals(
                List.of(
                        new Problem(3, "arena.answer.promptRequired", List.of()),
                        new Problem(0, "arena.answer.missing", List.of("p3"))),
                refused(good + "{\"answer\":\"셋\"}\n", THREE));
        assertEquals(
                List.of(
                        new Problem(3, "arena.file.notString", List.of("prompt")),
                        new Problem(0, "arena.answer.missing", List.of("p3"))),
                refused(good + "{\"prompt\":3,\"answer\":\"셋\"}\n", THREE));
    }

    @Test
    void anUnknownPromptIsRefused() {
        assertOnly(
                refused(line("p1", "하나") + line("p2", "둘") + line("p3", "셋") + line("p4", "넷"), THREE),
                4,
                "arena.answer.unknownPrompt",
                "p4");
    }

    @Test
    void aPromptAnsweredTwiceNamesTheFirstLine() {
        assertOnly(
                refused(line("p1", "하나") + line("p2", "둘") + "\n" + line("p3", "셋") + line("p2", "다시 둘"), THREE),
                5,
                "arena.answer.duplicate",
                "p2",
                2);
    }

    @Test
    void aBlankAnswerIsRefused() {
        assertOnly(
                refused(line("p1", "하나") + line("p2", " \\n ") + line("p3", "셋"), THREE),
                2,
                "arena.answer.blank",
                "p2");
        assertOnly(
                refused(line("p1", "하나") + "{\"prompt\":\"p2\",\"answer\":null}\n" + line("p3", "셋"), THREE),
                2,
                "arena.answer.blank",
                "p2");
    }

    @Test
    void anAnswerHasAtMost16Kb() {
        String atLimit = "가".repeat(5461) + "x"; // 16,383 + 1 bytes
        assertEquals(AnswerSetFile.MAX_ANSWER_BYTES, atLimit.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(atLimit, parse(line("p1", atLimit), Set.of("p1")).answers().get("p1"));
        assertOnly(refused(line("p1", atLimit + "y"), Set.of("p1")), 1, "arena.answer.tooLong", "p1", 16385, 16384);
    }

    @Test
    void aFileAboveTheLimitForTheSetIsRefusedBeforeItIsRead() {
        assertEquals(3 * (2 * 16384 + 1024), AnswerSetFile.maxFileBytes(3));
        byte[] tooLarge = new byte[AnswerSetFile.maxFileBytes(3) + 1];
        assertEquals(
                List.of(new Problem(0, "arena.file.tooLarge", List.of(AnswerSetFile.maxFileBytes(3), tooLarge.length))),
                assertThrows(ArenaFileRefused.class, () -> AnswerSetFile.parse(tooLarge, THREE))
                        .problems());
    }

    @Test
    void rawHtmlInAnAnswerIsRefusedButCodeMayShowIt() {
        assertOnly(
                refused(line("p1", "하나") + line("p2", "<script>alert(1)</script>") + line("p3", "셋"), THREE),
                2,
                "arena.answer.html",
                "p2");
        assertOnly(
                refused(line("p1", "<b>하나</b>") + line("p2", "둘") + line("p3", "셋"), THREE),
                1,
                "arena.answer.html",
                "p1");
        assertEquals(
                "`<script>`을 쓰지 마세요. a < b",
                parse(line("p1", "`<script>`을 쓰지 마세요. a < b") + line("p2", "둘") + line("p3", "셋"), THREE)
                        .answers()
                        .get("p1"));
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefused() {
        assertOnly(
                refused(line("p1", "a\\u0000b") + line("p2", "둘") + line("p3", "셋"), THREE),
                1,
                "arena.file.controlChar",
                "answer",
                "U+0000");
        assertOnly(
                refused(line("p1", "a\\r\\nb") + line("p2", "둘") + line("p3", "셋"), THREE),
                1,
                "arena.file.controlChar",
                "answer",
                "U+000D");
        assertOnly(
                refused(line("p1", "a\\udc00") + line("p2", "둘") + line("p3", "셋"), THREE),
                1,
                "arena.file.surrogate",
                "answer");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] file = (line("p1", "하나") + line("p2", "둘") + line("p3", "셋")).getBytes(StandardCharsets.UTF_8);
        file[file.length - 5] = (byte) 0xFF;
        assertEquals(
                List.of(new Problem(3, "arena.file.encoding", List.of())),
                assertThrows(ArenaFileRefused.class, () -> AnswerSetFile.parse(file, THREE))
                        .problems());
    }

    @Test
    void anIncompleteSetNamesTheMissingPromptsInIdOrder() {
        Set<String> twenty = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> String.format("p-%03d", i))
                .collect(Collectors.toSet());
        StringBuilder file = new StringBuilder();
        twenty.stream().sorted().filter(id -> !id.equals("p-017")).forEach(id -> file.append(line(id, "답변 " + id)));
        assertOnly(refused(file.toString(), twenty), 0, "arena.answer.missing", "p-017");

        ArenaFileRefused refused = assertThrows(ArenaFileRefused.class, () -> parse(line("p-005", "다섯"), twenty));
        assertEquals(
                List.of("p-001", "p-002", "p-003", "p-004", "p-006", "p-007", "p-008", "p-009", "p-010", "p-011"),
                refused.problems().stream().map(p -> p.arguments().get(0)).toList());
        assertTrue(refused.problems().stream()
                .allMatch(p -> p.line() == 0 && p.messageKey().equals("arena.answer.missing")));
        assertTrue(refused.more());
    }

    @Test
    void problemsOfSeveralLinesComeFirstThenTheMissingPrompts() {
        List<Problem> problems = refused(line("p9", "아홉") + line("p1", "<i>하나</i>") + line("p1", "하나"), THREE);
        assertEquals(
                List.of(
                        new Problem(1, "arena.answer.unknownPrompt", List.of("p9")),
                        new Problem(2, "arena.answer.html", List.of("p1")),
                        new Problem(3, "arena.answer.duplicate", List.of("p1", 2)),
                        new Problem(0, "arena.answer.missing", List.of("p2")),
                        new Problem(0, "arena.answer.missing", List.of("p3"))),
                problems);
    }
}
