package kr.go.msit.sovereignai.domain;

/** What a request names (a round, a team, a sheet, an account) does not exist: pages answer 404. */
public class NotFound extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
