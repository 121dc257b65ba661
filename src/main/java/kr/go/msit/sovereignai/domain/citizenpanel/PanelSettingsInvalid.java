package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** A panel setting is out of its rules: {@link #field()} names which, the message says how. */
public class PanelSettingsInvalid extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public enum Field {
        SIZE,
        QUOTAS,
        DEADLINE,
        DRAW_AT,
        LOTTO_DRAW_NUMBER
    }

    private final Field field;

    public PanelSettingsInvalid(Field field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
