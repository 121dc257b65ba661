package kr.go.msit.sovereignai.domain.arena;

/** One prompt of a round's committed set: its id (as the file gives it), category, Korean text and optional English. */
public record ArenaPrompt(String id, String category, String textKo, String textEn) {}
