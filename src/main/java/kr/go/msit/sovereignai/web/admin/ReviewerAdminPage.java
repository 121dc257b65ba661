package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.go.msit.sovereignai.application.accounts.AccountAdministration;
import kr.go.msit.sovereignai.application.accounts.AccountAdministration.DisabledAccount;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.RoundChoice;
import kr.go.msit.sovereignai.application.programme.TeamView;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.NewReviewer;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.ReviewerSummary;
import kr.go.msit.sovereignai.application.scoring.ReviewerAdministration;
import kr.go.msit.sovereignai.domain.round.Panel;
import kr.go.msit.sovereignai.web.ConflictForm;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;
import kr.go.msit.sovereignai.web.http.SiteAddress;

/**
 * Administrators create reviewers (the set-up link is shown once), assign them and record conflicts; and disable or
 * enable any account (citizen, reviewer, another administrator) with a reason.
 */
@Named
@ViewScoped
public class ReviewerAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewerAdministration administration;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    AccountAdministration accountAdministration;

    private String email;
    private String displayName;
    private Panel panel = Panel.EXPERT;
    /** A live one-time secret: shown in the response that made it, never serialized with the (replicated) session. */
    private transient String setupLink;

    private Long reviewerId;
    private Integer roundNumber;
    private final ConflictForm conflict = new ConflictForm();

    private transient List<ReviewerSummary> reviewers;

    // Disabling and enabling accounts (H4): any account by its address, with a reason.
    private String accountEmail;
    private String accountReason;
    private transient List<DisabledAccount> disabledAccounts;

    public void disableAccount() {
        PageActions.attempt("account", () -> {
            accountAdministration.disable(accountEmail, accountReason);
            Messages.info("admin.account.disabled", accountEmail);
            accountEmail = accountReason = null;
            reviewers = null;
            disabledAccounts = null;
        });
    }

    public void enableAccount() {
        PageActions.attempt("account", () -> {
            accountAdministration.enable(accountEmail, accountReason);
            Messages.info("admin.account.enabled", accountEmail);
            accountEmail = accountReason = null;
            disabledAccounts = null;
        });
    }

    public void resetSecondFactor() {
        PageActions.attempt("account", () -> {
            accountAdministration.resetSecondFactor(accountEmail, accountReason);
            Messages.info("admin.account.secondFactorReset", accountEmail);
            accountEmail = accountReason = null;
        });
    }

    public List<DisabledAccount> getDisabledAccounts() {
        if (disabledAccounts == null) {
            disabledAccounts = accountAdministration.disabledAccounts();
        }
        return disabledAccounts;
    }

    /** Whether the reviewer's account is disabled (the list shows it). */
    public boolean isDisabled(String email) {
        return getDisabledAccounts().stream().anyMatch(d -> d.email().equals(email));
    }

    public String getAccountEmail() {
        return accountEmail;
    }

    public void setAccountEmail(String accountEmail) {
        this.accountEmail = accountEmail;
    }

    public String getAccountReason() {
        return accountReason;
    }

    public void setAccountReason(String accountReason) {
        this.accountReason = accountReason;
    }

    public void create() {
        PageActions.attempt("createReviewer", () -> {
            NewReviewer created = administration.createReviewer(email, displayName, panel);
            setupLink = SiteAddress.current() + "/set-password.xhtml?link=" + created.setupSecret();
            Messages.info("admin.reviewer.created", displayName);
            email = displayName = null;
            reviewers = null;
        });
    }

    public void assign() {
        PageActions.attempt(() -> {
            administration.assign(reviewerId == null ? -1 : reviewerId, roundNumber == null ? -1 : roundNumber);
            Messages.info("admin.reviewer.assigned", roundNumber);
            reviewers = null;
        });
    }

    public void recordConflict() {
        PageActions.attempt(() -> {
            administration.recordConflict(
                    reviewerId == null ? -1 : reviewerId,
                    conflict.teamIdOrNone(),
                    conflict.getKind(),
                    conflict.getOrganisation(),
                    conflict.getNote());
            Messages.info("admin.reviewer.conflictRecorded");
            conflict.clear();
        });
    }

    public List<ReviewerSummary> getReviewers() {
        if (reviewers == null) {
            reviewers = administration.reviewers();
        }
        return reviewers;
    }

    public List<RoundChoice> getRounds() {
        return catalogue.roundChoices();
    }

    public List<TeamView> getTeams() {
        return catalogue.teamsInTheRace();
    }

    public Panel[] getPanels() {
        return Panel.values();
    }

    public ConflictForm getConflict() {
        return conflict;
    }

    public String getSetupLink() {
        return setupLink;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Panel getPanel() {
        return panel;
    }

    public void setPanel(Panel panel) {
        this.panel = panel;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public void setReviewerId(Long reviewerId) {
        this.reviewerId = reviewerId;
    }

    public Integer getRoundNumber() {
        return roundNumber;
    }

    public void setRoundNumber(Integer roundNumber) {
        this.roundNumber = roundNumber;
    }
}
