package kr.go.msit.sovereignai.domain.arena;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads one team's answers from an uploaded UTF-8 JSONL file: one object per line with
 * {@code prompt} (a prompt id) and {@code answer} (Markdown, at most 16 KB). Every prompt of the
 * set answered exactly once, no unknown prompt, no raw HTML in an answer; otherwise the file is
 * refused with the first problems named. The digest is the SHA-256 (hex) of the canonical form
 * (JSONL in prompt id order, fixed key order, one LF after each line).
 *
 * <p>The rules, each broken one a {@link ArenaFileRefused.Problem} (at most
 * {@link ArenaFileRefused#MAX_PROBLEMS} named):
 * <ul>
 * <li>The file is at most {@link #maxFileBytes(int)} bytes, checked before anything is read
 *     ({@code arena.file.tooLarge}, line 0); strict UTF-8 ({@code arena.file.encoding}); one
 *     leading byte order mark is dropped; blank lines are skipped.</li>
 * <li>Every other line one JSON object ({@code arena.file.json}) with only the keys
 *     {@code prompt} and {@code answer}, each once ({@code arena.file.keyUnknown},
 *     {@code arena.file.keyDuplicate}), string values ({@code arena.file.notString}). Deliberately
 *     strict: no {@code model} or decoding keys, which the platform records elsewhere, so a file
 *     cannot carry something nobody reads.</li>
 * <li>{@code prompt} given ({@code arena.answer.promptRequired}; leading and trailing white space
 *     dropped), one of the set's ids ({@code arena.answer.unknownPrompt}), not answered before
 *     ({@code arena.answer.duplicate}, naming the first line).</li>
 * <li>{@code answer} not blank ({@code arena.answer.blank}), at most {@link #MAX_ANSWER_BYTES}
 *     bytes of UTF-8 ({@code arena.answer.tooLong}), no control character but LF and tab
 *     ({@code arena.file.controlChar}), no unpaired surrogate ({@code arena.file.surrogate}), no
 *     raw HTML ({@code arena.answer.html}, see {@link AnswerMarkdown#containsRawHtml}).</li>
 * <li>At least one line ({@code arena.file.empty}, line 0); after the lines, every prompt of the
 *     set not answered, in id order ({@code arena.answer.missing}, line 0).</li>
 * </ul>
 * The answer text is kept exactly as given.
 */
public final class AnswerSetFile {

    public static final int MAX_ANSWER_BYTES = 16 * 1024;

    private static final Set<String> KEYS = Set.of("prompt", "answer");

    /** The answers by prompt id (in prompt id order), the canonical form and its digest. */
    public record Parsed(Map<String, String> answers, String canonical, String sha256) {}

    private AnswerSetFile() {}

    /**
     * The largest answer file read for a set of {@code promptCount} prompts: every answer at its
     * limit with every character escaped to twice its bytes, plus 1 KB a line for the id and keys.
     */
    /** The largest answer file for the largest prompt set. */
    public static final int MAX_FILE_BYTES = PromptSetFile.MAX_PROMPTS * (2 * MAX_ANSWER_BYTES + 1024);

    public static int maxFileBytes(int promptCount) {
        return Math.max(1, Math.min(promptCount, PromptSetFile.MAX_PROMPTS)) * (2 * MAX_ANSWER_BYTES + 1024);
    }

    public static Parsed parse(byte[] content, Set<String> promptIds) {
        ArenaFileText.requireAtMost(content, maxFileBytes(promptIds.size()));
        String text = ArenaFileText.decodeUtf8(content);
        ArenaFileText.Problems problems = new ArenaFileText.Problems();

        Map<String, String> answers = new TreeMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        boolean anyLine = false;
        for (ArenaFileText.Line line : ArenaFileText.nonBlankLines(text)) {
            if (problems.overflowing()) {
                break;
            }
            anyLine = true;
            int n = line.number();
            ArenaFileText.JsonLine object = ArenaFileText.readObject(line, KEYS, problems);
            if (object == null) {
                continue;
            }
            Map<String, Object> values = object.values();
            String rawPrompt = ArenaFileText.string(values, "prompt", n, problems);
            String answer = ArenaFileText.string(values, "answer", n, problems);
            boolean wellFormed = object.keysOk() && !values.containsValue(ArenaFileText.NOT_A_STRING);
            // the prompt is checked (and taken as answered) even on a line refused for its keys or types
            String prompt = rawPrompt == null ? "" : rawPrompt.strip();
            if (prompt.isEmpty()) {
                if (values.get("prompt") != ArenaFileText.NOT_A_STRING) {
                    problems.add(n, "arena.answer.promptRequired");
                }
                continue;
            }
            if (!promptIds.contains(prompt)) {
                problems.add(n, "arena.answer.unknownPrompt", prompt);
                continue;
            }
            Integer first = firstLine.putIfAbsent(prompt, n);
            if (first != null) {
                problems.add(n, "arena.answer.duplicate", prompt, first);
                continue;
            }
            if (!wellFormed) {
                continue;
            }
            if (answer == null || answer.isBlank()) {
                problems.add(n, "arena.answer.blank", prompt);
                continue;
            }
            int bytes = ArenaFileText.utf8Length(answer);
            if (bytes > MAX_ANSWER_BYTES) {
                problems.add(n, "arena.answer.tooLong", prompt, bytes, MAX_ANSWER_BYTES);
                continue;
            }
            if (!ArenaFileText.cleanText(answer, "answer", n, problems)) {
                continue;
            }
            if (AnswerMarkdown.containsRawHtml(answer)) {
                problems.add(n, "arena.answer.html", prompt);
                continue;
            }
            answers.put(prompt, answer);
        }
        if (!anyLine) {
            problems.add(0, "arena.file.empty");
        } else {
            for (String id : new TreeSet<>(promptIds)) {
                if (problems.overflowing()) {
                    break;
                }
                if (!firstLine.containsKey(id)) {
                    problems.add(0, "arena.answer.missing", id);
                }
            }
        }
        problems.throwIfAny();

        ArenaFileText.Canonical canonical = canonicalForm(answers);
        return new Parsed(Collections.unmodifiableMap(answers), canonical.text(), canonical.sha256());
    }

    /** Answers in prompt id order (a sorted map), one line each. */
    private static ArenaFileText.Canonical canonicalForm(Map<String, String> answersByPrompt) {
        ArenaFileText.Canonical canonical = new ArenaFileText.Canonical();
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(answersByPrompt).entrySet()) {
            canonical
                    .member("prompt", entry.getKey())
                    .member("answer", entry.getValue())
                    .endLine();
        }
        return canonical;
    }

    /** The canonical form of answers by prompt id (whose SHA-256 is the answer set's digest). */
    public static String canonical(Map<String, String> answersByPrompt) {
        return canonicalForm(answersByPrompt).text();
    }
}
