package kr.go.msit.sovereignai.domain.objection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.round.ReviewRound;

/**
 * An objection to a published result, filed for a team during the round's objection period (who
 * filed it, the grounds, an optional evidence link) and decided by an administrator: upheld or
 * dismissed, with a rationale. While one is open the round's result is not final.
 */
@Entity
public class Objection {

    public static final int MAX_FILED_BY = 200;
    public static final int MAX_GROUNDS = 2000;
    public static final int MAX_EVIDENCE = 500;
    public static final int MAX_RATIONALE = 2000;

    /** Where an objection stands. */
    public enum Status {
        OPEN,
        UPHELD,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Column(nullable = false, updatable = false, length = MAX_GROUNDS)
    private String grounds;

    @Column(name = "evidence_url", updatable = false, length = MAX_EVIDENCE)
    private String evidenceUrl;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(length = MAX_RATIONALE)
    private String rationale;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    /** The version of the round's result republished after this objection was upheld; null until then. */
    @Column(name = "corrected_in_version")
    private Integer correctedInVersion;

    @Version
    private long version;

    protected Objection() {}

    /**
     * An objection recorded at {@code now} by {@code recordedBy} for a team on the round's ballot.
     * Refused outside the round's objection period ({@link ReviewRound#acceptsObjectionsAt}).
     */
    public Objection(
            ReviewRound round,
            long teamId,
            String filedBy,
            String grounds,
            String evidenceUrl,
            Instant now,
            String recordedBy) {
        if (!round.announcement().acceptsObjectionsAt(now)) {
            throw new DomainRuleViolation("objection.periodClosed", round.getNumber());
        }
        if (!round.getRoster().contains(teamId)) {
            throw new DomainRuleViolation("objection.teamNotCompeting", round.getNumber());
        }
        this.roundId = round.getId();
        this.teamId = teamId;
        this.filedBy = required(filedBy, MAX_FILED_BY, "objection.filedBy");
        this.grounds = required(grounds, MAX_GROUNDS, "objection.grounds");
        this.evidenceUrl = evidence(evidenceUrl);
        this.filedAt = now;
        this.recordedBy = recordedBy;
        this.status = Status.OPEN;
    }

    /** The administrator's decision, with its rationale; an objection is decided once. */
    public void decide(boolean upheld, String rationale, Instant now, String decidedBy) {
        if (status != Status.OPEN) {
            throw new DomainRuleViolation("objection.alreadyDecided");
        }
        this.rationale = required(rationale, MAX_RATIONALE, "objection.rationale");
        this.status = upheld ? Status.UPHELD : Status.DISMISSED;
        this.decidedAt = now;
        this.decidedBy = decidedBy;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Upheld, and the result has not yet been republished with the correction. */
    public boolean awaitsCorrection() {
        return status == Status.UPHELD && correctedInVersion == null;
    }

    /** The result was republished as {@code resultVersion} with the correction this objection asked for. */
    public void correctedIn(int resultVersion) {
        if (!awaitsCorrection()) {
            throw new DomainRuleViolation("objection.notAwaitingCorrection");
        }
        correctedInVersion = resultVersion;
    }

    public Integer getCorrectedInVersion() {
        return correctedInVersion;
    }

    private static String required(String text, int max, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(key + ".required");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new DomainRuleViolation("text.tooLongMax", max);
        }
        return stripped;
    }

    /** An optional http(s) link, kept as given; anything else (a script, a file path, a huge text) is refused. */
    private static String evidence(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String stripped = url.strip();
        if (stripped.length() > MAX_EVIDENCE) {
            throw new DomainRuleViolation("text.tooLongMax", MAX_EVIDENCE);
        }
        try {
            URI uri = new URI(stripped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new DomainRuleViolation("objection.evidence.invalid");
            }
        } catch (java.net.URISyntaxException malformed) {
            throw new DomainRuleViolation("objection.evidence.invalid");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getRationale() {
        return rationale;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
