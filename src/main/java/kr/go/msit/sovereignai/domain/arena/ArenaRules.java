package kr.go.msit.sovereignai.domain.arena;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** Small rules the arena's records share. */
final class ArenaRules {

    static final int MAX_REASON = 1000;

    private ArenaRules() {}

    /** A required reason, stripped, at most {@link #MAX_REASON} characters. */
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("arena.reason.required");
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_REASON) {
            throw new DomainRuleViolation("arena.reason.tooLong", MAX_REASON);
        }
        return stripped;
    }
}
