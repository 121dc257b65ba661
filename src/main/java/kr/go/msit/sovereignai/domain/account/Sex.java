package kr.go.msit.sovereignai.domain.account;

/** Sex as an identity provider asserted it ({@code gender} male or female); nothing else is recorded. */
public enum Sex {
    M,
    F
}
