package kr.go.msit.sovereignai.domain.round;

/**
 * What the announcement of a round's result names, chosen by an administrator at publication. For
 * review 1 the ministry named only the first and the last rank; the full figures followed at the end
 * of the objection period. Either way every team's outcome is public at once (team statuses change
 * at publication), and everything is public once the objection period is over.
 */
public enum Disclosure {
    /** Every team's rank and figures at publication (the default). */
    FULL,
    /** Only the first and the last rank are named with their figures until the objection period ends. */
    FIRST_AND_LAST_RANK
}
