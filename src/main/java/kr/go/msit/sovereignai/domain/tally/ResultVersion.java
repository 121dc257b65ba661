package kr.go.msit.sovereignai.domain.tally;

import java.io.Serializable;
import java.time.Instant;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * One published version of a round's result: version 1 at publication; each republication after a
 * correction adds one, with the reason given for it.
 *
 * @param reason why it was republished (what was corrected); null for the first publication
 */
public record ResultVersion(int version, Instant publishedAt, String reason) implements Serializable {

    public static final int MAX_REASON = 2000;

    public ResultVersion {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        if (version > 1) {
            if (reason == null || reason.isBlank()) {
                throw new DomainRuleViolation("results.republish.reasonRequired");
            }
            reason = reason.strip();
            if (reason.length() > MAX_REASON) {
                throw new DomainRuleViolation("text.tooLongMax", MAX_REASON);
            }
        }
    }

    public boolean isCorrection() {
        return version > 1;
    }
}
