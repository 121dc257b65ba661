package kr.go.msit.sovereignai.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.application.rounds.RoundAdministration;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.application.rounds.RoundViews.RoundView;
import kr.go.msit.sovereignai.domain.KoreanTime;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.web.Messages;
import kr.go.msit.sovereignai.web.PageActions;

/**
 * Administrators see every round with its turnout (never its ratings), open or close one early,
 * and postpone a scheduled or open round with a reason.
 */
@Named
@ViewScoped
public class RoundAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What a {@code datetime-local} input sends, read as Korean time. */
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    RoundCatalogue catalogue;

    @Inject
    RoundAdministration administration;

    @Inject
    PublicEvaluation evaluation;

    private List<RoundView> rounds;
    private final Map<Integer, Long> turnout = new HashMap<>();

    private Integer postponeRound;
    private String newOpensAt;
    private String newClosesAt;
    private String reasonKo;
    private String reasonEn;
    private Integer cancelRound;
    private String cancelReasonKo;
    private String cancelReasonEn;

    public List<RoundView> getRounds() {
        if (rounds == null) {
            rounds = catalogue.rounds();
            turnout.clear();
            rounds.forEach(round -> turnout.put(round.number(), evaluation.turnout(round.number())));
        }
        return rounds;
    }

    /** Rounds that may still move: scheduled or open. */
    public List<RoundView> getPostponable() {
        return getRounds().stream().filter(RoundView::postponable).toList();
    }

    /** Rounds that may still be cancelled: those that have not opened. */
    public List<RoundView> getCancellable() {
        return getRounds().stream().filter(RoundView::cancellable).toList();
    }

    /** Cancels the chosen round with its reason: it will not be held. */
    public void cancel() {
        if (cancelRound == null) {
            Messages.error("cancel:round", "admin.postpone.roundRequired");
            return;
        }
        if (PageActions.attempt(
                "cancel", () -> administration.cancel(cancelRound, LocalizedText.of(cancelReasonKo, cancelReasonEn)))) {
            Messages.info("admin.round.cancelled", cancelRound);
            cancelRound = null;
            cancelReasonKo = null;
            cancelReasonEn = null;
        }
        rounds = null;
    }

    public Integer getCancelRound() {
        return cancelRound;
    }

    public void setCancelRound(Integer cancelRound) {
        this.cancelRound = cancelRound;
    }

    public String getCancelReasonKo() {
        return cancelReasonKo;
    }

    public void setCancelReasonKo(String cancelReasonKo) {
        this.cancelReasonKo = cancelReasonKo;
    }

    public String getCancelReasonEn() {
        return cancelReasonEn;
    }

    public void setCancelReasonEn(String cancelReasonEn) {
        this.cancelReasonEn = cancelReasonEn;
    }

    public long turnoutOf(RoundView round) {
        return turnout.getOrDefault(round.number(), 0L);
    }

    public void openNow(int number) {
        if (PageActions.attempt(() -> administration.openNow(number))) {
            Messages.info("admin.round.opened", number);
        }
        rounds = null;
    }

    public void closeNow(int number) {
        if (PageActions.attempt(() -> administration.closeNow(number))) {
            Messages.info("admin.round.closed", number);
        }
        rounds = null;
    }

    public void postpone() {
        if (postponeRound == null) {
            Messages.error("postpone:round", "admin.postpone.roundRequired");
            return;
        }
        Instant opens = parse(newOpensAt, "postpone:opensAt");
        Instant closes = parse(newClosesAt, "postpone:closesAt");
        if (opens == null || closes == null) {
            return;
        }
        if (PageActions.attempt(
                "postpone",
                () -> administration.postpone(postponeRound, opens, closes, LocalizedText.of(reasonKo, reasonEn)))) {
            Messages.info("admin.round.postponed", postponeRound);
            postponeRound = null;
            newOpensAt = null;
            newClosesAt = null;
            reasonKo = null;
            reasonEn = null;
        }
        rounds = null;
    }

    static Instant parse(String localInput, String clientId) {
        if (localInput == null || localInput.isBlank()) {
            Messages.error(clientId, "window.required");
            return null;
        }
        if (localInput.strip().length() > "yyyy-MM-ddTHH:mm".length()) { // e.g. year +999999999
            Messages.error(clientId, "admin.postpone.dateTimeInvalid");
            return null;
        }
        try {
            return LocalDateTime.parse(localInput.strip(), LOCAL_INPUT)
                    .atZone(KoreanTime.ZONE)
                    .toInstant();
        } catch (DateTimeParseException malformed) {
            Messages.error(clientId, "admin.postpone.dateTimeInvalid");
            return null;
        }
    }

    public Integer getPostponeRound() {
        return postponeRound;
    }

    public void setPostponeRound(Integer postponeRound) {
        this.postponeRound = postponeRound;
    }

    public String getNewOpensAt() {
        return newOpensAt;
    }

    public void setNewOpensAt(String newOpensAt) {
        this.newOpensAt = newOpensAt;
    }

    public String getNewClosesAt() {
        return newClosesAt;
    }

    public void setNewClosesAt(String newClosesAt) {
        this.newClosesAt = newClosesAt;
    }

    public String getReasonKo() {
        return reasonKo;
    }

    public void setReasonKo(String reasonKo) {
        this.reasonKo = reasonKo;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    public void setReasonEn(String reasonEn) {
        this.reasonEn = reasonEn;
    }
}
