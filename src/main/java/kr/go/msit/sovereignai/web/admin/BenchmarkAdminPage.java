package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.results.ResultViews.BenchmarkSheet;
import kr.go.msit.sovereignai.application.results.ResultViews.TeamBenchmarkView;
import kr.go.msit.sovereignai.application.results.TallyInputs;
import kr.go.msit.sovereignai.application.results.TallyInputs.MeasuredInput;
import kr.go.msit.sovereignai.application.results.TallyInputs.TargetInput;
import kr.go.msit.sovereignai.application.rounds.RoundRules;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkFigure;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkInputRefused;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkKind;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPart;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkPlan;
import kr.go.msit.sovereignai.domain.benchmark.BenchmarkSlot;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;

/**
 * A round's benchmarks for administrators ({@code /admin/benchmarks.xhtml?round=1}): the plan
 * (until the round opens), each team's declared targets (a change after opening needs a reason)
 * and measured scores (while the round is under review), with the computed achievement and points.
 */
@Named
@ViewScoped
public class BenchmarkAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TallyInputs tallyInputs;

    @Inject
    RoundRules rules;

    private Integer round;
    private Long team;
    private BenchmarkSheet sheet;
    private final List<PartRow> parts = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, BigDecimal> targets = new HashMap<>();
    private final Map<String, String> models = new HashMap<>();
    private final Map<String, BigDecimal> measured = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    /** View action: an unknown round answers 404. */
    public void load() throws IOException {
        if (sheet != null) {
            return;
        }
        PageActions.loadOrNotFound("round", () -> {
            refresh();
            return sheet;
        });
    }

    private void refresh() {
        if (round == null) {
            throw new NotFound("round.notFound", "?");
        }
        sheet = tallyInputs.benchmarkSheet(round);
        parts.clear();
        sheet.plan().parts().forEach(part -> parts.add(new PartRow(part)));
        names.clear();
        targets.clear();
        models.clear();
        measured.clear();
        for (TeamBenchmarkView team : sheet.teams()) {
            for (BenchmarkFigure figure : team.benchmarks().figures()) {
                String key = key(team.teamId(), figure.slot());
                if (sheet.plan().partOf(figure.slot()).kind() == BenchmarkKind.TEAM_CHOSEN) {
                    names.put(key, figure.benchmark());
                }
                targets.put(key, figure.target());
                models.put(key, figure.targetModel());
                measured.put(key, figure.measured());
            }
        }
    }

    /** The key of one team's benchmark in the page's fields. */
    public String key(long teamId, BenchmarkSlot slot) {
        return teamId + "-" + slot.part() + "-" + slot.position();
    }

    public void savePlan() {
        PageActions.attempt(() -> {
            List<BenchmarkPart> changed = new ArrayList<>();
            for (PartRow row : parts) {
                changed.add(row.part());
            }
            rules.changeBenchmarkPlan(round, new BenchmarkPlan(changed));
            Messages.info("admin.benchmarks.planSaved");
            refresh();
        });
    }

    // One form holds every team's fields: a form inside the repeat loses its submitted state per row.
    public void saveTargets(long teamId) {
        PageActions.attempt(
                () -> {
                    List<TargetInput> inputs = new ArrayList<>();
                    for (BenchmarkSlot slot : sheet.plan().slots()) {
                        String key = key(teamId, slot);
                        inputs.add(new TargetInput(slot, names.get(key), targets.get(key), models.get(key)));
                    }
                    tallyInputs.declareTargets(round, teamId, inputs, reasons.get(teamId));
                    Messages.info("admin.benchmarks.targetsSaved");
                    reasons.remove(teamId);
                    refresh();
                },
                BenchmarkInputRefused.class,
                refused -> refusedNextToField(teamId, refused));
    }

    public void saveMeasured(long teamId) {
        PageActions.attempt(
                () -> {
                    List<MeasuredInput> inputs = new ArrayList<>();
                    for (BenchmarkSlot slot : sheet.plan().slots()) {
                        inputs.add(new MeasuredInput(slot, measured.get(key(teamId, slot))));
                    }
                    tallyInputs.recordMeasuredScores(round, teamId, inputs);
                    Messages.info("admin.benchmarks.measuredSaved");
                    refresh();
                },
                BenchmarkInputRefused.class,
                refused -> refusedNextToField(teamId, refused));
    }

    /** A refusal about one benchmark's field is shown next to it, with a pointer at the top of the page. */
    private void refusedNextToField(long teamId, BenchmarkInputRefused refused) {
        List<Long> teams = sheet.teams().stream().map(TeamBenchmarkView::teamId).toList();
        int figure = sheet.plan().slots().indexOf(refused.slot());
        String input = switch (refused.field()) {
            case NAME -> "name";
            case TARGET_MODEL -> "model";
            case TARGET -> "target";
            case MEASURED -> "measured";
        };
        Messages.error(
                "teams:teams:" + teams.indexOf(teamId) + ":figures:" + figure + ":" + input,
                refused.messageKey(),
                refused.arguments());
        Messages.error(null, "admin.benchmarks.fixBelow");
    }

    /** The team whose fields are shown for entry: the one asked for, else the first listed. */
    public boolean editing(long teamId) {
        if (team != null && sheet.teams().stream().anyMatch(t -> t.teamId() == team)) {
            return team == teamId;
        }
        return !sheet.teams().isEmpty() && sheet.teams().get(0).teamId() == teamId;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public BenchmarkSheet getSheet() {
        return sheet;
    }

    public List<PartRow> getParts() {
        return parts;
    }

    public Map<String, String> getNames() {
        return names;
    }

    public Map<String, BigDecimal> getTargets() {
        return targets;
    }

    public Map<String, String> getModels() {
        return models;
    }

    public Map<String, BigDecimal> getMeasured() {
        return measured;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    /** One part of the plan as edited: a COMMON part's benchmarks one name a line. */
    public static final class PartRow extends LabelledPoints {

        private static final long serialVersionUID = 1L;

        private final BenchmarkKind kind;
        private String benchmarks;
        private Integer teamChosen;

        PartRow(BenchmarkPart part) {
            super(part.label(), part.maxPoints());
            this.kind = part.kind();
            this.benchmarks = String.join("\n", part.benchmarks());
            this.teamChosen = part.teamChosen();
        }

        BenchmarkPart part() {
            List<String> listed = benchmarks == null
                    ? List.of()
                    : Arrays.stream(benchmarks.split("\\R"))
                            .map(String::strip)
                            .filter(name -> !name.isEmpty())
                            .toList();
            return new BenchmarkPart(label(), getMaxPoints(), kind, listed, teamChosen == null ? 0 : teamChosen);
        }

        public boolean isCommon() {
            return kind == BenchmarkKind.COMMON;
        }

        public String getBenchmarks() {
            return benchmarks;
        }

        public void setBenchmarks(String benchmarks) {
            this.benchmarks = benchmarks;
        }

        public Integer getTeamChosen() {
            return teamChosen;
        }

        public void setTeamChosen(Integer teamChosen) {
            this.teamChosen = teamChosen;
        }
    }
}
