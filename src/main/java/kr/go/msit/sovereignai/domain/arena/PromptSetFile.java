package kr.go.msit.sovereignai.domain.arena;

import java.util.List;

/**
 * Reads a round's prompt set from an uploaded file: UTF-8 JSONL (one object per line with
 * {@code id}, {@code category}, {@code ko}, optional {@code en}) or CSV (header
 * {@code id,category,ko,en}); at most 2,000 prompts of at most 8 KB each, ids unique. The
 * commitment is the SHA-256 (hex) of the set's canonical form (JSONL in id order, fixed key
 * order, minimal escaping, one LF after each line), so a JSONL and a CSV of the same prompts
 * commit to the same digest.
 */
public final class PromptSetFile {

    public static final int MAX_PROMPTS = 2000;
    public static final int MAX_PROMPT_BYTES = 8 * 1024;

    /** The parsed set, in file order, with its canonical form and digest. */
    public record Parsed(List<ArenaPrompt> prompts, String canonical, String sha256) {
    }

    private PromptSetFile() {
    }

    /** Parses {@code content}; {@code fileName} tells JSONL from CSV (".csv" is CSV, anything else JSONL). Throws {@link ArenaFileRefused}. */
    public static Parsed parse(byte[] content, String fileName) {
        throw new UnsupportedOperationException("todo");
    }

    /** The canonical form of {@code prompts} (whose SHA-256 is the commitment). */
    public static String canonical(List<ArenaPrompt> prompts) {
        throw new UnsupportedOperationException("todo");
    }
}
