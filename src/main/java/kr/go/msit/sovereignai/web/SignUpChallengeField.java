package kr.go.msit.sovereignai.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import kr.go.msit.sovereignai.web.http.ProofOfWork;
import kr.go.msit.sovereignai.web.http.SignUpChallenges;

/**
 * The sign-up form's proof-of-work field ({@code WEB-INF/includes/signup-challenge.xhtml}): a fresh challenge for
 * each rendering of the form (nothing kept between requests), and the check of the posted solution. The field names
 * are plain request parameters, {@code signup:challenge} and {@code signup:solution}, written and read here, so a
 * re-rendered form always carries a new challenge.
 */
@Named
@RequestScoped
public class SignUpChallengeField {

    static final String TOKEN_PARAMETER = SignUpPage.FORM + ":challenge";
    static final String SOLUTION_PARAMETER = SignUpPage.FORM + ":solution";

    @Inject
    SignUpChallenges challenges;

    private ProofOfWork.Challenge challenge;

    /** This rendering's challenge, issued once per request. */
    public ProofOfWork.Challenge getChallenge() {
        if (challenge == null) {
            challenge = challenges.issue();
        }
        return challenge;
    }

    /**
     * Whether the posted solution solves a challenge this platform issued, unexpired and never spent before (it is
     * then spent). Otherwise the refusal is shown at the top of the form and the page must stop.
     */
    public boolean solved() {
        Map<String, String> posted =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String solution = posted.get(SOLUTION_PARAMETER);
        ProofOfWork.Verdict verdict = solution == null || solution.isBlank()
                ? ProofOfWork.Verdict.MALFORMED
                : challenges.verify(posted.get(TOKEN_PARAMETER), solution);
        if (verdict == ProofOfWork.Verdict.ACCEPTED) {
            return true;
        }
        Messages.error(null, "signup.challenge." + verdict.name().toLowerCase(java.util.Locale.ROOT));
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
