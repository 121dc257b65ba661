package kr.go.msit.sovereignai.application.accounts;

/** Whether citizens must confirm their e-mail address before they vote (on unless configured off). */
public interface EmailVerification {

    boolean required();
}
