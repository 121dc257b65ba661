package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import kr.go.msit.sovereignai.application.arena.ArenaAdministration;
import kr.go.msit.sovereignai.application.arena.ArenaViews.ArenaSetup;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.round.PublicEvaluationMode;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;

/**
 * A round's public evaluation for administrators ({@code /admin/arena.xhtml?round=N}): arena or
 * rating, the analysis plan and battle cap; the prompt set (uploaded through {@link ArenaUploadServlet})
 * with its commitment and release instant; each team's answers and digest; the identity screen's
 * terms and its flagged answers, each excluded (its prompt, for every team) or kept with a reason.
 */
@Named
@ViewScoped
public class ArenaAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    ArenaAdministration administration;

    @Inject
    kr.go.msit.sovereignai.application.rounds.RoundAdministration roundAdministration;

    private boolean verifiedIdentityRequired;

    private Integer round;
    private boolean loaded;
    /**
     * Not kept in the session: every committed prompt with its texts (megabytes), and its analysis plan is not
     * serializable. Read again from the round when a request finds it missing (another node, a passivated session).
     */
    private transient ArenaSetup setup;

    private ArenaUploadServlet.Outcome lastUpload;
    private String uploadToken;

    private PublicEvaluationMode mode;
    private Long seed;
    private Integer replicates;
    private Integer battleCap;
    private String releaseAt;
    private String extraTerms;
    private String decisionKey;
    private String decisionReason;

    /** View action: an unknown round answers 404. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        ArenaSetup found = PageActions.loadOrNotFound("round", () -> {
            if (round == null) {
                return null;
            }
            refresh();
            return setup;
        });
        if (found == null) {
            return;
        }
        loaded = true;
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        uploadToken = ArenaUploadServlet.token(session);
        lastUpload = (ArenaUploadServlet.Outcome) session.getAttribute(ArenaUploadServlet.OUTCOME);
        session.removeAttribute(ArenaUploadServlet.OUTCOME);
        if (lastUpload != null) {
            if (lastUpload.accepted()) {
                Messages.info(lastUpload.messageKey(), lastUpload.arguments().toArray());
            } else {
                Messages.error(
                        null, lastUpload.messageKey(), lastUpload.arguments().toArray());
            }
        }
    }

    private void refresh() {
        setup = administration.setup(round);
        mode = setup.rules().mode();
        seed = setup.rules().plan().seed();
        replicates = setup.rules().plan().replicates();
        battleCap = setup.rules().battleCap();
        verifiedIdentityRequired = setup.rules().verifiedIdentityRequired();
        extraTerms = setup.extraTerms();
        releaseAt = setup.rules().commitment() == null
                        || setup.rules().commitment().releaseAt() == null
                ? null
                : LOCAL_INPUT.format(setup.rules().commitment().releaseAt().atZone(KoreanTime.ZONE));
    }

    public void choose() {
        if (mode == null || seed == null || replicates == null || battleCap == null) {
            Messages.error("rules:mode", "arena.rules.required");
            return;
        }
        PageActions.attempt(() -> {
            administration.choosePublicEvaluation(round, mode, seed, replicates, battleCap);
            Messages.info("admin.arena.rulesSaved");
        });
        refresh();
    }

    /** Whether only citizens whose identity was verified may vote in the round: saved while it is scheduled. */
    public void saveIdentityRule() {
        PageActions.attempt(() -> {
            roundAdministration.requireVerifiedIdentity(round, verifiedIdentityRequired);
            Messages.info("admin.identityRule.saved");
        });
        refresh();
    }

    public boolean isVerifiedIdentityRequired() {
        return verifiedIdentityRequired;
    }

    public void setVerifiedIdentityRequired(boolean verifiedIdentityRequired) {
        this.verifiedIdentityRequired = verifiedIdentityRequired;
    }

    public void release() {
        Instant at = RoundAdminPage.parse(releaseAt, "release:releaseAt");
        if (at == null) {
            return;
        }
        PageActions.attempt(() -> {
            administration.releasePromptsAt(round, at);
            Messages.info("admin.arena.releaseSaved");
        });
        refresh();
    }

    public void saveTerms() {
        PageActions.attempt(() -> {
            administration.changeScreenTerms(round, extraTerms);
            Messages.info("admin.arena.termsSaved");
        });
        refresh();
    }

    /** {@code key} is "teamId/promptKey" of the flagged answer the decision is about. */
    public void exclude(String key) {
        decide(key, true);
    }

    public void keep(String key) {
        decide(key, false);
    }

    private void decide(String key, boolean exclude) {
        int slash = key == null ? -1 : key.indexOf('/');
        if (slash < 0) {
            return;
        }
        String promptKey = key.substring(slash + 1);
        try {
            PageActions.attempt(() -> {
                if (exclude) {
                    administration.excludePrompt(round, promptKey, decisionReason);
                    Messages.info("admin.arena.excludedPrompt", promptKey);
                } else {
                    long team = Long.parseLong(key.substring(0, slash));
                    administration.keepAnswer(round, team, promptKey, decisionReason);
                    Messages.info("admin.arena.keptAnswer", promptKey);
                }
                decisionReason = null;
            });
        } catch (NumberFormatException malformed) {
            Messages.error(null, "arena.prompt.unknown", key);
        }
        refresh();
    }

    public PublicEvaluationMode[] getModes() {
        return PublicEvaluationMode.values();
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public ArenaSetup getSetup() {
        if (setup == null && loaded) {
            setup = administration.setup(round);
        }
        return setup;
    }

    public ArenaUploadServlet.Outcome getLastUpload() {
        return lastUpload;
    }

    /** A refused file's problem as the page says it. */
    public String problem(ArenaUploadServlet.ProblemLine problem) {
        String text = Messages.text(problem.messageKey(), problem.arguments().toArray());
        return problem.line() > 0 ? Messages.text("arena.file.problemAt", problem.line(), text) : text;
    }

    /** A not-ready item ("key" or "key:detail") as the page says it. */
    public String notReady(String item) {
        int colon = item.indexOf(':');
        return colon < 0 ? Messages.text(item) : Messages.text(item.substring(0, colon), item.substring(colon + 1));
    }

    public String getUploadToken() {
        return uploadToken;
    }

    public PublicEvaluationMode getMode() {
        return mode;
    }

    public void setMode(PublicEvaluationMode mode) {
        this.mode = mode;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public Integer getReplicates() {
        return replicates;
    }

    public void setReplicates(Integer replicates) {
        this.replicates = replicates;
    }

    public Integer getBattleCap() {
        return battleCap;
    }

    public void setBattleCap(Integer battleCap) {
        this.battleCap = battleCap;
    }

    public String getReleaseAt() {
        return releaseAt;
    }

    public void setReleaseAt(String releaseAt) {
        this.releaseAt = releaseAt;
    }

    public String getExtraTerms() {
        return extraTerms;
    }

    public void setExtraTerms(String extraTerms) {
        this.extraTerms = extraTerms;
    }

    public String getDecisionKey() {
        return decisionKey;
    }

    public void setDecisionKey(String decisionKey) {
        this.decisionKey = decisionKey;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }
}
