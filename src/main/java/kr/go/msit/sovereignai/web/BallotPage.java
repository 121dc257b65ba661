package kr.go.msit.sovereignai.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import kr.go.msit.sovereignai.application.accounts.AccountService;
import kr.go.msit.sovereignai.application.ballot.BallotViews.Cast;
import kr.go.msit.sovereignai.application.ballot.BallotViews.CriterionChoice;
import kr.go.msit.sovereignai.application.ballot.BallotViews.MyBallot;
import kr.go.msit.sovereignai.application.ballot.BallotViews.OpenBallot;
import kr.go.msit.sovereignai.application.ballot.BallotViews.TeamChoice;
import kr.go.msit.sovereignai.application.ballot.PublicEvaluation;
import kr.go.msit.sovereignai.domain.account.EmailNotConfirmed;
import kr.go.msit.sovereignai.domain.account.IdentityNotVerified;
import kr.go.msit.sovereignai.domain.ballot.BallotAnswers;
import kr.go.msit.sovereignai.domain.round.RoundNotOpen;
import kr.go.msit.sovereignai.web.http.RequestRateLimiter;
import kr.go.msit.sovereignai.web.http.SiteAddress;

/**
 * The citizen's ballot: rate every team, see a summary, confirm, get a receipt; come back to
 * see or change it until the round closes. With scripts on, the summary is a dialog and the
 * confirmed ballot arrives in one POST; without, the summary is a second step on the server.
 */
@Named
@ViewScoped
public class BallotPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the citizen is in casting; CLOSED when the round closed while the page was open. */
    public enum Step {
        FORM,
        SUMMARY,
        DONE,
        CLOSED
    }

    @Inject
    PublicEvaluation evaluation;

    @Inject
    RequestRateLimiter rateLimiter;

    @Inject
    AccountService accounts;

    private OpenBallot ballot;
    private MyBallot mine;
    private long turnout;
    private final Map<String, Integer> answers = new HashMap<>();
    /** The form's answers as a ballot's answers, converted once per submission. */
    private BallotAnswers answered;

    private boolean confirmed;
    private Step step = Step.FORM;
    private Cast cast;
    private boolean emailUnconfirmed;
    private Integer identityRequiredIn;

    @PostConstruct
    void load() {
        try {
            evaluation.ballotForCaller().ifPresent(read -> {
                ballot = read.ballot();
                mine = read.mine();
                turnout = read.turnout();
                if (mine != null) {
                    mine.ratings()
                            .ratings()
                            .forEach(rating -> answers.put(key(rating.teamId(), rating.criterionId()), rating.value()));
                }
            });
        } catch (EmailNotConfirmed unconfirmed) {
            emailUnconfirmed = true;
        } catch (IdentityNotVerified unverified) {
            identityRequiredIn = unverified.roundNumber();
        }
    }

    /** The open round requires verified identity and the citizen has not verified theirs: its number, else null. */
    public Integer getIdentityRequiredIn() {
        return identityRequiredIn;
    }

    /** Mails the citizen a new confirmation link (a few per hour per account). */
    public void resendConfirmation() {
        String citizen = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        if (!rateLimiter.tryAcquire(RequestRateLimiter.Action.CONFIRMATION_MAIL, citizen)) {
            Messages.error(null, "emailConfirmation.rateLimited");
            return;
        }
        if (accounts.resendConfirmationLink(SiteAddress.current())) {
            Messages.info("emailConfirmation.resent");
        } else {
            emailUnconfirmed = false;
            Messages.info("emailConfirmation.already");
        }
    }

    /** The signed-in citizen has not confirmed their address yet, so cannot vote (the page offers a new link). */
    public boolean isEmailUnconfirmed() {
        return emailUnconfirmed;
    }

    /** After a refusal, shows what is stored now (another window may have voted, or the round closed, meanwhile). */
    private void reload() {
        mine = evaluation.myBallot(ballot.roundNumber()).orElse(null);
    }

    /** The form's button: with the summary already confirmed (scripts on) casts, else shows the summary. */
    public void submit() {
        if (!PageActions.attempt(() -> answered = answersOfForm())) {
            confirmed = false;
            step = Step.FORM;
            return;
        }
        if (confirmed) {
            castNow();
        } else {
            step = Step.SUMMARY;
        }
    }

    /** The summary step's confirm button (scripts off). */
    public void confirm() {
        castNow();
    }

    public void backToForm() {
        confirmed = false;
        step = Step.FORM;
    }

    private void castNow() {
        confirmed = false;
        String address = ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
        if (!rateLimiter.tryAcquire(RequestRateLimiter.Action.BALLOT, address)) {
            Messages.error(null, "ballot.rateLimited");
            step = Step.FORM;
            return;
        }
        PageActions.refusal(null, () -> {
                    cast = mine == null
                            ? evaluation.cast(ballot.roundNumber(), answered)
                            : evaluation.change(ballot.roundNumber(), mine.version(), answered);
                    mine = cast.ballot();
                    turnout = cast.turnout();
                    step = Step.DONE;
                })
                .ifPresent(refused -> {
                    if (refused instanceof IdentityNotVerified unverified) {
                        identityRequiredIn = unverified.roundNumber();
                    }
                    step = refused instanceof RoundNotOpen ? Step.CLOSED : Step.FORM;
                    reload();
                });
    }

    /** Starts a change of the current ballot, with its ratings filled in. */
    public void change() {
        cast = null;
        step = Step.FORM;
    }

    /** The answers given so far, as ballot answers (for the summary). */
    public BallotAnswers getAnsweredRatings() {
        return answered;
    }

    /** The form's raw answers as ballot answers: the one conversion, on submission. */
    private BallotAnswers answersOfForm() {
        BallotAnswers.Builder collected = BallotAnswers.builder();
        for (TeamChoice team : ballot.teams()) {
            for (CriterionChoice criterion : ballot.criteria()) {
                collected.answer(team.id(), criterion.id(), answers.get(key(team.id(), criterion.id())));
            }
        }
        return collected.build();
    }

    public static String key(long teamId, long criterionId) {
        return teamId + ":" + criterionId;
    }

    public String key(TeamChoice team, CriterionChoice criterion) {
        return key(team.id(), criterion.id());
    }

    /** The rating a team has on the given ballot ratings, for summaries. */
    public Integer ratingIn(BallotAnswers ratings, TeamChoice team, CriterionChoice criterion) {
        return ratings == null ? null : ratings.ratingOf(team.id(), criterion.id());
    }

    public OpenBallot getBallot() {
        return ballot;
    }

    public MyBallot getMine() {
        return mine;
    }

    public long getTurnout() {
        return turnout;
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    /** The rating grid's answers, every group rated on the scale (it refuses anything else). */
    public void setAnswers(Map<String, Integer> given) {
        answers.clear();
        answers.putAll(given);
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public Step getStep() {
        return step;
    }

    public Cast getCast() {
        return cast;
    }
}
