package kr.go.msit.sovereignai.domain;

import java.util.List;

/**
 * A business rule refused an action. Carries a message key (resolved by the web layer from
 * the resource bundles, Korean first) and its arguments, so the domain stays language-free.
 * Declared an application exception in ejb-jar.xml: it rolls back and reaches callers
 * unwrapped.
 */
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public DomainRuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
