package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.programme.ProgrammeCatalogue.TeamGpuSources;
import kr.go.msit.sovereignai.application.programme.TeamView;

/** One consortium: members, model, status and where its GPUs come from ({@code /team.xhtml?code=...}). */
@Named
@RequestScoped
public class TeamPage {

    @Inject
    ProgrammeCatalogue catalogue;

    private String code;
    private TeamView team;
    private TeamGpuSources gpuSources;

    /** View action: an unknown code answers 404 with the site's not-found page. */
    public void load() throws IOException {
        team = PageActions.loadOrNotFound("team", () -> catalogue.team(code).orElse(null));
        if (team != null) {
            gpuSources = catalogue.gpuSourcesOf(team);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TeamView getTeam() {
        return team;
    }

    public TeamGpuSources getGpuSources() {
        return gpuSources;
    }
}
