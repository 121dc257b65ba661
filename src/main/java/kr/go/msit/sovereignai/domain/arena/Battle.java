package kr.go.msit.sovereignai.domain.arena;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One battle issued to a citizen: a prompt and two teams' answers shown as 모델 A and 모델 B. Kept
 * whether or not it is voted on (the unvoted share is published). The vote is recorded once, with
 * the battle's single-use token, and gets a receipt.
 */
@Entity
@Table(name = "arena_battle")
public class Battle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "cell_id", nullable = false, updatable = false)
    private long cellId;

    @Column(name = "prompt_id", nullable = false, updatable = false)
    private long promptId;

    @Column(name = "team_a", nullable = false, updatable = false)
    private long teamA;

    @Column(name = "team_b", nullable = false, updatable = false)
    private long teamB;

    @Column(name = "citizen_id", nullable = false, updatable = false)
    private long citizenId;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    private ArenaOutcome outcome;

    @Column(name = "voted_at")
    private Instant votedAt;

    private String receipt;

    protected Battle() {}

    public Battle(long roundId, BattleCell cell, long citizenId, String token, Instant issuedAt) {
        this.roundId = roundId;
        this.cellId = cell.getId();
        this.promptId = cell.getPromptId();
        this.teamA = cell.getTeamA();
        this.teamB = cell.getTeamB();
        this.citizenId = citizenId;
        this.token = token;
        this.issuedAt = issuedAt;
    }

    public boolean isVoted() {
        return outcome != null;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getCellId() {
        return cellId;
    }

    public long getPromptId() {
        return promptId;
    }

    public long getTeamA() {
        return teamA;
    }

    public long getTeamB() {
        return teamB;
    }

    public long getCitizenId() {
        return citizenId;
    }

    public String getToken() {
        return token;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public ArenaOutcome getOutcome() {
        return outcome;
    }

    public Instant getVotedAt() {
        return votedAt;
    }

    public String getReceipt() {
        return receipt;
    }
}
