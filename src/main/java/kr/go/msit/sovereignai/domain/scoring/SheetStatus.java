package kr.go.msit.sovereignai.domain.scoring;

/** A score sheet is a draft until submitted; a submitted sheet is locked unless an administrator reopens it. */
public enum SheetStatus {
    DRAFT,
    SUBMITTED
}
