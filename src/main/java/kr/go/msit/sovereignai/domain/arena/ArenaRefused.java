package kr.go.msit.sovereignai.domain.arena;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** The arena refused a citizen's request; pages tell the reasons apart by {@link #reason()}. */
public class ArenaRefused extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    /** Why; each has its message key {@code arena.refused.<name in lower camel case>}. */
    public enum Reason {
        /** No round's arena is open now. */
        NO_OPEN_ARENA("arena.refused.noOpenArena"),
        /** The open round's arena was never prepared (no prompts, or fewer than two teams' answers): no battle can be issued. */
        NOT_READY("arena.refused.notReady"),
        /** The citizen has been issued the round's cap of battles. */
        CAP_REACHED("arena.refused.capReached"),
        /** Every least-filled battle is on a prompt the citizen has seen: none until the others catch up. */
        NONE_AVAILABLE("arena.refused.noneAvailable"),
        /** The token names no battle of the caller in this round. */
        TOKEN_UNKNOWN("arena.refused.tokenUnknown"),
        /** The battle was already voted on: a token is used once. */
        TOKEN_SPENT("arena.refused.tokenSpent"),
        /** The round closed before the vote arrived. */
        ROUND_CLOSED("arena.refused.roundClosed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;

    public ArenaRefused(Reason reason, Object... arguments) {
        super(reason.messageKey, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
