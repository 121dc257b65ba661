package kr.go.msit.sovereignai.domain.tally;

import kr.go.msit.sovereignai.domain.NotFound;

/** A published round's result has no version of the number asked for (the round itself exists). */
public class ResultVersionNotFound extends NotFound {

    private static final long serialVersionUID = 1L;

    public ResultVersionNotFound(int roundNumber, int version) {
        super("results.versionNotFound", roundNumber, version);
    }
}
