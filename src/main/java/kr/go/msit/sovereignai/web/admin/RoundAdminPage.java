package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.ProgrammeCatalogue;
import kr.go.msit.sovereignai.application.PublicEvaluation;
import kr.go.msit.sovereignai.application.RoundAdministration;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.web.Messages;

/** Administrators see every round with its turnout (never its ratings) and open or close one now. */
@Named
@ViewScoped
public class RoundAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    RoundAdministration administration;

    @Inject
    PublicEvaluation evaluation;

    private transient List<ReviewRound> rounds;
    private final Map<Integer, Long> turnout = new HashMap<>();

    public List<ReviewRound> getRounds() {
        if (rounds == null) {
            rounds = catalogue.rounds();
            turnout.clear();
            rounds.forEach(round -> turnout.put(round.getNumber(), evaluation.turnout(round.getNumber())));
        }
        return rounds;
    }

    public long turnoutOf(ReviewRound round) {
        return turnout.getOrDefault(round.getNumber(), 0L);
    }

    public void openNow(int number) {
        try {
            administration.openNow(number);
            Messages.info("admin.round.opened", number);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        rounds = null;
    }

    public void closeNow(int number) {
        try {
            administration.closeNow(number);
            Messages.info("admin.round.closed", number);
        } catch (DomainRuleViolation refused) {
            Messages.refused(refused);
        }
        rounds = null;
    }
}
