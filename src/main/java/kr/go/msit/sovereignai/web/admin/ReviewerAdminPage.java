package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

/** Administrators create reviewers (the set-up link is shown once), assign them and record conflicts. */
@Named
@ViewScoped
public class ReviewerAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewerAdministration administration;

    @Inject
    ProgrammeCatalogue catalogue;

    private String email;
    private String displayName;
    private Panel panel = Panel.EXPERT;
    private String setupLink;

    private Long reviewerId;
    private Integer roundNumber;
    private final ConflictForm conflict = new ConflictForm();

    private transient List<ReviewerSummary> reviewers;

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
