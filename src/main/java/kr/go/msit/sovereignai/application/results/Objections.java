package kr.go.msit.sovereignai.application.results;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.objection.Objection;
import kr.go.msit.sovereignai.domain.objection.ObjectionRepository;
import kr.go.msit.sovereignai.domain.objection.ObjectionWaiver;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.tally.PublishedLine;
import kr.go.msit.sovereignai.domain.tally.ResultRepository;
import kr.go.msit.sovereignai.domain.team.Team;
import kr.go.msit.sovereignai.domain.team.TeamRepository;

/**
 * Objections to a published result: administrators record them during the objection period and
 * decide them; anyone may read them (the open data lists them). Everything is in the audit chain.
 */
@Stateless
public class Objections {

    /** An objection as pages and the open data show it. */
    public record ObjectionView(
            long id,
            long teamId,
            LocalizedText teamName,
            String filedBy,
            String grounds,
            String evidenceUrl,
            Instant filedAt,
            Objection.Status status,
            String rationale,
            Instant decidedAt,
            Integer correctedInVersion)
            implements Serializable {

        public boolean isOpen() {
            return status == Objection.Status.OPEN;
        }
    }

    private final ReviewRoundRepository rounds;
    private final TeamRepository teams;
    private final ObjectionRepository objections;
    private final ResultRepository results;
    private final Event<StateChange> changes;
    private final Principal caller;
    private final Clock clock;

    @Inject
    public Objections(
            ReviewRoundRepository rounds,
            TeamRepository teams,
            ObjectionRepository objections,
            ResultRepository results,
            Event<StateChange> changes,
            Principal caller,
            Clock clock) {
        this.rounds = rounds;
        this.teams = teams;
        this.objections = objections;
        this.results = results;
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected Objections() {
        this(null, null, null, null, null, null, null);
    }

    /** Records an objection filed for a team of a published round, during its objection period. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long record(int roundNumber, long teamId, String filedBy, String grounds, String evidenceUrl) {
        ReviewRound round = rounds.require(roundNumber);
        rounds.lock(round); // the period checked as a waiver that ends it early leaves it
        Objection objection =
                new Objection(round, teamId, filedBy, grounds, evidenceUrl, clock.instant(), caller.getName());
        objections.store(objection);
        changes.fire(new StateChange(
                AuditAction.OBJECTION_RECORDED,
                "review " + roundNumber,
                null,
                "team " + teamId + " filed by " + objection.getFiledBy() + ": " + objection.getGrounds()
                        + (objection.getEvidenceUrl() == null ? "" : " evidence " + objection.getEvidenceUrl())));
        return objection.getId();
    }

    /**
     * Decides an open objection: upheld or dismissed, with the rationale. Upholding opens a correction
     * of the round's result (its inputs may be corrected, then it is republished), so it is refused once
     * a later review has opened: that review's teams were drawn from this result. The round is locked
     * first, as the next round's opening locks it: an upholding and an opening never overlap.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void decide(int roundNumber, long objectionId, boolean upheld, String rationale) {
        ReviewRound round = rounds.require(roundNumber);
        rounds.lock(round);
        Objection objection = objections
                .find(objectionId)
                .filter(o -> o.getRoundId() == round.getId())
                .orElseThrow(() -> new NotFound("objection.notFound"));
        if (upheld) {
            rounds.findAll().stream()
                    .filter(later -> later.getNumber() > roundNumber && later.hasOpened())
                    .findFirst()
                    .ifPresent(later -> {
                        throw new DomainRuleViolation("objection.uphold.laterRoundOpened", later.getNumber());
                    });
        }
        objection.decide(upheld, rationale, clock.instant(), caller.getName());
        if (upheld) {
            round.openCorrection();
        }
        changes.fire(new StateChange(
                AuditAction.OBJECTION_DECIDED,
                "review " + roundNumber,
                "objection " + objectionId + " " + Objection.Status.OPEN,
                "objection " + objectionId + " " + objection.getStatus() + ": " + objection.getRationale()
                        + (upheld ? " (correction opened)" : "")));
    }

    /**
     * Records that a team the published result eliminated or disqualified waived its right to object:
     * who waived for it, when and in what form. Once every such team has waived, the objection period
     * ends at the last waiver (or at once, if that instant has passed) instead of running out.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void recordWaiver(
            int roundNumber, long teamId, String waivedBy, Instant waivedAt, ObjectionWaiver.Form form) {
        ReviewRound round = rounds.require(roundNumber);
        rounds.lock(round);
        Instant now = clock.instant();
        List<PublishedLine> latest = results.published(round.getId());
        Set<Long> affected = RoundResults.affected(latest);
        List<ObjectionWaiver> earlier = objections.waivers(round.getId());
        ObjectionWaiver waiver = ObjectionWaiver.record(
                round, affected, earlier, teamId, waivedBy, waivedAt, form, caller.getName(), now);
        objections.storeWaiver(round.getId(), waiver);
        List<ObjectionWaiver> all = new java.util.ArrayList<>(earlier);
        all.add(waiver);
        Instant before = round.announcement().objectionEndsAt();
        boolean ended = ObjectionWaiver.periodEndsAt(affected, all)
                .map(last -> round.endObjectionPeriodEarly(last.isAfter(now) ? now : last))
                .orElse(false);
        changes.fire(new StateChange(
                AuditAction.OBJECTION_WAIVED,
                "review " + roundNumber,
                "objection period until " + before,
                waiver.describe()
                        + (ended
                                ? "; every eliminated or disqualified team has waived: the objection period ended at "
                                        + round.announcement().objectionEndsAt()
                                : "")));
    }

    /** A published round's objections, in the order they were filed; refused before publication. */
    @PermitAll
    public List<ObjectionView> of(int roundNumber) {
        ReviewRound round = rounds.require(roundNumber);
        if (!round.isPublished()) {
            throw new NotPublished("results.notPublished", roundNumber);
        }
        Map<Long, Team> byId = teams.findAll().stream().collect(Collectors.toMap(Team::getId, Function.identity()));
        return objections.ofRound(round.getId()).stream()
                .map(o -> new ObjectionView(
                        o.getId(),
                        o.getTeamId(),
                        byId.get(o.getTeamId()).getName(),
                        o.getFiledBy(),
                        o.getGrounds(),
                        o.getEvidenceUrl(),
                        o.getFiledAt(),
                        o.getStatus(),
                        o.getRationale(),
                        o.getDecidedAt(),
                        o.getCorrectedInVersion()))
                .toList();
    }
}
