package kr.go.msit.sovereignai.domain.arena;

/**
 * An answer's Markdown, rendered by commonmark-java with raw HTML never rendered (escaped) and
 * links made inert (their text kept, no href), images shown as their alt text.
 */
public final class AnswerMarkdown {

    private AnswerMarkdown() {
    }

    /** Whether the Markdown holds raw HTML (an HTML block or inline tag outside code): such an answer is refused at upload. */
    public static boolean containsRawHtml(String markdown) {
        throw new UnsupportedOperationException("todo");
    }

    /** Safe HTML for the answer. */
    public static String toSafeHtml(String markdown) {
        throw new UnsupportedOperationException("todo");
    }
}
