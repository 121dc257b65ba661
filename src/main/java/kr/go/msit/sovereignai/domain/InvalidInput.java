package kr.go.msit.sovereignai.domain;

/**
 * One input of a form is refused (an e-mail address taken or malformed, a weak password, a wrong current password, a
 * display name out of bounds): pages show the message next to that input, named by {@link #input()}.
 */
public class InvalidInput extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    /** The inputs a refusal can point at, by the name pages give their fields. */
    public enum Input {
        EMAIL("email"),
        DISPLAY_NAME("displayName"),
        PASSWORD("password"),
        CURRENT_PASSWORD("currentPassword"),
        REASON_KO("reasonKo"),
        REASON_EN("reasonEn"),
        RECEIPT("receipt");

        private final String fieldName;

        Input(String fieldName) {
            this.fieldName = fieldName;
        }

        public String fieldName() {
            return fieldName;
        }
    }

    private final Input input;

    public InvalidInput(Input input, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.input = input;
    }

    public Input input() {
        return input;
    }
}
