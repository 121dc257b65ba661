package kr.go.msit.sovereignai.domain.audit;

/** Every kind of state change the audit log records; the entry stores the name. */
public enum AuditAction {
    ROUND_SCHEDULED(Subject.ROUND),
    ROUND_POSTPONED(Subject.ROUND),
    ROUND_OPENED_EARLY(Subject.ROUND),
    ROUND_CLOSED_EARLY(Subject.ROUND),
    ROUND_OPEN_BY_SCHEDULE(Subject.ROUND),
    ROUND_HOLD_BY_SCHEDULE(Subject.ROUND),
    ROUND_CLOSE_BY_SCHEDULE(Subject.ROUND),
    ROUND_MISS_BY_SCHEDULE(Subject.ROUND),
    // Publication settles the teams' statuses too.
    ROUND_PUBLISHED(Subject.ROUND),
    RESULT_REPUBLISHED(Subject.ROUND),
    ROUND_CANCELLED(Subject.ROUND),
    COMPONENT_POINTS_CHANGED(Subject.RULES),
    RUBRIC_CHANGED(Subject.RULES),
    BENCHMARK_PLAN_CHANGED(Subject.RULES),
    // A measured score; a target declared before the round opened, or overridden (with a reason) after.
    BENCHMARK_RECORDED(Subject.TALLY_INPUT),
    BENCHMARK_TARGET_DECLARED(Subject.TALLY_INPUT),
    BENCHMARK_TARGET_OVERRIDDEN(Subject.TALLY_INPUT),
    ELIGIBILITY_DECIDED(Subject.TALLY_INPUT),
    TIE_ORDER_DECIDED(Subject.TALLY_INPUT),
    OBJECTION_RECORDED(Subject.TALLY_INPUT),
    OBJECTION_DECIDED(Subject.TALLY_INPUT),
    OBJECTION_WAIVED(Subject.TALLY_INPUT),
    REVIEWER_CREATED(Subject.PANEL),
    REVIEWER_ASSIGNED(Subject.PANEL),
    CONFLICT_DECLARED(Subject.PANEL),
    CONFLICT_RECORDED(Subject.PANEL),
    SHEET_REOPENED(Subject.PANEL),
    TEAM_REGISTERED(Subject.TEAM),
    TEAM_REVISED(Subject.TEAM),
    GPU_LEASE_RECORDED(Subject.GPU),
    GPU_LEASE_REVISED(Subject.GPU),
    GPU_LEASE_REMOVED(Subject.GPU),
    GPU_ALLOCATION_RECORDED(Subject.GPU),
    GPU_ALLOCATION_REVISED(Subject.GPU),
    GPU_ALLOCATION_REMOVED(Subject.GPU),
    // The arena's rules (mode and analysis plan) are part of the round's rules; its material is screened and frozen at
    // opening.
    PUBLIC_EVALUATION_CHOSEN(Subject.RULES),
    // Whether only citizens with a verified identity may vote in the round (issue 22).
    VERIFIED_IDENTITY_REQUIREMENT_CHANGED(Subject.RULES),
    ARENA_PROMPTS_COMMITTED(Subject.ARENA),
    ARENA_PROMPTS_RELEASE_SET(Subject.ARENA),
    ARENA_ANSWERS_UPLOADED(Subject.ARENA),
    ARENA_PROMPT_EXCLUDED(Subject.ARENA),
    ARENA_ANSWER_KEPT(Subject.ARENA),
    ARENA_TERMS_CHANGED(Subject.ARENA),
    // Accounts of those who decide (H4): disabling with a reason, re-enabling, second factors.
    ACCOUNT_DISABLED(Subject.ACCOUNT),
    ACCOUNT_ENABLED(Subject.ACCOUNT),
    SECOND_FACTOR_ENROLLED(Subject.ACCOUNT),
    SECOND_FACTOR_RECOVERY_CODE_USED(Subject.ACCOUNT),
    SECOND_FACTOR_RECOVERY_CODES_REPLACED(Subject.ACCOUNT),
    SECOND_FACTOR_RESET(Subject.ACCOUNT),
    // The citizens' panel (issue 23): settings, volunteers (by pseudonym only), the freeze, the commitment, the seed
    // and the draw, replacements.
    PANEL_CONFIGURED(Subject.CITIZEN_PANEL),
    PANEL_VOLUNTEERED(Subject.CITIZEN_PANEL),
    PANEL_WITHDRAWN(Subject.CITIZEN_PANEL),
    PANEL_POOL_FROZEN(Subject.CITIZEN_PANEL),
    PANEL_LOTTERY_COMMITTED(Subject.CITIZEN_PANEL),
    PANEL_QUOTAS_CHANGED(Subject.CITIZEN_PANEL),
    PANEL_DRAWN(Subject.CITIZEN_PANEL),
    PANEL_MEMBERS_REPLACED(Subject.CITIZEN_PANEL),
    PANEL_INFEASIBLE(Subject.CITIZEN_PANEL),
    PANEL_ABANDONED(Subject.CITIZEN_PANEL);

    /** What a change is about. */
    public enum Subject {
        /** A round's status, window or schedule. */
        ROUND,
        /** A round's points per component, rubrics and benchmark plan. */
        RULES,
        TALLY_INPUT,
        PANEL,
        TEAM,
        GPU,
        /** A round's arena material: prompt set, answer sets, the identity screen's decisions. */
        ARENA,
        /** Who may sign in: disabled and re-enabled accounts, second factors. */
        ACCOUNT,
        /** A round's citizens' panel: settings, volunteering, freeze, commitment, draw, replacements. */
        CITIZEN_PANEL
    }

    private final Subject subject;

    AuditAction(Subject subject) {
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }

    /** The change alters which round is open or which teams compete: what the public pages show of them. */
    public boolean changesRoundsOrTeams() {
        return subject == Subject.ROUND || subject == Subject.TEAM;
    }
}
