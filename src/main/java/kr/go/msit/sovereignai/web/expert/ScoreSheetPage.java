package kr.go.msit.sovereignai.web.expert;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Line;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Sheet;
import kr.go.msit.sovereignai.application.scoring.ReviewerConsole;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.scoring.SheetStatus;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;

/** One score sheet ({@code /expert/sheet.xhtml?round=1&team=3}): a score per rubric line and a justification. */
@Named
@ViewScoped
public class ScoreSheetPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "sheet";

    @Inject
    ReviewerConsole console;

    private Integer round;
    private Long team;
    private Sheet sheet;
    private List<ScoreRow> rows = new ArrayList<>();
    private String justification;

    /** View action: a team the reviewer may not score answers 404 (the refusal is recorded by the console). */
    public void load() throws IOException {
        if (sheet != null) {
            return;
        }
        Sheet found = PageActions.loadOrNotFound(
                "sheet",
                DomainRuleViolation.class,
                () -> console.sheet(round == null ? -1 : round, team == null ? -1 : team));
        if (found != null) {
            show(found);
        }
    }

    private void show(Sheet loaded) {
        sheet = loaded;
        rows = new ArrayList<>();
        for (int line = 0; line < loaded.lines().size(); line++) {
            rows.add(new ScoreRow(loaded.lines().get(line), loaded.scores().get(line)));
        }
        justification = loaded.justification();
    }

    private List<BigDecimal> scores() {
        return rows.stream().map(ScoreRow::getScore).toList();
    }

    /** One rubric line on the form, with the score being entered. */
    public static final class ScoreRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final Line line;
        private BigDecimal score;

        ScoreRow(Line line, BigDecimal score) {
            this.line = line;
            this.score = score;
        }

        public Line getLine() {
            return line;
        }

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }
    }

    public void saveDraft() {
        write(false);
    }

    public void submit() {
        write(true);
    }

    private void write(boolean submit) {
        PageActions.attempt(() -> {
            long shown = sheet.version();
            show(
                    submit
                            ? console.submit(round, team, shown, scores(), justification)
                            : console.saveDraft(round, team, shown, scores(), justification));
            Messages.info(submit ? "expert.sheet.submitted" : "expert.sheet.saved");
        });
    }

    public boolean isEditable() {
        return sheet != null && sheet.acceptsScores() && sheet.status() != SheetStatus.SUBMITTED;
    }

    public BigDecimal getTotal() {
        return scores().stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public Sheet getSheet() {
        return sheet;
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
