package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.application.ballot.ConfirmedCitizens;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.account.IdentityNotVerified;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentity;
import kr.go.msit.sovereignai.domain.account.VerifiedIdentityRepository;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.citizenpanel.AgeBand;
import kr.go.msit.sovereignai.domain.citizenpanel.AlreadyVolunteered;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanel;
import kr.go.msit.sovereignai.domain.citizenpanel.CitizenPanelRepository;
import kr.go.msit.sovereignai.domain.citizenpanel.NotAVolunteer;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelSettled;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelStatus;
import kr.go.msit.sovereignai.domain.citizenpanel.PanelVolunteer;
import kr.go.msit.sovereignai.domain.citizenpanel.ProficiencyQuestionnaire;
import kr.go.msit.sovereignai.domain.citizenpanel.Province;
import kr.go.msit.sovereignai.domain.citizenpanel.VolunteerFormInvalid;
import kr.go.msit.sovereignai.domain.citizenpanel.VolunteeringClosed;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;

/** A verified citizen volunteers for a round's panel before its deadline, sees their entry, and may withdraw. */
@Stateless
@RolesAllowed(Role.CITIZEN_NAME)
public class Volunteering {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int OLDEST_BIRTH_YEAR = 1900;

    private final ReviewRoundRepository rounds;
    private final CitizenPanelRepository panels;
    private final VerifiedIdentityRepository identities;
    private final ConfirmedCitizens citizens;
    private final Event<StateChange> changes;
    private final Principal caller;
    private final Clock clock;

    @Inject
    public Volunteering(
            ReviewRoundRepository rounds,
            CitizenPanelRepository panels,
            VerifiedIdentityRepository identities,
            ConfirmedCitizens citizens,
            Event<StateChange> changes,
            Principal caller,
            Clock clock) {
        this.rounds = rounds;
        this.panels = panels;
        this.identities = identities;
        this.citizens = citizens;
        this.changes = changes;
        this.caller = caller;
        this.clock = clock;
    }

    /** For the container's proxies only. */
    protected Volunteering() {
        this(null, null, null, null, null, null, null);
    }

    /**
     * Volunteers the caller: a verified identity ({@code IdentityNotVerified}), a panel taking volunteers
     * ({@code VolunteeringClosed}), sex and birth year from the identity where it asserts them, else from the form;
     * province and questionnaire from the form ({@code VolunteerFormInvalid}, {@code TooYoungToVolunteer}). One entry
     * per person and account ({@code AlreadyVolunteered}); an entry withdrawn before the deadline is taken back
     * with the new answers. Refused too for a cancelled round ({@code VolunteeringClosed}). Audited without the
     * pseudonym.
     */
    public PanelViews.VolunteerView volunteer(int roundNumber, PanelViews.VolunteerForm form) {
        long account = citizens.idOf(caller.getName());
        VerifiedIdentity identity =
                identities.findByAccount(account).orElseThrow(() -> new IdentityNotVerified(roundNumber));
        ReviewRound round = rounds.require(roundNumber);
        // The panel's row lock: volunteering and the freeze take turns, so no entry is left out of a frozen pool.
        CitizenPanel panel = panels.lockByRound(round.getId()).orElseThrow(() -> new VolunteeringClosed(roundNumber));
        Instant now = clock.instant();
        if (round.isCancelled() || !panel.acceptsVolunteersAt(now)) {
            throw new VolunteeringClosed(roundNumber);
        }
        PanelVolunteer.Features features = features(identity, form, panel);
        Optional<PanelVolunteer> existing = panels.volunteerOf(panel.getId(), account);
        PanelVolunteer volunteer;
        String action;
        if (existing.isPresent()) {
            volunteer = existing.get();
            if (!volunteer.isWithdrawn()) {
                throw new AlreadyVolunteered(roundNumber);
            }
            volunteer.rejoin(features, now);
            action = "rejoined";
        } else {
            if (panels.hasPerson(panel.getId(), identity.getPersonKey())) {
                throw new AlreadyVolunteered(roundNumber);
            }
            volunteer = new PanelVolunteer(
                    panel.getId(),
                    round.getId(),
                    account,
                    identity.getPersonKey(),
                    newPseudonym(panel.getId()),
                    features,
                    now);
            panels.storeVolunteer(volunteer, roundNumber);
            action = "volunteered";
        }
        // Never the pseudonym: the entry's actor is the account, and both together in the hash-chained log would tie
        // a person to their published features for ever.
        changes.fire(new StateChange(
                AuditAction.PANEL_VOLUNTEERED,
                PanelAdministration.subject(roundNumber),
                null,
                "a volunteer " + ("rejoined".equals(action) ? "rejoined" : "joined") + " review " + roundNumber
                        + " panel"));
        return view(roundNumber, panel, volunteer);
    }

    private static PanelVolunteer.Features features(
            VerifiedIdentity identity, PanelViews.VolunteerForm form, CitizenPanel panel) {
        PanelViews.VolunteerForm given = form == null ? new PanelViews.VolunteerForm(null, null, null, null) : form;
        Sex sex = identity.sex().orElseGet(() -> sexOf(given.sex()));
        int latest = panel.getVolunteeringDeadline().atZone(KoreanTime.ZONE).getYear();
        int birthYear = identity.birthYear().orElseGet(() -> {
            Integer year = given.birthYear();
            if (year == null || year < OLDEST_BIRTH_YEAR || year > latest) {
                throw new VolunteerFormInvalid(VolunteerFormInvalid.Field.BIRTH_YEAR, "panel.volunteer.birthYear");
            }
            return year;
        });
        AgeBand.of(birthYear, panel.getVolunteeringDeadline());
        Province province = Province.ofCode(given.province());
        List<Integer> answers = given.questionnaireAnswers();
        return new PanelVolunteer.Features(
                sex,
                identity.sex().isPresent(),
                birthYear,
                identity.birthYear().isPresent(),
                province,
                ProficiencyQuestionnaire.score(answers),
                ProficiencyQuestionnaire.canonical(answers));
    }

    private static Sex sexOf(String code) {
        if ("M".equals(code)) {
            return Sex.M;
        }
        if ("F".equals(code)) {
            return Sex.F;
        }
        throw new VolunteerFormInvalid(VolunteerFormInvalid.Field.SEX, "panel.volunteer.sex");
    }

    /** 16 random lowercase hex digits, unique in the panel. */
    private String newPseudonym(long panelId) {
        while (true) {
            byte[] bytes = new byte[8];
            RANDOM.nextBytes(bytes);
            String pseudonym = HexFormat.of().formatHex(bytes);
            if (!panels.pseudonymTaken(panelId, pseudonym)) {
                return pseudonym;
            }
        }
    }

    /**
     * Before the deadline the entry leaves the pool; after the freeze the frozen pool stays as published, and after
     * the draw a member's seat is left empty (the panel shrinks until a replacement). {@code NotAVolunteer} without
     * an active entry; {@code PanelSettled} once the round has closed (the membership it scored with stays).
     * Audited without the pseudonym.
     */
    public void withdraw(int roundNumber) {
        long account = citizens.idOf(caller.getName());
        ReviewRound round = rounds.require(roundNumber);
        CitizenPanel panel = panels.lockByRound(round.getId()).orElseThrow(() -> new NotAVolunteer(roundNumber));
        PanelVolunteer volunteer = panels.volunteerOf(panel.getId(), account)
                .filter(v -> !v.isWithdrawn())
                .orElseThrow(() -> new NotAVolunteer(roundNumber));
        if (round.hasClosed()) {
            // The round scored with the members seated at its close: the membership no longer changes.
            throw new PanelSettled(roundNumber);
        }
        boolean member = volunteer.isSeatedMember();
        volunteer.withdraw(clock.instant());
        changes.fire(new StateChange(
                AuditAction.PANEL_WITHDRAWN,
                PanelAdministration.subject(roundNumber),
                null,
                "a " + (member ? "member" : "volunteer") + " withdrew from review " + roundNumber + " panel ("
                        + panel.getStatus() + ")"));
    }

    public Optional<PanelViews.VolunteerView> mine(int roundNumber) {
        long account = citizens.idOf(caller.getName());
        return rounds.findByNumber(roundNumber)
                .flatMap(round -> panels.findByRound(round.getId()))
                .flatMap(panel -> panels.volunteerOf(panel.getId(), account).map(v -> view(roundNumber, panel, v)));
    }

    /** What the form will take from the verified identity (sex, birth year), or empty fields where it has none. */
    public PanelViews.VolunteerForm verifiedDefaults() {
        long account = citizens.idOf(caller.getName());
        Optional<VerifiedIdentity> identity = identities.findByAccount(account);
        return new PanelViews.VolunteerForm(
                identity.flatMap(VerifiedIdentity::sex).map(Enum::name).orElse(null),
                identity.flatMap(VerifiedIdentity::birthYear).orElse(null),
                null,
                List.of());
    }

    static PanelViews.VolunteerView view(int roundNumber, CitizenPanel panel, PanelVolunteer v) {
        PanelViews.Seat seat =
                panel.getStatus() == PanelStatus.DRAWN ? PanelFiles.seatOf(v) : PanelViews.Seat.NOT_DRAWN_YET;
        return new PanelViews.VolunteerView(
                roundNumber,
                v.getPseudonym(),
                v.getSex().name(),
                v.isSexVerified(),
                v.getBirthYear(),
                v.isBirthYearVerified(),
                AgeBand.of(v.getBirthYear(), panel.getVolunteeringDeadline()).code(),
                v.getProvince().name(),
                v.getProvince().region(),
                v.getProficiency().name(),
                v.getVolunteeredAt(),
                v.isWithdrawn(),
                seat);
    }
}
