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
import kr.go.msit.sovereignai.application.programme.RoundChoice;
import kr.go.msit.sovereignai.application.rounds.RoundRules;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Progress;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.SubmittedSheet;
import kr.go.msit.sovereignai.application.scoring.ReviewerAdministration;
import kr.go.msit.sovereignai.domain.round.Component;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.domain.round.RubricCriterion;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;

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
    private Progress progress;
    private List<SubmittedSheet> submitted;
    private final Map<Panel, List<LabelledPoints>> rubrics = new EnumMap<>(Panel.class);
    private final Map<Panel, String> reasons = new EnumMap<>(Panel.class);
    private final Map<Long, String> reopenReasons = new java.util.HashMap<>();
    /** The points per component as edited, keyed by the component's name (pages index maps with text). */
    private final Map<String, BigDecimal> weights = new java.util.LinkedHashMap<>();

    /** View action. */
    public void load() {
        if (round == null) {
            round = catalogue.currentRoundNumber().orElse(1);
        }
        if (progress == null) {
            refresh();
        }
    }

    private void refresh() {
        PageActions.attempt(() -> {
            progress = administration.progress(round);
            submitted = administration.submittedSheets(round);
            weights.clear();
            rules.componentPoints(round).forEach((component, points) -> weights.put(component.name(), points));
            for (Panel panel : Panel.values()) {
                List<LabelledPoints> rows = new ArrayList<>();
                rules.rubric(round, panel)
                        .criteria()
                        .forEach(c -> rows.add(new LabelledPoints(c.label(), c.maxPoints())));
                rubrics.put(panel, rows);
            }
        });
    }

    public void addLine(Panel panel) {
        rubrics.get(panel).add(new LabelledPoints());
    }

    public void saveRubric(Panel panel) {
        List<RubricCriterion> lines = new ArrayList<>();
        PageActions.attempt(() -> {
            for (LabelledPoints row : rubrics.get(panel)) {
                if (!row.isBlank()) {
                    lines.add(new RubricCriterion(row.label(), row.getMaxPoints()));
                }
            }
            rules.changeRubric(round, panel, lines, reasons.get(panel));
            Messages.info("admin.rubric.saved");
            reasons.remove(panel);
            refresh();
        });
    }

    public void saveWeights() {
        PageActions.attempt(() -> {
            Map<Component, BigDecimal> points = new EnumMap<>(Component.class);
            weights.forEach((component, value) -> points.put(Component.valueOf(component), value));
            rules.changeComponentPoints(round, points);
            Messages.info("admin.weights.saved");
            refresh();
        });
    }

    public Component[] getComponents() {
        return Component.values();
    }

    public Map<String, BigDecimal> getWeights() {
        return weights;
    }

    public void reopen(long sheetId) {
        PageActions.attempt(() -> {
            administration.reopenSheet(sheetId, reopenReasons.get(sheetId));
            Messages.info("admin.sheet.reopened");
            refresh();
        });
    }

    public boolean isRubricFrozen() {
        return catalogue.roundChoice(round).map(RoundChoice::rulesFrozen).orElse(true);
    }

    public List<RoundChoice> getRounds() {
        return catalogue.roundChoices();
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

    public Map<Panel, List<LabelledPoints>> getRubrics() {
        return rubrics;
    }

    public Map<Panel, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getReopenReasons() {
        return reopenReasons;
    }
}
