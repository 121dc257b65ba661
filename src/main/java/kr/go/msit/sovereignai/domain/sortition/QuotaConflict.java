package kr.go.msit.sovereignai.domain.sortition;

/**
 * One quota the pool cannot meet together with the others: the value's quota and the nearest number a panel of the
 * right size could have while every other quota is as close as it can be ({@code quota - reachable} short, or
 * negative when too many are forced in).
 */
public record QuotaConflict(int feature, int value, int quota, int reachable) {

    public int shortfall() {
        return quota - reachable;
    }
}
