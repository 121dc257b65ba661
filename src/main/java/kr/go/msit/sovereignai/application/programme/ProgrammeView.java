package kr.go.msit.sovereignai.application.programme;

import java.io.Serializable;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.programme.Programme;

/** The programme as the home page shows it: its name, the ministry and its rhythm. A copy, never the entity. */
public record ProgrammeView(
        LocalizedText name,
        LocalizedText ministry,
        int reviewIntervalMonths,
        int finalistsWanted,
        int eliminationsPerReview)
        implements Serializable {

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(
                programme.getName(),
                programme.getMinistry(),
                programme.getReviewIntervalMonths(),
                programme.getFinalistsWanted(),
                programme.getEliminationsPerReview());
    }
}
