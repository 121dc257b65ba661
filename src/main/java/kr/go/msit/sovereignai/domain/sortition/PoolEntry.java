package kr.go.msit.sovereignai.domain.sortition;

/** One volunteer in the frozen pool: their pseudonym (16 lowercase hex digits) and type. */
public record PoolEntry(String pseudonym, int type) {}
