package kr.go.msit.sovereignai.web.expert;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.TeamView;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Assignment;
import kr.go.msit.sovereignai.application.scoring.ReviewViews.Conflict;
import kr.go.msit.sovereignai.application.scoring.ReviewerConsole;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.web.ConflictForm;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;

/** The reviewer's console: assigned rounds and teams with the state of each sheet, and conflicts of interest. */
@Named
@ViewScoped
public class ReviewerConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewerConsole console;

    @Inject
    ProgrammeCatalogue catalogue;

    private List<Assignment> assignments;
    private List<Conflict> conflicts;
    private final ConflictForm conflict = new ConflictForm();

    @PostConstruct
    void load() {
        assignments = console.assignments();
        conflicts = console.conflicts();
    }

    public void declareConflict() {
        PageActions.attempt(() -> {
            console.declareConflict(
                    conflict.teamIdOrNone(), conflict.getKind(), conflict.getOrganisation(), conflict.getNote());
            Messages.info("expert.conflict.declared");
            conflict.clear();
            load();
        });
    }

    public LocalizedText teamName(long id) {
        return catalogue.team(id).map(TeamView::name).orElse(LocalizedText.of("?", "?"));
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public List<Conflict> getConflicts() {
        return conflicts;
    }

    public List<TeamView> getTeams() {
        return catalogue.teamsInTheRace();
    }

    public ConflictForm getConflict() {
        return conflict;
    }
}
