package kr.go.msit.sovereignai.domain.scoring;

/** Why a reviewer may not judge a team. */
public enum ConflictKind {
    EMPLOYMENT,
    FUNDING,
    FAMILY,
    OTHER
}
