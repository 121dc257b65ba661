package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.go.msit.sovereignai.application.arena.ArenaResults;
import kr.go.msit.sovereignai.application.arena.ArenaViews.ArenaResultsView;
import kr.go.msit.sovereignai.application.arena.ArenaViews.PublishedVote;
import kr.go.msit.sovereignai.application.arena.PublicArena;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.arena.ArenaLeaderboard;
import kr.go.msit.sovereignai.domain.arena.ArenaStanding;
import kr.go.msit.sovereignai.domain.round.NotPublished;

/**
 * A closed arena round's leaderboard ({@code /arena-results.xhtml?round=N}): Bradley–Terry scores
 * with 95 % intervals as a chart with a table beside it, rank ranges, statistical ties, the
 * win-rate and battle-count matrices, the unvoted share, the downloads to recompute it, and a vote
 * found by its receipt.
 */
@Named
@RequestScoped
public class ArenaResultsPage {

    /** The chart's plot area in SVG user units (the SVG scales to the page). */
    private static final double PLOT_LEFT = 0;

    private static final double PLOT_WIDTH = 100;

    @Inject
    ArenaResults arenaResults;

    @Inject
    PublicArena arena;

    private Integer round;
    private String receipt;
    private ArenaResultsView results;
    private boolean notRevealed;
    private PublishedVote foundVote;
    private boolean receiptNotFound;

    /** View action: an unknown round answers 404; one not closed yet says so. */
    public void load() throws IOException {
        try {
            results = PageActions.loadOrNotFound("round", () -> round == null ? null : arenaResults.results(round));
        } catch (NotPublished notYet) {
            notRevealed = true;
        }
        if (results != null && receipt != null && !receipt.isBlank()) {
            PageActions.attempt(() -> {
                foundVote = arena.findVote(round, receipt).orElse(null);
                receiptNotFound = foundVote == null;
            });
        }
    }

    /** One team's whisker on the chart, in the plot's units (0–100 across the span of every interval). */
    public record Whisker(
            ArenaStanding standing, LocalizedText name, String lower, String score, String upper, boolean finite) {}

    public List<Whisker> getWhiskers() {
        List<Whisker> whiskers = new ArrayList<>();
        if (results == null) {
            return whiskers;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ArenaStanding s : results.leaderboard().standings()) {
            if (Double.isFinite(s.lower()) && Double.isFinite(s.upper())) {
                min = Math.min(min, s.lower());
                max = Math.max(max, s.upper());
            }
        }
        double span = max > min ? max - min : 1;
        for (ArenaStanding s : results.leaderboard().standings()) {
            boolean finite = Double.isFinite(s.lower()) && Double.isFinite(s.upper()) && Double.isFinite(s.score());
            whiskers.add(new Whisker(
                    s,
                    results.nameOf(s.team()),
                    finite ? x(s.lower(), min, span) : "0",
                    finite ? x(s.score(), min, span) : "0",
                    finite ? x(s.upper(), min, span) : "0",
                    finite));
        }
        return whiskers;
    }

    private static String x(double value, double min, double span) {
        return String.format(Locale.ROOT, "%.2f", PLOT_LEFT + PLOT_WIDTH * (value - min) / span);
    }

    /** A strength, a share or a win rate as the page prints it. */
    public String decimal(double value, int digits) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + digits + "f", value) : "—";
    }

    public String percent(Double share) {
        return share == null || !Double.isFinite(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** "2" or "1–3": the ranks the team's interval allows. */
    public String rankRange(ArenaStanding standing) {
        return standing.bestRank() == standing.worstRank()
                ? String.valueOf(standing.bestRank())
                : standing.bestRank() + "–" + standing.worstRank();
    }

    /** The matrices' row and column indexes. */
    public List<Integer> getIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; results != null && i < results.leaderboard().teams().size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    public LocalizedText teamAt(int index) {
        return results.nameOf(results.leaderboard().teams().get(index));
    }

    public String winRate(int row, int column) {
        return row == column ? "—" : percent(results.leaderboard().winRates()[row][column]);
    }

    public long battleCount(int row, int column) {
        return results.leaderboard().battleCounts()[row][column];
    }

    /** Everybody's leaderboard: the open public's beside a drawn panel's scored one, or the only one. */
    public ArenaLeaderboard getEverybody() {
        if (results == null) {
            return null;
        }
        return results.openLeaderboard() == null ? results.leaderboard() : results.openLeaderboard();
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

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public ArenaResultsView getResults() {
        return results;
    }

    public boolean isNotRevealed() {
        return notRevealed;
    }

    public PublishedVote getFoundVote() {
        return foundVote;
    }

    public boolean isReceiptNotFound() {
        return receiptNotFound;
    }
}
