package kr.go.msit.sovereignai.domain.sortition;

/** A panel as the number of members of each type ({@code counts[type]}); one that meets the quotas is feasible. */
public record Composition(int[] counts) {}
