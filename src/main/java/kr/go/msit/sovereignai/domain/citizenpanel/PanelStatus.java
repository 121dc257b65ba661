package kr.go.msit.sovereignai.domain.citizenpanel;

/**
 * Where a panel stands. {@code VOLUNTEERING} until the lottery is committed (with {@code frozen_at} set once the
 * deadline froze the pool, while the probabilities are computed); {@code INFEASIBLE} when the frozen pool cannot meet
 * the quotas; {@code COMMITTED} when pool, lottery and commitment are published; {@code DRAWN} after the seed.
 */
public enum PanelStatus {
    VOLUNTEERING,
    INFEASIBLE,
    COMMITTED,
    DRAWN
}
