package kr.go.msit.sovereignai.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.TeamAdministration;
import kr.go.msit.sovereignai.application.programme.TeamView;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;

/** Administrators list, add and edit consortia. */
@Named
@ViewScoped
public class TeamAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "teamForm";

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    TeamAdministration administration;

    private transient List<TeamView> teams;

    private Long editingId;
    private long editingVersion;
    private String nameKo;
    private String nameEn;
    private String leadOrganisation;
    private String memberOrganisations;
    private String modelName;
    private String demoUrl;

    @PostConstruct
    void load() {
        teams = catalogue.allTeams();
    }

    public void startNew() {
        editingId = null;
        editingVersion = 0;
        nameKo = nameEn = leadOrganisation = memberOrganisations = modelName = demoUrl = null;
    }

    public void edit(long teamId) {
        TeamView team = catalogue.team(teamId).orElse(null);
        if (team == null) {
            Messages.error(null, "team.notFound");
            return;
        }
        editingId = team.id();
        editingVersion = team.version();
        nameKo = team.name().ko();
        nameEn = team.name().en();
        leadOrganisation = team.leadOrganisation();
        memberOrganisations = String.join("\n", team.memberOrganisations());
        modelName = team.modelName();
        demoUrl = team.demoUrl();
    }

    public void save() {
        TeamProfile profile = new TeamProfile(
                nameKo,
                nameEn,
                leadOrganisation,
                memberOrganisations == null ? List.of() : Arrays.asList(memberOrganisations.split("\\R")),
                modelName,
                demoUrl);
        PageActions.attempt(FORM, () -> {
            if (editingId == null) {
                administration.register(profile);
            } else {
                administration.revise(editingId, editingVersion, profile);
            }
            Messages.info(
                    editingId == null ? "admin.team.registered" : "admin.team.saved",
                    profile.name().ko());
            teams = catalogue.allTeams();
            startNew();
        });
    }

    public List<TeamView> getTeams() {
        if (teams == null) {
            teams = catalogue.allTeams();
        }
        return teams;
    }

    /** The review a team registered now will compete in first, said before the administrator saves it. */
    public int getJoiningRound() {
        return administration.roundANewTeamJoins();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getLeadOrganisation() {
        return leadOrganisation;
    }

    public void setLeadOrganisation(String leadOrganisation) {
        this.leadOrganisation = leadOrganisation;
    }

    public String getMemberOrganisations() {
        return memberOrganisations;
    }

    public void setMemberOrganisations(String memberOrganisations) {
        this.memberOrganisations = memberOrganisations;
    }

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public String getDemoUrl() {
        return demoUrl;
    }

    public void setDemoUrl(String demoUrl) {
        this.demoUrl = demoUrl;
    }
}
