package kr.go.msit.sovereignai.domain.arena;

import java.util.Map;
import java.util.Set;

/**
 * Reads one team's answers from an uploaded UTF-8 JSONL file: one object per line with
 * {@code prompt} (a prompt id) and {@code answer} (Markdown, at most 16 KB). Every prompt of the
 * set answered exactly once, no unknown prompt, no raw HTML in an answer; otherwise the file is
 * refused with the first problems named. The digest is the SHA-256 (hex) of the canonical form
 * (JSONL in prompt id order, fixed key order, one LF after each line).
 */
public final class AnswerSetFile {

    public static final int MAX_ANSWER_BYTES = 16 * 1024;

    /** The answers by prompt id (in prompt id order), the canonical form and its digest. */
    public record Parsed(Map<String, String> answers, String canonical, String sha256) {
    }

    private AnswerSetFile() {
    }

    public static Parsed parse(byte[] content, Set<String> promptIds) {
        throw new UnsupportedOperationException("todo");
    }

    /** The canonical form of answers by prompt id (whose SHA-256 is the answer set's digest). */
    public static String canonical(Map<String, String> answersByPrompt) {
        throw new UnsupportedOperationException("todo");
    }
}
