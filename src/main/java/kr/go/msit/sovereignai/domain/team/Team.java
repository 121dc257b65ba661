package kr.go.msit.sovereignai.domain.team;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.LocalizedText;

/** A consortium ("정예팀") competing in the programme. */
@Entity
public class Team {

    private static final int MAX_BASE_CODE = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable, URL-safe identifier used in links, e.g. {@code lg-ai-research}. */
    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ko", column = @Column(name = "name_ko", nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    })
    private LocalizedText name;

    @Column(name = "lead_organisation", nullable = false)
    private String leadOrganisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member_organisation", joinColumns = @JoinColumn(name = "team_id"))
    @OrderColumn(name = "position")
    @Column(name = "organisation", nullable = false)
    private List<String> memberOrganisations = new ArrayList<>();

    @Column(name = "model_name")
    private String modelName;

    @Column(name = "demo_url")
    private String demoUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TeamStatus status;

    /** The review round in which the team first competes (1 for the founding consortia). */
    @Column(name = "joined_round_number", nullable = false)
    private int joinedRoundNumber;

    @Version
    private long version;

    protected Team() {}

    public Team(String code, TeamProfile profile, int joinedRoundNumber) {
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > 60) {
            throw new DomainRuleViolation("team.code.invalid");
        }
        if (joinedRoundNumber < 1) {
            throw new DomainRuleViolation("team.joinedRound.invalid");
        }
        this.code = code;
        this.status = TeamStatus.ACTIVE;
        this.joinedRoundNumber = joinedRoundNumber;
        revise(profile);
    }

    /** Replaces the public profile; status and history are untouched. */
    public void revise(TeamProfile profile) {
        if (profile.nameKo().isEmpty() || profile.nameEn().isEmpty()) {
            throw new DomainRuleViolation(profile.nameKo().isEmpty() ? "team.nameKo.required" : "team.nameEn.required");
        }
        if (profile.leadOrganisation().isEmpty()) {
            throw new DomainRuleViolation("team.lead.required");
        }
        this.name = profile.name();
        this.leadOrganisation = profile.leadOrganisation();
        this.memberOrganisations.clear();
        this.memberOrganisations.addAll(profile.memberOrganisations());
        this.modelName = profile.modelName().isEmpty() ? null : profile.modelName();
        this.demoUrl = profile.demoUrl().isEmpty() ? null : profile.demoUrl();
    }

    /** A published review's outcome for the team; only a team still in the race has one. */
    public void settle(TeamStatus outcome) {
        if (!status.inTheRace()) {
            throw new DomainRuleViolation("team.notInTheRace", code);
        }
        status = outcome;
    }

    /**
     * A corrected result of the same review replaces the outcome its earlier version gave: only a team
     * still where that version left it moves (one that withdrew since, say, stays as it is).
     */
    public void correctOutcome(TeamStatus earlierOutcome, TeamStatus correctedOutcome) {
        if (status == earlierOutcome) {
            status = correctedOutcome;
        }
    }

    public TeamProfile profile() {
        return new TeamProfile(name.ko(), name.en(), leadOrganisation, memberOrganisations, modelName, demoUrl);
    }

    /** A code derived from an English name: lower case, words joined by hyphens. */
    public static String codeFor(String nameEn) {
        String code =
                nameEn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (code.length() > MAX_BASE_CODE) {
            // Leave room for a "-N" suffix within the 60-character column.
            code = code.substring(0, MAX_BASE_CODE).replaceAll("-+$", "");
        }
        return code.isEmpty() ? "team" : code;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getLeadOrganisation() {
        return leadOrganisation;
    }

    public List<String> getMemberOrganisations() {
        return List.copyOf(memberOrganisations);
    }

    public String getModelName() {
        return modelName;
    }

    public String getDemoUrl() {
        return demoUrl;
    }

    public TeamStatus getStatus() {
        return status;
    }

    public int getJoinedRoundNumber() {
        return joinedRoundNumber;
    }

    public long getVersion() {
        return version;
    }
}
