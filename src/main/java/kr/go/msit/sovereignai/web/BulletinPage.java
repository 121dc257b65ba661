package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.ballot.BallotViews.BulletinEntry;
import kr.go.msit.sovereignai.application.ballot.BallotViews.CriterionChoice;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.RoundChoice;
import kr.go.msit.sovereignai.application.programme.TeamView;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.ballot.Turnout;
import kr.go.msit.sovereignai.domain.round.NotPublished;

/**
 * A published round's bulletin ({@code /bulletin.xhtml?round=1}): every counted ballot's receipt
 * and ratings, paged by receipt, and a search for one receipt. No identities anywhere.
 */
@Named
@RequestScoped
public class BulletinPage {

    static final int PAGE_SIZE = 100;
    private static final String SEARCH_FORM = "search";

    @Inject
    PublicEvaluation evaluation;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    RoundCatalogue rounds;

    private Integer round;
    private String after;
    private String receipt;
    private List<BulletinEntry> entries = List.of();
    private BulletinEntry found;
    private boolean searched;
    private String refusal;
    private Map<Long, TeamView> teams;
    private List<CriterionChoice> criteria = List.of();
    private Turnout figures;

    /** The counted ballots and how many were cast by verified voters (null until the bulletin is published). */
    public Turnout getFigures() {
        return figures;
    }

    /** View action: an unknown round answers 404; an unpublished one says so. */
    public void load() throws IOException {
        RoundChoice known = PageActions.loadOrNotFound(
                "round",
                () -> round == null ? null : catalogue.roundChoice(round).orElse(null));
        if (known == null) {
            return;
        }
        teams = catalogue.allTeams().stream().collect(Collectors.toMap(TeamView::id, Function.identity()));
        criteria = rounds.publicCriteria(round);
        try {
            entries = evaluation.bulletin(round, after, PAGE_SIZE);
            figures = evaluation.turnoutFigures(round);
        } catch (NotPublished notYet) {
            refusal = Messages.text(notYet.messageKey(), notYet.arguments());
        }
    }

    /**
     * Looks a receipt up (a POST, so the receipt never appears in addresses, logs or history).
     * A mistyped receipt is explained next to the field.
     */
    public void search() throws IOException {
        load();
        if (FacesContext.getCurrentInstance().getResponseComplete()
                || refusal != null
                || receipt == null
                || receipt.isBlank()) {
            return;
        }
        PageActions.attempt(SEARCH_FORM, () -> {
            found = evaluation.findOnBulletin(round, receipt).orElse(null);
            searched = true;
        });
    }

    /** The team's name, or its id (in both languages) for a team no longer listed. */
    public LocalizedText teamName(long teamId) {
        TeamView team = teams.get(teamId);
        return team == null ? LocalizedText.of(String.valueOf(teamId), String.valueOf(teamId)) : team.name();
    }

    /** Whether this entry is the receipt the visitor searched for. */
    public boolean isFound(BulletinEntry entry) {
        return found != null && found.receipt().equals(entry.receipt());
    }

    /** The cursor for the next page, or null on the last one. */
    public String getNextAfter() {
        return entries.size() < PAGE_SIZE
                ? null
                : entries.get(entries.size() - 1).receipt();
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public List<BulletinEntry> getEntries() {
        return entries;
    }

    public BulletinEntry getFound() {
        return found;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<CriterionChoice> getCriteria() {
        return criteria;
    }
}
