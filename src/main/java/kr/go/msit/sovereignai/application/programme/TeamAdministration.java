package kr.go.msit.sovereignai.application.programme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamProfile;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/** Administrators register consortia and keep their public profiles up to date. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TeamAdministration {

    private final TeamRepository teams;
    private final ReviewRoundRepository rounds;
    private final Clock clock;
    private final Event<StateChange> changes;

    @Inject
    public TeamAdministration(
            TeamRepository teams, ReviewRoundRepository rounds, Clock clock, Event<StateChange> changes) {
        this.teams = teams;
        this.rounds = rounds;
        this.clock = clock;
        this.changes = changes;
    }

    /** For the container's proxies only. */
    protected TeamAdministration() {
        this(null, null, null, null);
    }

    /**
     * Registers a consortium. It competes from the first round that has not opened yet, so a
     * team added mid-programme never enters a review already under way.
     */
    public Team register(@NotNull @Valid TeamProfile profile) {
        String base = Team.codeFor(profile.nameEn());
        String code = base;
        for (int suffix = 2; teams.findByCode(code).isPresent(); suffix++) {
            code = base + "-" + suffix;
        }
        Team team = new Team(code, profile, roundANewTeamJoins());
        teams.store(team);
        changes.fire(new StateChange(AuditAction.TEAM_REGISTERED, "team " + team.getCode(), null, profile.toString()));
        return team;
    }

    /**
     * Replaces a team's profile. {@code expectedVersion} is the version the administrator
     * edited; if someone saved in between, the change is refused rather than lost.
     */
    public Team revise(long teamId, long expectedVersion, @NotNull @Valid TeamProfile profile) {
        Team team = teams.find(teamId).orElseThrow(() -> new NotFound("team.notFound"));
        if (team.getVersion() != expectedVersion) {
            throw new DomainRuleViolation("edit.concurrentChange");
        }
        TeamProfile before = team.profile();
        team.revise(profile);
        changes.fire(new StateChange(
                AuditAction.TEAM_REVISED,
                "team " + team.getCode(),
                before.toString(),
                team.profile().toString()));
        return team;
    }

    /** The first round that is still scheduled and whose window lies ahead; else the one after the last. */
    /**
     * The round a team registered now competes in first: the first that has not opened (scheduled,
     * held or missed; never a cancelled one), or the one after the last if every round has opened.
     */
    public int roundANewTeamJoins() {
        Instant now = clock.instant();
        List<ReviewRound> all = rounds.findAll();
        return all.stream()
                .filter(round -> round.isYetToOpen(now))
                .mapToInt(ReviewRound::getNumber)
                .findFirst()
                .orElseGet(() ->
                        all.stream().mapToInt(ReviewRound::getNumber).max().orElse(0) + 1);
    }
}
