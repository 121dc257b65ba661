package kr.go.msit.sovereignai.domain.citizenpanel;

import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** One input of the volunteering form is missing or out of range: {@link #field()} names it. */
public class VolunteerFormInvalid extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public enum Field {
        SEX,
        BIRTH_YEAR,
        PROVINCE,
        QUESTIONNAIRE
    }

    private final Field field;

    public VolunteerFormInvalid(Field field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
