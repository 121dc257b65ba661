package kr.go.msit.sovereignai.web.admin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.sovereignai.application.citizenpanel.PanelAdministration;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelSettings;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelView;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.QuotaConflictLine;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.Stage;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.application.rounds.RoundViews.RoundView;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.citizenpanel.AbandonReasonInvalid;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettingsInvalid;
import kr.go.msit.sovereignai.domain.citizenpanel.SeedMalformed;
import kr.go.msit.sovereignai.domain.sortition.FeatureSpace;
import kr.go.msit.sovereignai.domain.sortition.Quotas;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;
import kr.go.msit.sovereignai.web.PanelForms;

/**
 * A round's citizens' panel for administrators ({@code /admin/panel.xhtml?round=N}): size, the twelve quotas (the
 * ministry's plan until changed), volunteering deadline, the 로또 6/45 draw whose numbers seed the draw and when it
 * takes place (Asia/Seoul); the feasibility of the quotas against the pool after every change; after the deadline
 * new quotas for a pool that cannot meet them; after the named draw the winning numbers, which draw the panel; and the
 * replacement draw for members who withdrew. Every refusal is shown as the service words it.
 */
@Named
@ViewScoped
public class PanelAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    PanelAdministration administration;

    @Inject
    RoundCatalogue catalogue;

    private Integer round;
    private RoundView roundView;
    private PanelView panel;

    private Integer panelSize;
    private List<QuotaInput> quotas;
    private String deadline;
    private String drawAt;
    private Integer lottoDrawNumber;
    private String lottoNumbers;
    private String abandonReason;
    private boolean abandonConfirmed;

    /** One quota input: a feature value of the ministry's space and its number. */
    public static final class QuotaInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int feature;
        private final String featureName;
        private final String value;
        private Integer quota;

        QuotaInput(int feature, String featureName, String value, Integer quota) {
            this.feature = feature;
            this.featureName = featureName;
            this.value = value;
            this.quota = quota;
        }

        public int getFeature() {
            return feature;
        }

        public String getFeatureName() {
            return featureName;
        }

        public String getValue() {
            return value;
        }

        /** A stable input id: {@code quota-sex-F}, {@code quota-age-60}. */
        public String getInputId() {
            return "quota-" + featureName + "-" + value.replaceAll("[^A-Za-z0-9]", "");
        }

        public Integer getQuota() {
            return quota;
        }

        public void setQuota(Integer quota) {
            this.quota = quota;
        }
    }

    /** View action: an unknown round answers 404; a round without a panel gets the ministry's plan to start from. */
    public void load() throws IOException {
        if (roundView != null) {
            return;
        }
        roundView = PageActions.loadOrNotFound(
                "round", () -> round == null ? null : catalogue.round(round).orElse(null));
        if (roundView == null) {
            return;
        }
        refresh();
    }

    private void refresh() {
        // A round without a panel yet is no error here: the form starts from the ministry's plan.
        panel = PageActions.answer(() -> administration.panel(round), refused -> {
            if (!(refused instanceof NotFound)) {
                Messages.refused(refused);
            }
            return null;
        });
        fill(panel == null ? administration.defaultSettings(round) : panel.settings());
    }

    private void fill(PanelSettings settings) {
        Quotas plan = Quotas.ministryPlan();
        int[][] values = settings == null || settings.quotas() == null ? plan.perValue() : settings.quotas();
        panelSize = settings == null ? plan.panelSize() : settings.panelSize();
        quotas = new ArrayList<>();
        FeatureSpace space = FeatureSpace.ministry();
        for (int f = 0; f < space.features().size(); f++) {
            FeatureSpace.Feature feature = space.features().get(f);
            for (int v = 0; v < feature.values().size(); v++) {
                quotas.add(new QuotaInput(f, feature.name(), feature.values().get(v), values[f][v]));
            }
        }
        if (settings != null) {
            deadline = local(settings.volunteeringDeadline());
            drawAt = local(settings.drawAt());
            lottoDrawNumber = settings.lottoDrawNumber() > 0 ? settings.lottoDrawNumber() : null;
        }
    }

    private static String local(Instant at) {
        return at == null ? null : LOCAL_INPUT.format(at.atZone(KoreanTime.ZONE));
    }

    /** "저장": creates or changes the panel; the feasibility box shows the result. */
    public void save() {
        int[][] perValue = perValue("settings");
        Instant closes = RoundAdminPage.parse(deadline, "settings:deadline");
        Instant draws = RoundAdminPage.parse(drawAt, "settings:drawAt");
        if (panelSize == null) {
            Messages.error("settings:panelSize", "panel.admin.numberRequired");
        }
        if (lottoDrawNumber == null) {
            Messages.error("settings:lottoDrawNumber", "panel.admin.numberRequired");
        }
        if (perValue == null || closes == null || draws == null || panelSize == null || lottoDrawNumber == null) {
            return;
        }
        PanelSettings settings = new PanelSettings(panelSize, perValue, closes, lottoDrawNumber, draws);
        PageActions.attempt(
                () -> {
                    panel = administration.configure(round, settings);
                    Messages.info(panel.feasible() ? "panel.admin.saved" : "panel.admin.savedInfeasible");
                },
                PanelSettingsInvalid.class,
                invalid -> Messages.error(settingsField(invalid.field()), invalid.messageKey(), invalid.arguments()));
        if (panel != null) {
            fill(panel.settings());
        }
    }

    /** After the deadline, for a frozen pool that cannot meet the quotas: new quotas (same size). */
    public void changeQuotas() {
        int[][] perValue = perValue("settings");
        if (perValue == null) {
            return;
        }
        PageActions.obtain("settings", () -> administration.changeQuotasAfterDeadline(round, perValue))
                .ifPresent(changed -> {
                    panel = changed;
                    Messages.info(changed.feasible() ? "panel.admin.quotasChanged" : "panel.admin.savedInfeasible");
                });
    }

    /** "추첨": the winning numbers of the declared draw; the panel is drawn at once. */
    public void enterSeed() {
        if (lottoNumbers == null || lottoNumbers.isBlank()) {
            Messages.error("seed:lottoNumbers", "panel.admin.seed.required");
            return;
        }
        PageActions.attempt(
                () -> {
                    panel = administration.enterSeed(round, lottoNumbers.strip());
                    lottoNumbers = null;
                    Messages.info(
                            "panel.admin.seed.drawn", panel.memberPseudonyms().size());
                },
                SeedMalformed.class,
                malformed -> Messages.error("seed:lottoNumbers", malformed.messageKey(), malformed.arguments()));
        refresh();
    }

    /** The replacement draw: each withdrawn member's seat to the next reserve of the same type. */
    public void replace() {
        PageActions.obtain(null, () -> administration.replaceWithdrawnMembers(round))
                .ifPresent(replaced -> {
                    panel = replaced;
                    Messages.info("panel.admin.replaced");
                });
    }

    /**
     * "패널 포기": gives the panel up with a reason, once the administrator ticked the confirmation (the round is
     * then scored by everybody's votes, as without a panel).
     */
    public void abandon() {
        if (abandonReason == null || abandonReason.isBlank()) {
            Messages.error("abandon:abandonReason", "panel.admin.abandon.reasonRequired");
            return;
        }
        if (!abandonConfirmed) {
            Messages.error("abandon:abandonConfirmed", "panel.admin.abandon.confirmRequired");
            return;
        }
        PageActions.attempt(
                () -> {
                    panel = administration.abandon(round, abandonReason.strip());
                    abandonReason = null;
                    abandonConfirmed = false;
                    Messages.info("panel.admin.abandon.done");
                },
                AbandonReasonInvalid.class,
                invalid -> Messages.error("abandon:abandonReason", invalid.messageKey(), invalid.arguments()));
        refresh();
    }

    /** A panel may be abandoned in any stage but DRAWN (and once). */
    public boolean isAbandonable() {
        return panel != null && panel.stage() != Stage.DRAWN && panel.stage() != Stage.ABANDONED;
    }

    public int getAbandonReasonMaxLength() {
        return CitizenPanel.MAX_ABANDON_REASON;
    }

    public String getAbandonReason() {
        return abandonReason;
    }

    public void setAbandonReason(String abandonReason) {
        this.abandonReason = abandonReason;
    }

    public boolean isAbandonConfirmed() {
        return abandonConfirmed;
    }

    public void setAbandonConfirmed(boolean abandonConfirmed) {
        this.abandonConfirmed = abandonConfirmed;
    }

    /** Where a refused setting is shown: next to its input (quotas: above the form, they are a whole). */
    private static String settingsField(PanelSettingsInvalid.Field field) {
        return switch (field) {
            case SIZE -> "settings:panelSize";
            case DEADLINE -> "settings:deadline";
            case DRAW_AT -> "settings:drawAt";
            case LOTTO_DRAW_NUMBER -> "settings:lottoDrawNumber";
            case QUOTAS -> null;
        };
    }

    private int[][] perValue(String formId) {
        FeatureSpace space = FeatureSpace.ministry();
        int[][] perValue = new int[space.features().size()][];
        for (int f = 0; f < perValue.length; f++) {
            perValue[f] = new int[space.features().get(f).values().size()];
        }
        boolean complete = true;
        int index = 0;
        for (QuotaInput input : quotas) {
            if (input.getQuota() == null || input.getQuota() < 0) {
                Messages.error(formId + ":quotas:" + index + ":quota", "panel.admin.numberRequired");
                complete = false;
            } else {
                perValue[input.getFeature()][
                                space.features()
                                        .get(input.getFeature())
                                        .values()
                                        .indexOf(input.getValue())] =
                        input.getQuota();
            }
            index++;
        }
        return complete ? perValue : null;
    }

    /** Whether the settings may still change: before the deadline, or (quotas only) for an infeasible frozen pool. */
    public boolean isSettingsEditable() {
        return panel == null || (panel.stage() == Stage.VOLUNTEERING && !isDeadlinePassed());
    }

    public boolean isQuotasEditable() {
        return isSettingsEditable() || (panel != null && panel.stage() == Stage.INFEASIBLE);
    }

    /** Now, from the platform's clock, asked when needed (a view-scoped bean keeps no Clock: it is not serializable). */
    private static Instant now() {
        return CDI.current().select(Clock.class).get().instant();
    }

    public boolean isDeadlinePassed() {
        return panel != null && !now().isBefore(panel.settings().volunteeringDeadline());
    }

    public boolean isDrawDatePassed() {
        return panel != null && !now().isBefore(panel.settings().drawAt());
    }

    /** The seed is entered once the pool is committed and the named draw has taken place. */
    public boolean isSeedEntryOpen() {
        return panel != null && panel.stage() == Stage.COMMITTED && isDrawDatePassed();
    }

    public boolean isReplacementPossible() {
        return panel != null && panel.stage() == Stage.DRAWN && panel.withdrawnMembers() > 0;
    }

    /** A conflicting quota in words: "성별 여성: 할당 250명, 가능한 최대 180명 (70명 부족)". */
    public String conflict(QuotaConflictLine line) {
        int difference = line.quota() - line.reachable();
        String key = difference >= 0 ? "panel.admin.conflict.short" : "panel.admin.conflict.over";
        return Messages.text(
                key,
                Messages.text("panel.page.feature." + line.feature()),
                PanelForms.value(line.feature(), line.value()),
                line.quota(),
                line.reachable(),
                Math.abs(difference));
    }

    public String value(String feature, String code) {
        return PanelForms.value(feature, code);
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public RoundView getRoundView() {
        return roundView;
    }

    public PanelView getPanel() {
        return panel;
    }

    public Integer getPanelSize() {
        return panelSize;
    }

    public void setPanelSize(Integer panelSize) {
        this.panelSize = panelSize;
    }

    public List<QuotaInput> getQuotas() {
        return quotas;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getDrawAt() {
        return drawAt;
    }

    public void setDrawAt(String drawAt) {
        this.drawAt = drawAt;
    }

    public Integer getLottoDrawNumber() {
        return lottoDrawNumber;
    }

    public void setLottoDrawNumber(Integer lottoDrawNumber) {
        this.lottoDrawNumber = lottoDrawNumber;
    }

    public String getLottoNumbers() {
        return lottoNumbers;
    }

    public void setLottoNumbers(String lottoNumbers) {
        this.lottoNumbers = lottoNumbers;
    }
}
