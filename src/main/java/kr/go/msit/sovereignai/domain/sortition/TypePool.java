package kr.go.msit.sovereignai.domain.sortition;

/** The volunteers' pool counted by type: {@code counts[type]} volunteers of each type of the space. */
public record TypePool(FeatureSpace space, int[] counts) {

    public int size() {
        int size = 0;
        for (int count : counts) {
            size += count;
        }
        return size;
    }
}
