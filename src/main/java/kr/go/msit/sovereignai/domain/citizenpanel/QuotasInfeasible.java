package kr.go.msit.sovereignai.domain.citizenpanel;

import java.util.List;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/**
 * New quotas for a frozen pool still cannot be met: nothing changed; {@link #conflicts()} says which quotas conflict
 * (as {@code feature=value: quota, reachable}) and the message lists them.
 */
public class QuotasInfeasible extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final List<String> conflicts;

    public QuotasInfeasible(int roundNumber, List<String> conflicts) {
        super("panel.quotas.infeasible", roundNumber, String.join("; ", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
