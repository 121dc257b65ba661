package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PublicEvaluationRules;
import kr.go.msit.sovereignai.application.arena.PublicArena;
import kr.go.msit.sovereignai.application.ballot.BallotViews.CriterionChoice;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.application.rounds.RoundViews.RoundView;
import kr.go.msit.sovereignai.domain.ballot.Turnout;

/** One review round ({@code /round.xhtml?number=1}): window, postponements, criteria, live turnout. */
@Named
@RequestScoped
public class RoundPage {

    @Inject
    RoundCatalogue catalogue;

    @Inject
    PublicEvaluation evaluation;

    @Inject
    PublicArena arena;

    @Inject
    kr.go.msit.sovereignai.application.citizenpanel.PublicPanels panels;

    private boolean panel;

    private Integer number;
    private RoundView round;
    private List<CriterionChoice> criteria;
    private Long turnout;
    private Turnout figures;
    private PublicEvaluationRules rules;

    /** View action: an unknown round answers 404. */
    public void load() throws IOException {
        round = PageActions.loadOrNotFound(
                "round", () -> number == null ? null : catalogue.round(number).orElse(null));
        if (round == null) {
            return;
        }
        criteria = catalogue.publicCriteria(number);
        if (round.acceptsBallots()) {
            figures = evaluation.turnoutFigures(number);
            turnout = figures.ballots();
        }
        rules = arena.rules(number);
        panel = panels.panel(number).isPresent();
    }

    /** Whether the round has a citizens' panel (its page is linked). */
    public boolean isPanel() {
        return panel;
    }

    /** How citizens evaluate in this round, the arena's analysis plan and its prompt commitment: public before it opens. */
    public PublicEvaluationRules getRules() {
        return rules;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public RoundView getRound() {
        return round;
    }

    public List<CriterionChoice> getCriteria() {
        return criteria;
    }

    /** Of the ballots cast so far, how many by verified voters (while the round is open; null otherwise). */
    public Long getVerifiedTurnout() {
        return figures == null ? null : figures.verified();
    }

    /** Ballots cast so far while the round is open; null otherwise. */
    public Long getTurnout() {
        return turnout;
    }
}
