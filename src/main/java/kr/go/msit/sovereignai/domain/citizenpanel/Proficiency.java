package kr.go.msit.sovereignai.domain.citizenpanel;

/** AI proficiency in three levels, as the questionnaire scores it (codes as in {@code FeatureSpace.ministry()}). */
public enum Proficiency {
    LOW,
    MID,
    HIGH
}
