package kr.go.msit.sovereignai.application.programme;

import java.io.Serializable;
import java.util.List;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamStatus;

/**
 * A team as pages show it: its public profile, status and the round it joined, and the version an
 * administrator's edit starts from. A copy taken in the transaction that read it, never the managed entity.
 */
public record TeamView(
        long id,
        String code,
        LocalizedText name,
        String leadOrganisation,
        List<String> memberOrganisations,
        String modelName,
        String demoUrl,
        TeamStatus status,
        int joinedRoundNumber,
        long version)
        implements Serializable {

    public TeamView {
        memberOrganisations = List.copyOf(memberOrganisations);
    }

    static TeamView of(Team team) {
        return new TeamView(
                team.getId(),
                team.getCode(),
                team.getName(),
                team.getLeadOrganisation(),
                team.getMemberOrganisations(),
                team.getModelName(),
                team.getDemoUrl(),
                team.getStatus(),
                team.getJoinedRoundNumber(),
                team.getVersion());
    }
}
