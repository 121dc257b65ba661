package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.results.Objections;
import kr.go.msit.sovereignai.application.results.Objections.ObjectionView;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.ResultViews.WaiverView;
import kr.go.msit.sovereignai.application.results.RoundResults;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver;
import kr.go.msit.sovereignai.domain.tally.Outcome;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.NotFoundResponse;
import kr.go.msit.sovereignai.web.PageActions;

/**
 * A published round's objections for administrators ({@code /admin/objections.xhtml?round=1}):
 * record one filed during the objection period, decide an open one with a rationale, and record an
 * eliminated or disqualified team's waiver of its right to object (the period ends once all have waived).
 */
@Named
@ViewScoped
public class ObjectionAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A waiver's instant as typed in a datetime-local field, in Korean time. */
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    Objections objections;

    @Inject
    RoundResults roundResults;

    private Integer round;
    private PublishedResults results;
    private List<ObjectionView> list;
    private Long teamId;
    private String filedBy;
    private String grounds;
    private String evidenceUrl;
    private Long objectionId;
    private String decision;
    private String rationale;
    private Long waiverTeamId;
    private String waivedBy;
    private String waivedAt;
    private ObjectionWaiver.Form waiverForm;

    /** View action: an unknown round answers 404; an unpublished one says so. */
    public void load() throws IOException {
        if (results != null) {
            return;
        }
        // An unknown round answers 404; an unpublished one is refused at the top.
        if (round == null) {
            NotFoundResponse.send("round");
            return;
        }
        PageActions.loadShowingRefusals("round", this::refresh);
    }

    private void refresh() {
        results = roundResults.results(round);
        list = objections.of(round);
    }

    public void record() {
        if (teamId == null) {
            Messages.error("record:team", "objection.team.required");
            return;
        }
        if (PageActions.attempt("record", () -> objections.record(round, teamId, filedBy, grounds, evidenceUrl))) {
            Messages.info("admin.objection.recorded");
            teamId = null;
            filedBy = null;
            grounds = null;
            evidenceUrl = null;
        }
        refresh();
    }

    public void decide() {
        if (objectionId == null || decision == null) {
            Messages.error("decide:objection", "objection.decision.required");
            return;
        }
        boolean upheld = "UPHELD".equals(decision);
        if (PageActions.attempt("decide", () -> objections.decide(round, objectionId, upheld, rationale))) {
            Messages.info(upheld ? "admin.objections.correctionOpened" : "admin.objection.decided");
            objectionId = null;
            decision = null;
            rationale = null;
        }
        refresh();
    }

    /** Records an eliminated or disqualified team's waiver of its right to object: who, when (local date and time), in what form. */
    public void waive() {
        if (waiverTeamId == null) {
            Messages.error("waiver:waiverTeam", "waiver.team.required");
            return;
        }
        Instant at;
        try {
            at = waivedAt == null || waivedAt.isBlank()
                    ? null
                    : LocalDateTime.parse(waivedAt.strip(), LOCAL_INPUT)
                            .atZone(KoreanTime.ZONE)
                            .toInstant();
        } catch (DateTimeParseException malformed) {
            Messages.error("waiver:waivedAt", "admin.postpone.dateTimeInvalid");
            return;
        }
        if (PageActions.attempt(
                "waiver", () -> objections.recordWaiver(round, waiverTeamId, waivedBy, at, waiverForm))) {
            Messages.info("admin.objections.waiverRecorded");
            waiverTeamId = null;
            waivedBy = null;
            waivedAt = null;
            waiverForm = null;
        }
        refresh();
    }

    /** The teams the result eliminated or disqualified that have not waived yet: the waiver's choice. */
    public List<ResultLine> getWaivingTeams() {
        if (results == null) {
            return List.of();
        }
        Set<Long> waived = results.waivers().stream().map(WaiverView::teamId).collect(Collectors.toSet());
        return results.lines().stream()
                .filter(l -> l.outcome() == Outcome.ELIMINATED || l.outcome() == Outcome.DISQUALIFIED)
                .filter(l -> !waived.contains(l.teamId()))
                .toList();
    }

    public List<ObjectionWaiver.Form> getWaiverForms() {
        return List.of(ObjectionWaiver.Form.values());
    }

    public Long getWaiverTeamId() {
        return waiverTeamId;
    }

    public void setWaiverTeamId(Long waiverTeamId) {
        this.waiverTeamId = waiverTeamId;
    }

    public String getWaivedBy() {
        return waivedBy;
    }

    public void setWaivedBy(String waivedBy) {
        this.waivedBy = waivedBy;
    }

    public String getWaivedAt() {
        return waivedAt;
    }

    public void setWaivedAt(String waivedAt) {
        this.waivedAt = waivedAt;
    }

    public ObjectionWaiver.Form getWaiverForm() {
        return waiverForm;
    }

    public void setWaiverForm(ObjectionWaiver.Form waiverForm) {
        this.waiverForm = waiverForm;
    }

    /** The teams of the round's result, for the "filed for" choice. */
    public List<ResultLine> getTeams() {
        return results == null ? List.of() : results.lines();
    }

    public List<ObjectionView> getObjections() {
        return list == null ? List.of() : list;
    }

    /** The objections still to decide. */
    public List<ObjectionView> getOpenObjections() {
        return getObjections().stream().filter(ObjectionView::isOpen).toList();
    }

    public PublishedResults getResults() {
        return results;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public void setFiledBy(String filedBy) {
        this.filedBy = filedBy;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }

    public Long getObjectionId() {
        return objectionId;
    }

    public void setObjectionId(Long objectionId) {
        this.objectionId = objectionId;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }
}
