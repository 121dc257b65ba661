package kr.go.msit.sovereignai.domain.arena;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One prompt of a round's committed set as stored; an administrator may exclude it for every team (identity screen). */
@Entity
@Table(name = "arena_prompt")
public class CommittedPrompt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "prompt_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private String category;

    @Column(name = "text_ko", nullable = false, updatable = false)
    private String textKo;

    @Column(name = "text_en", updatable = false)
    private String textEn;

    @Column(nullable = false)
    private boolean excluded;

    @Column(name = "exclusion_reason")
    private String exclusionReason;

    protected CommittedPrompt() {}

    public CommittedPrompt(long roundId, int position, ArenaPrompt prompt) {
        this.roundId = roundId;
        this.position = position;
        this.key = prompt.id();
        this.category = prompt.category();
        this.textKo = prompt.textKo();
        this.textEn = prompt.textEn();
    }

    /** Excluded for every team, with the reason (an answer revealed its team). */
    public void exclude(String reason) {
        this.exclusionReason = ArenaRules.reason(reason);
        this.excluded = true;
    }

    public ArenaPrompt prompt() {
        return new ArenaPrompt(key, category, textKo, textEn);
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return key;
    }

    public String getCategory() {
        return category;
    }

    public String getTextKo() {
        return textKo;
    }

    public String getTextEn() {
        return textEn;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public String getExclusionReason() {
        return exclusionReason;
    }
}
