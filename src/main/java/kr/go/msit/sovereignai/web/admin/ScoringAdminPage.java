package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Progress;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.SubmittedSheet;
import kr.go.msit.sovereignai.application.rounds.RoundRules;
import kr.go.msit.sovereignai.application.scoring.ReviewerAdministration;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.RubricCriterion;
import kr.go.msit.sovereignai.web.Messages;

/**
 * A round's scoring for administrators ({@code /admin/scoring.xhtml?round=1}): progress counts,
 * submitted sheets to reopen, and the panels' rubrics.
 */
@Named
@ViewScoped
public class ScoringAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewerAdministration administration;

    @Inject
    RoundRules rules;

    @Inject
    ProgrammeCatalogue catalogue;

    private Integer round;
    private transient ReviewRound loadedRound;
    private Progress progress;
    private List<SubmittedSheet> submitted;
    private final Map<Panel, List<RubricRow>> rubrics = new EnumMap<>(Panel.class);
    private final Map<Panel, String> reasons = new EnumMap<>(Panel.class);
    private final Map<Long, String> reopenReasons = new java.util.HashMap<>();
    /** The points per component as edited, keyed by the component's name (pages index maps with text). */
    private final Map<String, BigDecimal> weights = new java.util.LinkedHashMap<>();

    /** View action. */
    public void load() {
        if (round == null) {
            round = catalogue.currentRound().map(ReviewRound::getNumber).orElse(1);
        }
        if (progress == null) {
            refresh();
        }
    }

    private void refresh() {
        try {
            progress = administration.progress(round);
            submitted = administration.submittedSheets(round);
            weights.clear();
            rules.componentPoints(round).forEach((component, points) -> weights.put(component.name(), points));
            for (Panel panel : Panel.values()) {
                List<RubricRow> rows = new ArrayList<>();
                rules.rubric(round, panel).criteria().forEach(c -> rows.add(new RubricRow(c.label().ko(), c.label().en(), c.maxPoints())));
                rubrics.put(panel, rows);
            }
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void addLine(Panel panel) {
        rubrics.get(panel).add(new RubricRow(null, null, null));
    }

    public void saveRubric(Panel panel) {
        List<RubricCriterion> lines = new ArrayList<>();
        try {
            for (RubricRow row : rubrics.get(panel)) {
                if (row.getLabelKo() != null && !row.getLabelKo().isBlank()) {
                    lines.add(new RubricCriterion(LocalizedText.of(row.getLabelKo(), row.getLabelEn()), row.getMaxPoints()));
                }
            }
            rules.changeRubric(round, panel, lines, reasons.get(panel));
            Messages.info("admin.rubric.saved");
            reasons.remove(panel);
            refresh();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public void saveWeights() {
        try {
            Map<Component, BigDecimal> points = new EnumMap<>(Component.class);
            weights.forEach((component, value) -> points.put(Component.valueOf(component), value));
            rules.changeComponentPoints(round, points);
            Messages.info("admin.weights.saved");
            refresh();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public Component[] getComponents() {
        return Component.values();
    }

    public Map<String, BigDecimal> getWeights() {
        return weights;
    }

    public void reopen(long sheetId) {
        try {
            administration.reopenSheet(sheetId, reopenReasons.get(sheetId));
            Messages.info("admin.sheet.reopened");
            refresh();
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
    }

    public boolean isRubricFrozen() {
        return catalogue.round(round).map(ReviewRound::hasOpened).orElse(true);
    }

    public List<ReviewRound> getRounds() {
        return catalogue.rounds();
    }

    public Panel[] getPanels() {
        return Panel.values();
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public Progress getProgress() {
        return progress;
    }

    public List<SubmittedSheet> getSubmitted() {
        return submitted;
    }

    public Map<Panel, List<RubricRow>> getRubrics() {
        return rubrics;
    }

    public Map<Panel, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getReopenReasons() {
        return reopenReasons;
    }

    /** One editable rubric line. */
    public static final class RubricRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private String labelKo;
        private String labelEn;
        private BigDecimal maxPoints;

        RubricRow(String labelKo, String labelEn, BigDecimal maxPoints) {
            this.labelKo = labelKo;
            this.labelEn = labelEn;
            this.maxPoints = maxPoints;
        }

        public String getLabelKo() {
            return labelKo;
        }

        public void setLabelKo(String labelKo) {
            this.labelKo = labelKo;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public BigDecimal getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(BigDecimal maxPoints) {
            this.maxPoints = maxPoints;
        }
    }
}
