package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import kr.go.msit.sovereignai.application.results.Objections;
import kr.go.msit.sovereignai.application.results.Objections.ObjectionView;
import kr.go.msit.sovereignai.application.results.PublicScoring;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedResults;
import kr.go.msit.sovereignai.application.results.ResultViews.PublishedRound;
import kr.go.msit.sovereignai.application.results.RoundResults;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.domain.tally.PublicComparison;
import kr.go.msit.sovereignai.domain.tally.ResultChange;

/**
 * A review's published results ({@code /results.xhtml?round=1}; without a number, the latest):
 * the ranking with section scores and averages, the outcome of every team with the reason, a
 * chart, the objection period, and links to every earlier round's results. While the round
 * withholds figures (published naming only the first and the last rank) the other lines carry no
 * figures, the chart has no bar for them, and the page says when they are released.
 */
@Named
@RequestScoped
public class ResultsPage {

    @Inject
    RoundResults roundResults;

    @Inject
    Objections objections;

    @Inject
    PublicScoring publicScoring;

    private Integer round;
    private Integer version;
    private PublishedResults results;
    private List<PublishedRound> publishedRounds;
    private boolean notYetPublished;
    private List<ObjectionView> objectionList = List.of();
    private PublicComparison comparison;
    private boolean panelScored;

    /** View action: an unknown round or version answers 404; an unpublished round says so. */
    public void load() throws IOException {
        publishedRounds = roundResults.publishedRounds();
        if (round == null) {
            if (publishedRounds.isEmpty()) {
                return;
            }
            round = publishedRounds.get(0).roundNumber();
        }
        // An unknown round or version answers 404; an unpublished round says so.
        PageActions.loadOrNotFound("round", this::shown);
    }

    private Boolean shown() {
        try {
            results = version == null ? roundResults.results(round) : roundResults.results(round, version);
            objectionList = objections.of(round);
            panelScored = publicScoring.panelScored(round);
            comparison = publicScoring.comparison(results).orElse(null);
        } catch (NotPublished notYet) {
            notYetPublished = true;
        }
        return Boolean.TRUE;
    }

    /** A changed figure's value as the page says it: an outcome by its name, points and ranks as they are. */
    public String figureValue(ResultChange change, String value) {
        if (change.figure() == ResultChange.Figure.OUTCOME && !"-".equals(value)) {
            return Messages.text("outcome." + value);
        }
        return "-".equals(value) ? "—" : value;
    }

    /** A bar segment's width: the points as a percentage of the 100-point scale. */
    public String width(BigDecimal points) {
        return points.max(BigDecimal.ZERO)
                        .min(new BigDecimal("100"))
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }

    /** The objections to the result, in the order they were filed. */
    public List<ObjectionView> getObjections() {
        return objectionList;
    }

    /** The objection period is over but an objection is still open: the result awaits its decision (decided by the application's clock). */
    public boolean isAwaitingDecisions() {
        return results != null && results.awaitingDecisions();
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public PublishedResults getResults() {
        return results;
    }

    public List<PublishedRound> getPublishedRounds() {
        return publishedRounds;
    }

    /** In a round with a drawn citizens' panel: its scored PUBLIC points beside the open public's (null otherwise, or while withheld). */
    public PublicComparison getComparison() {
        return comparison;
    }

    /** Only the drawn citizens' panel's votes scored the round's PUBLIC component. */
    public boolean isPanelScored() {
        return panelScored;
    }

    /** A signed difference as the page prints it: +1.25, −0.50, 0. */
    public String signed(BigDecimal value) {
        return value.signum() > 0
                ? "+" + value.toPlainString()
                : value.signum() < 0 ? "−" + value.negate().toPlainString() : value.toPlainString();
    }

    /** A signed difference in rank. */
    public String signedRank(int value) {
        return value > 0 ? "+" + value : value < 0 ? "−" + (-value) : "0";
    }

    public boolean isNotYetPublished() {
        return notYetPublished;
    }
}
