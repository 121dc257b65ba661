package kr.go.msit.sovereignai.domain.sortition;

/** The pool cannot meet the quotas (see {@link Feasibility} for which and by how much). */
public class InfeasibleQuotas extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Feasibility feasibility;

    public InfeasibleQuotas(Feasibility feasibility) {
        super("the pool cannot meet the quotas");
        this.feasibility = feasibility;
    }

    public Feasibility feasibility() {
        return feasibility;
    }
}
