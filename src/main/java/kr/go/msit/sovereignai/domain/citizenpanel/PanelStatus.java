package kr.go.msit.sovereignai.domain.citizenpanel;

/**
 * Where a panel stands. {@code VOLUNTEERING} until the lottery is committed (with {@code frozen_at} set once the
 * deadline froze the pool, while the probabilities are computed); {@code INFEASIBLE} when the frozen pool cannot meet
 * the quotas; {@code COMMITTED} when pool, lottery and commitment are published; {@code DRAWN} after the seed;
 * {@code ABANDONED} when an administrator gave it up before the draw.
 */
public enum PanelStatus {
    VOLUNTEERING,
    INFEASIBLE,
    COMMITTED,
    DRAWN,
    /** Given up by an administrator before the draw: the round is scored as a round without a panel. */
    ABANDONED
}
