package kr.go.msit.sovereignai.domain.arena;

import java.util.List;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * An uploaded prompt or answer file was refused; nothing of it is stored. Carries the first
 * problems found (at most {@link #MAX_PROBLEMS}), each with its line (1-based; 0 for the whole file),
 * a message key and arguments, so the page can name them.
 */
public class ArenaFileRefused extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;
    public static final int MAX_PROBLEMS = 10;

    /** One problem: the line it is on (0: the whole file), a message key, its arguments. */
    public record Problem(int line, String messageKey, List<Object> arguments) {}

    private final transient List<Problem> problems;
    private final boolean more;

    public ArenaFileRefused(List<Problem> problems) {
        this(problems, false);
    }

    /** {@code more}: the file has further problems than those named (the page may say "arena.file.moreProblems"). */
    public ArenaFileRefused(List<Problem> problems, boolean more) {
        super("arena.file.refused", problems.size());
        this.problems = List.copyOf(problems);
        this.more = more;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the file has more problems than {@link #problems()} names (reading stopped after {@link #MAX_PROBLEMS}). */
    public boolean more() {
        return more;
    }
}
