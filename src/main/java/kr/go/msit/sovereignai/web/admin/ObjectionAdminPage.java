package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kr.go.msit.sovereignai.application.results.Objections;
import kr.go.msit.sovereignai.application.results.Objections.ObjectionView;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.RoundResults;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.NotFoundResponse;

/**
 * A published round's objections for administrators ({@code /admin/objections.xhtml?round=1}):
 * record one filed during the objection period, decide an open one with a rationale.
 */
@Named
@ViewScoped
public class ObjectionAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** View action: an unknown round answers 404; an unpublished one says so. */
    public void load() throws IOException {
        if (results != null) {
            return;
        }
        try {
            if (round == null) {
                throw new NotFound("round.notFound", "?");
            }
            refresh();
        } catch (NotFound unknown) {
            NotFoundResponse.send("round");
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
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
        try {
            objections.record(round, teamId, filedBy, grounds, evidenceUrl);
            Messages.info("admin.objection.recorded");
            teamId = null;
            filedBy = null;
            grounds = null;
            evidenceUrl = null;
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public void decide() {
        if (objectionId == null || decision == null) {
            Messages.error("decide:objection", "objection.decision.required");
            return;
        }
        try {
            boolean upheld = "UPHELD".equals(decision);
            objections.decide(round, objectionId, upheld, rationale);
            Messages.info(upheld ? "admin.objections.correctionOpened" : "admin.objection.decided");
            objectionId = null;
            decision = null;
            rationale = null;
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        refresh();
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
