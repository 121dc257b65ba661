package kr.go.msit.sovereignai.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import kr.go.msit.sovereignai.application.accounts.SecondFactors;
import kr.go.msit.sovereignai.application.accounts.SecondFactors.Enrolment;

/**
 * Administrators and reviewers enrol a second factor ({@code /account/second-factor.xhtml}): the page shows a QR code
 * of the {@code otpauth://} address and the secret for typing in by hand; enrolment completes when a valid current
 * code from the app is entered, and the recovery codes are shown once, then never again.
 */
@Named
@ViewScoped
public class SecondFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "enrol";

    @Inject
    SecondFactors secondFactors;

    /*
     * The security context is looked up when needed, not injected: Soteria's is a dependent object that cannot be
     * serialized, and this view-scoped bean is copied with the session to the other node of a cluster.
     */

    private boolean enrolled;
    /** False when no key for sealing secrets is configured: the page says so and offers no enrolment. */
    private boolean available = true;

    /*
     * Secrets are never serialized with the session (copied to the other node, passivated to disk): the secret and
     * its picture are read again from the sealed enrolment when a request finds them missing (another node), and
     * recovery codes that did not travel are not shown again.
     */
    private transient String secret;

    private transient String qrCode;
    private Instant enrolledAt;
    private int recoveryCodesLeft;
    private String code;
    /** Shown once, right after enrolment or replacement; never serialized. */
    private transient List<String> recoveryCodes;

    /** The page's state, read when the page is opened. */
    public void load() {
        Enrolment enrolment = secondFactors.callerEnrolment();
        enrolled = enrolment.enrolled();
        available = enrolment.available();
        showSecret(enrolment);
        enrolledAt = enrolment.enrolledAt();
        recoveryCodesLeft = enrolment.recoveryCodesLeft();
    }

    private void showSecret(Enrolment enrolment) {
        secret = enrolment.secret();
        qrCode = enrolment.otpauthUri() == null ? null : QrCodeImage.svgDataUri(enrolment.otpauthUri());
    }

    /** The secret of an enrolment under way, read again when this request did not bring it (see the fields). */
    private void pendingSecret() {
        if (secret == null && !enrolled && available) {
            showSecret(secondFactors.callerEnrolment());
        }
    }

    public void confirm() {
        PageActions.obtain(FORM, () -> secondFactors.completeCallerEnrolment(code))
                .ifPresent(codes -> {
                    recoveryCodes = codes;
                    recoveryCodesLeft = codes.size();
                    enrolled = true;
                    enrolledAt = Instant.now();
                    secret = null;
                    qrCode = null;
                    PasswordChangeGate.secondFactorEnrolled(request());
                    Messages.info("secondFactor.enrolled");
                });
        code = null;
    }

    public void replaceRecoveryCodes() {
        PageActions.obtain(null, secondFactors::replaceCallerRecoveryCodes).ifPresent(codes -> {
            recoveryCodes = codes;
            recoveryCodesLeft = codes.size();
            Messages.info("secondFactor.recovery.replaced");
        });
    }

    /** Where the person goes on from here: their role's console. */
    public String getContinueTo() {
        return LoginPage.landingPage(CDI.current().select(SecurityContext.class).get());
    }

    /** Whether the operator's setting brought the person here before anything else. */
    public boolean isRequired() {
        return PasswordChangeGate.enrolmentRequired(request());
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public boolean isAvailable() {
        return available;
    }

    public String getSecret() {
        pendingSecret();
        return secret;
    }

    /** The secret in groups of four, as it is easier to type. */
    public String getSecretGrouped() {
        String shown = getSecret();
        return shown == null ? null : shown.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrCode() {
        pendingSecret();
        return qrCode;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public int getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes == null ? List.of() : recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
