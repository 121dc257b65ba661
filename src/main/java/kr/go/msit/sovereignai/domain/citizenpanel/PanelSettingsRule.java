package kr.go.msit.sovereignai.domain.citizenpanel;

import java.time.Instant;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettingsInvalid.Field;
import kr.go.msit.sovereignai.domain.sortition.FeatureSpace;

/**
 * The rules of a panel's settings: size 1..100,000; one non-negative quota per value of every feature, each
 * feature's quotas summing to the size; the deadline in the future, the draw after the deadline and before the
 * round closes; the 로또 draw number positive. The first broken rule is refused with {@link PanelSettingsInvalid}.
 */
public final class PanelSettingsRule {

    private PanelSettingsRule() {}

    /** Settings that keep the rules. */
    public record Checked(
            int panelSize, int[][] quotas, Instant volunteeringDeadline, Instant drawAt, int lottoDrawNumber) {}

    public static Checked check(
            FeatureSpace space,
            int panelSize,
            int[][] quotas,
            Instant deadline,
            Instant drawAt,
            int lottoDrawNumber,
            Instant now,
            Instant roundClosesAt) {
        if (panelSize < 1 || panelSize > CitizenPanel.MAX_SIZE) {
            throw new PanelSettingsInvalid(Field.SIZE, "panel.settings.size", CitizenPanel.MAX_SIZE);
        }
        checkQuotas(space, panelSize, quotas);
        if (deadline == null || !deadline.isAfter(now)) {
            throw new PanelSettingsInvalid(Field.DEADLINE, "panel.settings.deadlinePast");
        }
        if (drawAt == null || !drawAt.isAfter(deadline)) {
            throw new PanelSettingsInvalid(Field.DRAW_AT, "panel.settings.drawBeforeDeadline");
        }
        if (!drawAt.isBefore(roundClosesAt)) {
            throw new PanelSettingsInvalid(Field.DRAW_AT, "panel.settings.drawAfterClose");
        }
        if (lottoDrawNumber < 1) {
            throw new PanelSettingsInvalid(Field.LOTTO_DRAW_NUMBER, "panel.settings.lottoDrawNumber");
        }
        int[][] copy = new int[quotas.length][];
        for (int f = 0; f < quotas.length; f++) {
            copy[f] = quotas[f].clone();
        }
        return new Checked(panelSize, copy, deadline, drawAt, lottoDrawNumber);
    }

    /** One quota per value of every feature, non-negative, each feature summing to the size. */
    public static void checkQuotas(FeatureSpace space, int panelSize, int[][] quotas) {
        if (quotas == null || quotas.length != space.features().size()) {
            throw new PanelSettingsInvalid(Field.QUOTAS, "panel.settings.quotaShape");
        }
        for (int f = 0; f < quotas.length; f++) {
            FeatureSpace.Feature feature = space.features().get(f);
            if (quotas[f] == null || quotas[f].length != feature.values().size()) {
                throw new PanelSettingsInvalid(Field.QUOTAS, "panel.settings.quotaShape");
            }
            long sum = 0;
            for (int v = 0; v < quotas[f].length; v++) {
                if (quotas[f][v] < 0) {
                    throw new PanelSettingsInvalid(
                            Field.QUOTAS,
                            "panel.settings.quotaNegative",
                            feature.name(),
                            feature.values().get(v));
                }
                sum += quotas[f][v];
            }
            if (sum != panelSize) {
                throw new PanelSettingsInvalid(Field.QUOTAS, "panel.settings.quotaSum", feature.name(), sum, panelSize);
            }
        }
    }
}
