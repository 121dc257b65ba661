package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kr.go.msit.sovereignai.domain.arena.ArenaFileRefused;
import kr.go.msit.sovereignai.domain.arena.ArenaFileRefused.Problem;
import kr.go.msit.sovereignai.domain.arena.ArenaPrompt;
import kr.go.msit.sovereignai.domain.arena.PromptSetFile;
import org.junit.jupiter.api.Test;

/** A round's prompt set from JSONL or CSV: the canonical form and its digest, and every refusal with its line and key. */
class PromptSetFileTest {

    static final Path EXAMPLES = Path.of("examples/arena");

    private static PromptSetFile.Parsed jsonl(String text) {
        return PromptSetFile.parse(text.getBytes(StandardCharsets.UTF_8), "prompts.jsonl");
    }

    private static PromptSetFile.Parsed csv(String text) {
        return PromptSetFile.parse(text.getBytes(StandardCharsets.UTF_8), "prompts.csv");
    }

    private static String line(String id, String category, String ko) {
        return "{\"id\":\"" + id + "\",\"category\":\"" + category + "\",\"ko\":\"" + ko + "\"}\n";
    }

    private static List<Problem> refusedJsonl(String text) {
        return assertThrows(ArenaFileRefused.class, () -> jsonl(text)).problems();
    }

    private static List<Problem> refusedCsv(String text) {
        return assertThrows(ArenaFileRefused.class, () -> csv(text)).problems();
    }

    private static void assertOnly(List<Problem> problems, int line, String key, Object... arguments) {
        assertEquals(List.of(new Problem(line, key, List.of(arguments))), problems);
    }

    // ------------------------------------------------------------------ good files

    @Test
    void theExampleJsonlAndCsvCommitToTheSameDigest() throws IOException {
        PromptSetFile.Parsed fromJsonl =
                PromptSetFile.parse(Files.readAllBytes(EXAMPLES.resolve("prompts.jsonl")), "prompts.jsonl");
        PromptSetFile.Parsed fromCsv =
                PromptSetFile.parse(Files.readAllBytes(EXAMPLES.resolve("prompts.csv")), "prompts.csv");
        assertEquals(10, fromJsonl.prompts().size());
        assertEquals(fromJsonl.prompts(), fromCsv.prompts());
        assertEquals(fromJsonl.canonical(), fromCsv.canonical());
        assertEquals(fromJsonl.sha256(), fromCsv.sha256());
        assertTrue(fromJsonl.sha256().matches("[0-9a-f]{64}"), fromJsonl.sha256());
        assertTrue(
                Files.readString(EXAMPLES.resolve("README.md")).contains("`" + fromJsonl.sha256() + "`"),
                "the walk-through's README states the commitment: " + fromJsonl.sha256());
        ArenaPrompt coding = fromCsv.prompts().get(5);
        assertEquals("p-006", coding.id());
        assertTrue(
                coding.textKo().contains("보여 주세요.\n예: [3, 1, 3, 2, 1]"),
                "a line break inside a quoted CSV field is LF: " + coding.textKo());
        assertTrue(fromCsv.prompts().get(6).textKo().contains("\"작은 도서관\""), "doubled quotes in CSV are one quote");
    }

    @Test
    void theCanonicalFormIsSortedByIdWithFixedKeysMinimalEscapingAndOneLfALine() {
        PromptSetFile.Parsed parsed =
                jsonl("{\"ko\":\"둘째\\t\\\"인용\\\" \\\\ 끝\\n\",\"id\":\"b\",\"category\":\"law\",\"en\":\"second\"}\n"
                        + "{\"category\":\" civic \",\"id\":\" a \",\"ko\":\"  첫째 \",\"en\":null}\n");
        assertEquals(
                List.of("b", "a"),
                parsed.prompts().stream().map(ArenaPrompt::id).toList(),
                "file order");
        assertEquals(
                new ArenaPrompt("a", "civic", "  첫째 ", null),
                parsed.prompts().get(1),
                "id and category stripped, the text kept exactly");
        assertEquals(
                "{\"id\":\"a\",\"category\":\"civic\",\"ko\":\"  첫째 \"}\n"
                        + "{\"id\":\"b\",\"category\":\"law\",\"ko\":\"둘째\\t\\\"인용\\\" \\\\ 끝\\n\",\"en\":\"second\"}\n",
                parsed.canonical());
        assertEquals(sha256Hex(parsed.canonical()), parsed.sha256());
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theDigestDoesNotDependOnLineOrderButOnEveryCharacter() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(EXAMPLES.resolve("prompts.jsonl")));
        String original = jsonl(String.join("\n", lines)).sha256();
        Collections.reverse(lines);
        assertEquals(original, jsonl(String.join("\n", lines)).sha256());
        int first = lines.size() - 1; // p-001, the prompt ending in a question mark
        List<String> changed = new ArrayList<>(lines);
        changed.set(first, lines.get(first).replace("하나요?", "하나요!"));
        assertNotEquals(original, jsonl(String.join("\n", changed)).sha256());
        changed.set(first, lines.get(first).replace("\"civic\"", "\"Civic\""));
        assertNotEquals(original, jsonl(String.join("\n", changed)).sha256());
        changed.set(first, lines.get(first).replace("\"p-001\"", "\"p-000\""));
        assertNotEquals(original, jsonl(String.join("\n", changed)).sha256());
    }

    @Test
    void aBlankEnglishTextIsNoEnglishTextInBothFormats() {
        PromptSetFile.Parsed withoutEn = jsonl(line("p1", "law", "질문"));
        assertNull(withoutEn.prompts().get(0).textEn());
        assertEquals(
                withoutEn.sha256(),
                jsonl("{\"id\":\"p1\",\"category\":\"law\",\"ko\":\"질문\",\"en\":\"\"}")
                        .sha256());
        assertEquals(
                withoutEn.sha256(),
                jsonl("{\"id\":\"p1\",\"category\":\"law\",\"ko\":\"질문\",\"en\":\" \"}")
                        .sha256());
        assertEquals(withoutEn.sha256(), csv("id,category,ko,en\np1,law,질문,\n").sha256());
        assertEquals(
                withoutEn.sha256(), csv("id,category,ko,en\r\np1,law,질문,\"\"").sha256());
    }

    @Test
    void aByteOrderMarkCrlfAndBlankLinesAreAccepted() {
        String jsonl = "\uFEFF" + line("p1", "law", "질문").replace("\n", "\r\n") + "\r\n   \n" + line("p2", "law", "둘");
        PromptSetFile.Parsed parsed = jsonl(jsonl);
        assertEquals(2, parsed.prompts().size());
        assertEquals(
                parsed.sha256(),
                csv("\uFEFFid,category,ko,en\r\np1,law,질문,\r\n\r\np2,law,둘,\r\n")
                        .sha256());
    }

    @Test
    void csvFieldsMayHoldCommasQuotesAndLineBreaks() {
        ArenaPrompt prompt = csv("id,category,ko,en\n\"p1\",law,\"하나, \"\"둘\"\"\n셋\",\"one,\r\ntwo\"\n")
                .prompts()
                .get(0);
        assertEquals(new ArenaPrompt("p1", "law", "하나, \"둘\"\n셋", "one,\ntwo"), prompt);
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void anEmptyFileIsRefused() {
        assertOnly(refusedJsonl(""), 0, "arena.file.empty");
        assertOnly(refusedJsonl("\n  \n\r\n"), 0, "arena.file.empty");
        assertOnly(refusedCsv(""), 0, "arena.file.empty");
        assertOnly(refusedCsv("id,category,ko,en\r\n"), 0, "arena.file.empty");
    }

    @Test
    void aLineThatIsNotOneJsonObjectIsRefused() {
        String good = line("p1", "law", "질문");
        assertOnly(refusedJsonl(good + "{\"id\":\"p2\",\"category\":\"law\",\"ko\":\"x\"\n"), 2, "arena.file.json");
        assertOnly(refusedJsonl(good + "[\"p2\",\"law\",\"x\"]\n"), 2, "arena.file.json");
        assertOnly(refusedJsonl(good + "\"p2\"\n"), 2, "arena.file.json");
        assertOnly(refusedJsonl(good + "{\"id\":\"p2\",\"category\":\"law\",\"ko\":\"x\"} {}\n"), 2, "arena.file.json");
        assertOnly(refusedJsonl(good + "{'id':'p2'}\n"), 2, "arena.file.json");
        assertOnly(
                refusedJsonl(good + "{\"id\":\"p2\",\"category\":\"law\",\"ko\":\"a\u0007b\"}\n"),
                2,
                "arena.file.json");
    }

    @Test
    void repeatedUnknownAndMistypedKeysAreRefused() {
        assertOnly(
                refusedJsonl("{\"id\":\"p1\",\"id\":\"p2\",\"category\":\"law\",\"ko\":\"x\"}"),
                1,
                "arena.file.keyDuplicate",
                "id");
        assertOnly(
                refusedJsonl("{\"id\":\"p1\",\"category\":\"law\",\"ko\":\"x\",\"model\":\"m\"}"),
                1,
                "arena.file.keyUnknown",
                "model");
        assertOnly(refusedJsonl("{\"id\":17,\"category\":\"law\",\"ko\":\"x\"}"), 1, "arena.file.notString", "id");
        assertOnly(
                refusedJsonl("{\"id\":\"p1\",\"category\":\"law\",\"ko\":[\"x\"]}"), 1, "arena.file.notString", "ko");
        assertOnly(
                refusedJsonl("{\"id\":\"p1\",\"category\":{\"a\":1},\"ko\":\"x\"}"),
                1,
                "arena.file.notString",
                "category");
    }

    @Test
    void theIdIsRequiredShortSafeAndUnique() {
        String good = line("p1", "law", "질문");
        assertOnly(refusedJsonl(good + "{\"category\":\"law\",\"ko\":\"x\"}"), 2, "arena.prompt.idRequired");
        assertOnly(refusedJsonl(good + line(" ", "law", "x")), 2, "arena.prompt.idRequired");
        assertOnly(
                refusedJsonl(good + "{\"id\":null,\"category\":\"law\",\"ko\":\"x\"}"), 2, "arena.prompt.idRequired");
        String id64 = "p".repeat(64);
        assertEquals(id64, jsonl(line(id64, "law", "x")).prompts().get(0).id());
        assertOnly(refusedJsonl(good + line(id64 + "q", "law", "x")), 2, "arena.prompt.idTooLong", 64);
        assertOnly(refusedJsonl(good + line("p 2", "law", "x")), 2, "arena.prompt.idInvalid", "p 2");
        assertOnly(refusedJsonl(good + line("p/2", "law", "x")), 2, "arena.prompt.idInvalid", "p/2");
        assertOnly(refusedJsonl(good + line("문항2", "law", "x")), 2, "arena.prompt.idInvalid", "문항2");
        assertEquals(1, jsonl(line("A-z_0.9", "law", "x")).prompts().size());
        assertOnly(
                refusedJsonl(good + line("p2", "law", "x") + "\n" + line(" p1", "civic", "y")),
                4,
                "arena.prompt.idDuplicate",
                "p1",
                1);
        assertOnly(refusedCsv("id,category,ko,en\np1,law,x,\np1,law,y,\n"), 3, "arena.prompt.idDuplicate", "p1", 2);
    }

    @Test
    void theCategoryIsRequiredShortAndOneLine() {
        assertOnly(refusedJsonl("{\"id\":\"p1\",\"ko\":\"x\"}"), 1, "arena.prompt.categoryRequired");
        assertOnly(refusedCsv("id,category,ko,en\np1, ,x,\n"), 2, "arena.prompt.categoryRequired");
        assertEquals(1, jsonl(line("p1", "분".repeat(64), "x")).prompts().size());
        assertOnly(refusedJsonl(line("p1", "분".repeat(65), "x")), 1, "arena.prompt.categoryTooLong", 64);
        assertOnly(refusedJsonl(line("p1", "law\\nhealth", "x")), 1, "arena.prompt.categoryControl");
    }

    @Test
    void theKoreanTextIsRequiredAndTextsHoldNoControlCharacters() {
        assertOnly(
                refusedJsonl("{\"id\":\"p1\",\"category\":\"law\",\"en\":\"question\"}"), 1, "arena.prompt.koRequired");
        assertOnly(refusedJsonl(line("p1", "law", " \\n\\t ")), 1, "arena.prompt.koRequired");
        assertOnly(refusedCsv("id,category,ko,en\np1,law,,question\n"), 2, "arena.prompt.koRequired");
        assertEquals(
                "a\nb\tc",
                jsonl(line("p1", "law", "a\\nb\\tc")).prompts().get(0).textKo(),
                "LF and tab are text");
        assertOnly(refusedJsonl(line("p1", "law", "a\\u0007b")), 1, "arena.file.controlChar", "ko", "U+0007");
        assertOnly(refusedJsonl(line("p1", "law", "a\\r\\nb")), 1, "arena.file.controlChar", "ko", "U+000D");
        assertOnly(
                refusedJsonl("{\"id\":\"p1\",\"category\":\"law\",\"ko\":\"x\",\"en\":\"a\\u0085\"}"),
                1,
                "arena.file.controlChar",
                "en",
                "U+0085");
        assertOnly(refusedCsv("id,category,ko,en\np1,law,a\u0000b,\n"), 2, "arena.file.controlChar", "ko", "U+0000");
        assertOnly(refusedJsonl(line("p1", "law", "a\\ud800b")), 1, "arena.file.surrogate", "ko");
        assertEquals(
                "😀",
                jsonl(line("p1", "law", "\\ud83d\\ude00")).prompts().get(0).textKo(),
                "a surrogate pair is one character");
    }

    @Test
    void aPromptHasAtMost8KbOfKoreanAndEnglishTogether() {
        String ko = "가".repeat(2000); // 6,000 bytes
        String enAtLimit = "e".repeat(PromptSetFile.MAX_PROMPT_BYTES - 6000);
        String at = "{\"id\":\"p1\",\"category\":\"law\",\"ko\":\"" + ko + "\",\"en\":\"" + enAtLimit + "\"}";
        assertEquals(1, jsonl(at).prompts().size());
        assertOnly(refusedJsonl(at.replace(enAtLimit, enAtLimit + "e")), 1, "arena.prompt.tooLong", 8193, 8192);
        assertOnly(refusedJsonl(line("p1", "law", "x".repeat(8193))), 1, "arena.prompt.tooLong", 8193, 8192);
    }

    @Test
    void aSetHasAtMost2000Prompts() {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= PromptSetFile.MAX_PROMPTS; i++) {
            file.append(line("p-" + i, "law", "질문 " + i));
        }
        assertEquals(2000, jsonl(file.toString()).prompts().size());
        file.append(line("p-2001", "law", "하나 더"));
        assertOnly(refusedJsonl(file.toString()), 2001, "arena.prompt.tooMany", 2000);
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsRead() {
        assertEquals(34_816_000, PromptSetFile.MAX_FILE_BYTES);
        byte[] tooLarge = new byte[PromptSetFile.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(tooLarge, (byte) 0xFF); // not even UTF-8: the size is checked first
        assertEquals(
                List.of(new Problem(
                        0,
                        "arena.file.tooLarge",
                        List.of(PromptSetFile.MAX_FILE_BYTES, PromptSetFile.MAX_FILE_BYTES + 1))),
                assertThrows(ArenaFileRefused.class, () -> PromptSetFile.parse(tooLarge, "prompts.jsonl"))
                        .problems());
    }

    @Test
    void bytesThatAreNotUtf8RefuseTheFileNamingTheirLine() {
        byte[] good = line("p1", "law", "질문").getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(
                new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xEA, (byte) 0xB0})) {
            byte[] file = new byte[good.length * 2 + bad.length];
            System.arraycopy(good, 0, file, 0, good.length);
            System.arraycopy(good, 0, file, good.length, good.length);
            System.arraycopy(bad, 0, file, good.length * 2, bad.length);
            ArenaFileRefused refused = assertThrows(ArenaFileRefused.class, () -> PromptSetFile.parse(file, "p.jsonl"));
            assertEquals(List.of(new Problem(3, "arena.file.encoding", List.of())), refused.problems());
        }
        byte[] latin1 = "id,category,ko,en\np1,law,caf\u00e9,\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                2,
                assertThrows(ArenaFileRefused.class, () -> PromptSetFile.parse(latin1, "p.csv"))
                        .problems()
                        .get(0)
                        .line());
    }

    @Test
    void aCsvNeedsTheExactHeaderFourFieldsAndProperQuotes() {
        assertOnly(refusedCsv("id,category,ko\np1,law,x\n"), 1, "arena.file.csv.header", "id,category,ko,en");
        assertOnly(refusedCsv("ID,category,ko,en\np1,law,x,\n"), 1, "arena.file.csv.header", "id,category,ko,en");
        assertOnly(refusedCsv("id,category,ko,en\np1,law,x\n"), 2, "arena.file.csv.columns", 3, 4, "id,category,ko,en");
        assertOnly(
                refusedCsv("id,category,ko,en\np1,law,x,y,z\n"),
                2,
                "arena.file.csv.columns",
                5,
                4,
                "id,category,ko,en");
        assertOnly(refusedCsv("id,category,ko,en\np1,law,a \"b\" c,\n"), 2, "arena.file.csv.quote");
        assertOnly(refusedCsv("id,category,ko,en\np1,law,\"a\" b,\n"), 2, "arena.file.csv.quote");
        assertOnly(
                refusedCsv("id,category,ko,en\np1,law,x,\np2,law,\"a\nb,\np3,law,y,\n"), 3, "arena.file.csv.unclosed");
    }

    @Test
    void everyProblemIsNamedUpToTheMaximum() {
        List<Problem> three = refusedJsonl(line("p1", "law", "") + line("p 2", "", "x") + line("p3", "law", "x"));
        assertEquals(
                List.of(
                        new Problem(1, "arena.prompt.koRequired", List.of()),
                        new Problem(2, "arena.prompt.idInvalid", List.of("p 2")),
                        new Problem(2, "arena.prompt.categoryRequired", List.of())),
                three);

        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            file.append(line("p" + i, "law", ""));
        }
        ArenaFileRefused refused = assertThrows(ArenaFileRefused.class, () -> jsonl(file.toString()));
        assertEquals(ArenaFileRefused.MAX_PROBLEMS, refused.problems().size());
        assertEquals(10, refused.problems().get(9).line());
        assertTrue(refused.more());
        assertEquals("arena.file.refused", refused.messageKey());
        assertFalse(assertThrows(ArenaFileRefused.class, () -> jsonl("")).more());
    }
}
