package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelView;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.Seat;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.Stage;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.TypeLine;
import kr.go.msit.sovereignai.application.citizenpanel.PublicPanels;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.domain.sortition.FeatureSpace;

/**
 * A round's citizens' panel for everybody ({@code /panel.xhtml?round=N}): what it is and why, its quotas, the
 * questionnaire's scoring rule, the deadline and the declared seed source; once the pool is frozen its size and
 * digest; once committed each type's pool count and LEXIMIN and greedy probabilities with the commitment; once drawn
 * the seed, the drawn ticket and row and the members' pseudonyms; the open files; and a pseudonym check
 * ({@code &pseudonym=}, a GET form: nothing is kept).
 */
@Named
@RequestScoped
public class PanelPage {

    /** Pseudonyms are short hexadecimal strings; anything else is not looked up. */
    private static final int PSEUDONYM_MAX = 64;

    @Inject
    PublicPanels panels;

    @Inject
    RoundCatalogue catalogue;

    private Integer round;
    private PanelView panel;
    private boolean roundFound;
    private String pseudonym;
    private Seat checked;

    /** View action: an unknown round answers 404; a round without a panel says so. */
    public void load() throws IOException {
        Object found = PageActions.loadOrNotFound(
                "round", () -> round == null ? null : catalogue.round(round).orElse(null));
        if (found == null) {
            return;
        }
        roundFound = true;
        panel = panels.panel(round).orElse(null);
        if (panel != null && pseudonym != null && !pseudonym.isBlank()) {
            String wanted = pseudonym.strip();
            if (wanted.length() <= PSEUDONYM_MAX && wanted.matches("[0-9A-Za-z-]+")) {
                checked = panel.stage() == Stage.DRAWN ? panels.check(round, wanted) : Seat.NOT_DRAWN_YET;
            } else {
                Messages.error("check:pseudonym", "panel.page.check.malformed");
            }
        }
    }

    /** The quotas as lines: feature, value's words, number. */
    public record QuotaLine(String feature, String value, int quota) {}

    public List<QuotaLine> getQuotaLines() {
        if (panel == null || panel.settings().quotas() == null) {
            return List.of();
        }
        FeatureSpace space = FeatureSpace.ministry();
        int[][] quotas = panel.settings().quotas();
        java.util.ArrayList<QuotaLine> lines = new java.util.ArrayList<>();
        for (int f = 0; f < space.features().size(); f++) {
            FeatureSpace.Feature feature = space.features().get(f);
            for (int v = 0; v < feature.values().size() && v < quotas[f].length; v++) {
                lines.add(new QuotaLine(
                        Messages.text("panel.page.feature." + feature.name()),
                        PanelForms.value(feature.name(), feature.values().get(v)),
                        quotas[f][v]));
            }
        }
        return lines;
    }

    /** The published types (after the commitment): fewer than 5 in the pool are shown as "under 5". */
    public List<TypeLine> getTypes() {
        return panel == null || panel.types() == null ? List.of() : panel.types();
    }

    public boolean isAnySuppressed() {
        return getTypes().stream().anyMatch(TypeLine::suppressed);
    }

    public boolean isPublished() {
        return panel != null && (panel.stage() == Stage.COMMITTED || panel.stage() == Stage.DRAWN);
    }

    public String percent(Double probability) {
        return PanelForms.percent(probability);
    }

    public String value(String feature, String code) {
        return PanelForms.value(feature, code);
    }

    /** The open file's address: {@code /api/rounds/N/panel/name}. */
    public String file(String name) {
        return "/api/rounds/" + round + "/panel/" + name;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public boolean isRoundFound() {
        return roundFound;
    }

    public PanelView getPanel() {
        return panel;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym == null || pseudonym.length() > 200 ? null : pseudonym;
    }

    /** The checked pseudonym's seat, or null when none was asked. */
    public String getChecked() {
        return checked == null ? null : checked.name();
    }
}
