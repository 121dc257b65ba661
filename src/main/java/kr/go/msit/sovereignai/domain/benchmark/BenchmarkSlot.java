package kr.go.msit.sovereignai.domain.benchmark;

/** Where a benchmark sits in a round's plan: its part and its position in the part, both from 0. */
public record BenchmarkSlot(int part, int position) implements java.io.Serializable {}
