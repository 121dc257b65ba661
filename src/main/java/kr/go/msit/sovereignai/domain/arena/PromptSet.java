package kr.go.msit.sovereignai.domain.arena;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * A round's committed prompt set: the SHA-256 of its canonical form is public from upload, the
 * prompts themselves from {@link #getReleaseAt()}; from then on (or once the round opens) the set
 * cannot change. Also keeps the round's pseudonym salt (for the published votes) and the
 * administrator's extra identity-screen terms.
 */
@Entity
@Table(name = "arena_prompt_set")
public class PromptSet {

    public static final int MAX_EXTRA_TERMS = 4000;

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "prompt_count", nullable = false)
    private int promptCount;

    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;

    @Column(name = "committed_by", nullable = false)
    private String committedBy;

    @Column(name = "release_at")
    private Instant releaseAt;

    @Column(name = "pseudonym_salt", nullable = false, updatable = false)
    private String pseudonymSalt;

    @Column(name = "extra_terms")
    private String extraTerms;

    @Version
    private long version;

    protected PromptSet() {}

    public PromptSet(
            long roundId,
            String sha256,
            int promptCount,
            Instant committedAt,
            String committedBy,
            String pseudonymSalt) {
        this.roundId = roundId;
        this.pseudonymSalt = pseudonymSalt;
        recommit(sha256, promptCount, committedAt, committedBy);
    }

    /** Replaces the commitment with a new upload's; refused once the prompts are released. */
    public void recommit(String sha256, int promptCount, Instant committedAt, String committedBy) {
        this.sha256 = sha256;
        this.promptCount = promptCount;
        this.committedAt = committedAt;
        this.committedBy = committedBy;
    }

    /** Whether the prompts are public (to the teams and everyone) at {@code now}. */
    public boolean isReleasedAt(Instant now) {
        return releaseAt != null && !now.isBefore(releaseAt);
    }

    /** Sets when the prompts are released; refused once they are (they can no longer change). */
    public void releaseAt(Instant instant, Instant now) {
        if (isReleasedAt(now)) {
            throw new DomainRuleViolation("arena.prompts.released");
        }
        if (instant == null) {
            throw new DomainRuleViolation("arena.release.required");
        }
        this.releaseAt = instant;
    }

    /** The administrator's extra identity terms, one per line or comma. */
    public void changeExtraTerms(String terms) {
        String stripped = terms == null ? "" : terms.strip();
        if (stripped.length() > MAX_EXTRA_TERMS) {
            throw new DomainRuleViolation("arena.terms.tooLong", MAX_EXTRA_TERMS);
        }
        this.extraTerms = stripped.isEmpty() ? null : stripped;
    }

    public List<String> extraTermList() {
        return extraTerms == null
                ? List.of()
                : Arrays.stream(extraTerms.split("[,\\n]"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
    }

    public Long getRoundId() {
        return roundId;
    }

    public String getSha256() {
        return sha256;
    }

    public int getPromptCount() {
        return promptCount;
    }

    public Instant getCommittedAt() {
        return committedAt;
    }

    public String getCommittedBy() {
        return committedBy;
    }

    public Instant getReleaseAt() {
        return releaseAt;
    }

    public String getPseudonymSalt() {
        return pseudonymSalt;
    }

    public String getExtraTerms() {
        return extraTerms;
    }
}
