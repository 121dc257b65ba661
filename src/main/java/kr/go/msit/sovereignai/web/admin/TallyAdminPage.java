package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.results.ResultViews.Blocker;
import kr.go.msit.sovereignai.application.results.ResultViews.ProvisionalTally;
import kr.go.msit.sovereignai.application.results.ResultViews.ResultLine;
import kr.go.msit.sovereignai.application.results.ResultViews.TeamInput;
import kr.go.msit.sovereignai.application.results.RoundPublication;
import kr.go.msit.sovereignai.application.results.TallyInputs;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.round.Disclosure;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.NotFoundResponse;
import kr.go.msit.sovereignai.web.PageActions;

/**
 * A closed round's tally for administrators ({@code /admin/tally.xhtml?round=1}): each team's
 * benchmark points (entered on the benchmarks page) and eligibility decision, the order for an unbreakable tie, the provisional
 * tally with its robustness, and the confirmed publication.
 */
@Named
@ViewScoped
public class TallyAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TallyInputs tallyInputs;

    @Inject
    RoundPublication publication;

    private Integer round;
    private ProvisionalTally tally;
    private final Map<Long, String> eligibility = new HashMap<>();
    private final Map<Long, String> rationales = new HashMap<>();
    private final Map<Long, Integer> tiePositions = new HashMap<>();
    private String tieReason;
    private boolean publishConfirmed;
    private String republishReason;
    private boolean republishConfirmed;
    private Disclosure disclosure = Disclosure.FULL;

    /** View action: an unknown round answers 404. */
    public void load() throws IOException {
        if (tally != null) {
            return;
        }
        // An unknown round answers 404; a refusal (not closed yet) is shown at the top.
        if (round == null) {
            NotFoundResponse.send("round");
            return;
        }
        PageActions.loadShowingRefusals("round", this::refresh);
    }

    private void refresh() {
        tally = publication.provisionalTally(round);
        eligibility.clear();
        rationales.clear();
        for (TeamInput input : tally.inputs()) {
            eligibility.put(input.teamId(), input.eligible() == null ? null : input.eligible() ? "PASS" : "FAIL");
            rationales.put(input.teamId(), input.rationale());
        }
    }

    // One form holds every team's inputs: a form inside the repeat loses its submitted state per row.
    public void saveEligibility(long teamId) {
        String choice = eligibility.get(teamId);
        if (choice == null) {
            Messages.refused(new DomainRuleViolation("eligibility.choiceRequired"));
            return;
        }
        if (PageActions.attempt(
                () -> tallyInputs.decideEligibility(round, teamId, "PASS".equals(choice), rationales.get(teamId)))) {
            Messages.info("admin.tally.eligibilitySaved");
            refresh();
        }
    }

    public void saveTieOrder() {
        List<Long> order = new ArrayList<>(tiedTeamIds());
        if (order.stream().anyMatch(id -> tiePositions.get(id) == null)) {
            Messages.refused(new DomainRuleViolation("tally.tieOrder.incomplete"));
            return;
        }
        if (order.stream().map(tiePositions::get).distinct().count() != order.size()) {
            Messages.refused(new DomainRuleViolation("tally.tieOrder.samePosition"));
            return;
        }
        order.sort(Comparator.comparing(tiePositions::get));
        if (PageActions.attempt(() -> tallyInputs.decideTieOrder(round, order, tieReason))) {
            Messages.info("admin.tally.tieOrderSaved");
            tieReason = null;
            refresh();
        }
    }

    public String publish() {
        return announce(
                publishConfirmed,
                "publish:confirm",
                "admin.tally.publish.confirmRequired",
                () -> publication.publish(round, disclosure),
                "admin.tally.published");
    }

    /** Republishes the result after a correction, with the reason; the results page then shows the new version. */
    public String republish() {
        return announce(
                republishConfirmed,
                "republish:confirm",
                "admin.tally.republish.confirmRequired",
                () -> publication.republish(round, republishReason),
                "admin.tally.republished");
    }

    /** A confirmed (re)publication, then the public results page; refused and unconfirmed ones stay here with the reason. */
    private String announce(
            boolean confirmed, String confirmField, String confirmRequired, Runnable publishing, String announced) {
        if (!confirmed) {
            Messages.error(confirmField, confirmRequired);
            return null;
        }
        if (PageActions.attempt(publishing)) {
            Messages.info(announced, round);
            Messages.keepForRedirect();
            return "/results.xhtml?faces-redirect=true&round=" + round;
        }
        refresh();
        return null;
    }

    /** Teams tied across the cut without a decided order, with their lines. */
    public List<ResultLine> getTied() {
        if (tally == null) {
            return List.of();
        }
        List<Long> tied = tiedTeamIds();
        return tally.lines().stream().filter(l -> tied.contains(l.teamId())).toList();
    }

    private List<Long> tiedTeamIds() {
        return tally.blockers().stream()
                .filter(b -> b.kind() == Blocker.Kind.UNRESOLVED_TIE)
                .findFirst()
                .map(b -> b.teamIds())
                .orElse(List.of());
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public ProvisionalTally getTally() {
        return tally;
    }

    public Map<Long, String> getEligibility() {
        return eligibility;
    }

    public Map<Long, String> getRationales() {
        return rationales;
    }

    public Map<Long, Integer> getTiePositions() {
        return tiePositions;
    }

    public String getTieReason() {
        return tieReason;
    }

    public void setTieReason(String tieReason) {
        this.tieReason = tieReason;
    }

    /** What the announcement names: full disclosure unless the administrator chooses otherwise. */
    public Disclosure getDisclosure() {
        return disclosure;
    }

    public void setDisclosure(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    public Disclosure[] getDisclosures() {
        return Disclosure.values();
    }

    public boolean isPublishConfirmed() {
        return publishConfirmed;
    }

    public void setPublishConfirmed(boolean publishConfirmed) {
        this.publishConfirmed = publishConfirmed;
    }

    public String getRepublishReason() {
        return republishReason;
    }

    public void setRepublishReason(String republishReason) {
        this.republishReason = republishReason;
    }

    public boolean isRepublishConfirmed() {
        return republishConfirmed;
    }

    public void setRepublishConfirmed(boolean republishConfirmed) {
        this.republishConfirmed = republishConfirmed;
    }
}
