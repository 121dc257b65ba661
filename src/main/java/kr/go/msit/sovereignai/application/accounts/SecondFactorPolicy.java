package kr.go.msit.sovereignai.application.accounts;

/** Whether administrators and reviewers must enrol a second factor before anything else (off unless configured on). */
public interface SecondFactorPolicy {

    boolean required();
}
