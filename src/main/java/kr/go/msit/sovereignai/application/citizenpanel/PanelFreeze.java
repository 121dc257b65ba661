package kr.go.msit.sovereignai.application.citizenpanel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kr.go.msit.sovereignai.domain.sortition.InfeasibleQuotas;

/**
 * The freeze at the volunteering deadline, as the panel's timer, the sweep and the start-up run it: the pool frozen
 * and its digest published in one transaction, the LEXIMIN lottery computed outside any transaction (about a second
 * at 100,000 volunteers), then committed in another. Idempotent: running it again, late or twice, changes nothing
 * more; an interrupted computation is picked up by the next run.
 */
@Stateless
@PermitAll
public class PanelFreeze {

    @Inject
    PanelFreezeSteps steps;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runDue(int roundNumber) {
        Optional<PanelLottery.Input> input = steps.freezeIfDue(roundNumber);
        if (input.isEmpty()) {
            return;
        }
        PanelLottery.Result result;
        try {
            result = PanelLottery.compute(input.get());
        } catch (InfeasibleQuotas infeasible) {
            steps.markInfeasible(roundNumber, input.get().poolDigest());
            return;
        }
        steps.commit(roundNumber, input.get(), result);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<PanelFreezeSteps.PanelDeadline> panels() {
        return steps.panels();
    }
}
