package kr.go.msit.sovereignai.domain.sortition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Small spaces, pools and seeds for the sortition tests (deterministic). */
final class SortitionFixtures {

    private SortitionFixtures() {}

    /** sex {F, M} x age {Y, O}: 4 types, F|Y=0, F|O=1, M|Y=2, M|O=3. */
    static FeatureSpace twoByTwo() {
        return new FeatureSpace(List.of(
                new FeatureSpace.Feature("sex", List.of("F", "M")),
                new FeatureSpace.Feature("age", List.of("Y", "O"))));
    }

    /** sex {F, M} x region {C, E} x age {Y, O}: 8 types. */
    static FeatureSpace twoByTwoByTwo() {
        return new FeatureSpace(List.of(
                new FeatureSpace.Feature("sex", List.of("F", "M")),
                new FeatureSpace.Feature("region", List.of("C", "E")),
                new FeatureSpace.Feature("age", List.of("Y", "O"))));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Volunteers with pseudonyms from a label, {@code counts[t]} of each type. */
    static List<PoolEntry> volunteers(int[] counts, String label) {
        List<PoolEntry> entries = new ArrayList<>();
        int i = 0;
        for (int t = 0; t < counts.length; t++) {
            for (int j = 0; j < counts[t]; j++) {
                String pseudonym =
                        HexFormat.of().formatHex(sha256(label + ":" + i++)).substring(0, 16);
                entries.add(new PoolEntry(pseudonym, t));
            }
        }
        return entries;
    }

    /** A skewed synthetic pool over the ministry's space (seeded), as in the benchmark. */
    static int[] skewedMinistryCounts(int volunteers, long seed) {
        FeatureSpace space = FeatureSpace.ministry();
        int[] counts = new int[space.typeCount()];
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] age = {0.12, 0.16, 0.20, 0.24, 0.28};
        for (int i = 0; i < volunteers; i++) {
            int sex = random.nextDouble() < 0.62 ? 1 : 0;
            int region = random.nextDouble() < 0.58 ? 0 : 1;
            int a = pick(age, random.nextDouble());
            double high = 0.35 - 0.07 * a;
            double low = 0.10 + 0.08 * a;
            double u = random.nextDouble();
            int proficiency = u < low ? 0 : u < 1 - high ? 1 : 2;
            counts[space.typeOf(sex, region, a, proficiency)]++;
        }
        return counts;
    }

    private static int pick(double[] weights, double u) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (u < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
