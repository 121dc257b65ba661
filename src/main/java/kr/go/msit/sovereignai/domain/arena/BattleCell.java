package kr.go.msit.sovereignai.domain.arena;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One (prompt, pair of teams, side order) cell of an arena round, laid out at opening in a random
 * order, with how many battles were issued from it. Battles are issued from a cell with the fewest
 * issued (see {@link BattleIssuer}), so over the round no cell is ever more than one ahead of another.
 */
@Entity
@Table(name = "arena_cell")
public class BattleCell {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "prompt_id", nullable = false, updatable = false)
    private long promptId;

    @Column(name = "team_a", nullable = false, updatable = false)
    private long teamA;

    @Column(name = "team_b", nullable = false, updatable = false)
    private long teamB;

    @Column(nullable = false)
    private int issued;

    protected BattleCell() {}

    public BattleCell(long roundId, BattleIssuer.Cell cell) {
        this.roundId = roundId;
        this.position = cell.position();
        this.promptId = cell.promptId();
        this.teamA = cell.teamA();
        this.teamB = cell.teamB();
    }

    /** One more battle issued from this cell. */
    public void issue() {
        issued++;
    }

    public BattleIssuer.Cell cell() {
        return new BattleIssuer.Cell(position, promptId, teamA, teamB);
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public int getPosition() {
        return position;
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

    public int getIssued() {
        return issued;
    }
}
