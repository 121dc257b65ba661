package kr.go.msit.sovereignai.domain.sortition;

/**
 * LEXIMIN selection probabilities over types by column generation (Flanigan et al., Nature 2021, with types in
 * place of people: everyone of a type has the same probability): a dual LP over the compositions found so far, a
 * pricing MIP for the next composition, types fixed round by round, and a last LP for the weights.
 */
public final class Leximin {

    private Leximin() {}

    /** The distribution; {@link InfeasibleQuotas} when the pool cannot meet the quotas. Deterministic. */
    public static FairDistribution compute(Quotas quotas, TypePool pool) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
