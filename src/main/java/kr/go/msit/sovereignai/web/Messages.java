package kr.go.msit.sovereignai.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.InvalidInput;

/** Puts translated messages on the page: globally, or next to the field they concern. */
public final class Messages {

    public static final String BUNDLE = "kr.go.msit.sovereignai.web.i18n.messages";

    private Messages() {}

    /**
     * The text for {@code key} in the visitor's language, with arguments filled in. The language
     * comes from {@link LocaleSelection}, which is right even before the view's locale is set
     * (in view actions).
     */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getApplication().evaluateExpressionGet(faces, "#{localeSelection.locale}", Locale.class);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException unknownKey) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void refused(DomainRuleViolation violation) {
        add(null, FacesMessage.SEVERITY_ERROR, violation.messageKey(), violation.arguments());
    }

    /** A refusal on a form: an invalid input is explained next to its field in {@code formId}, anything else globally. */
    public static void refused(DomainRuleViolation violation, String formId) {
        String clientId = violation instanceof InvalidInput invalid
                ? formId + ":" + invalid.input().fieldName()
                : null;
        add(clientId, FacesMessage.SEVERITY_ERROR, violation.messageKey(), violation.arguments());
    }

    /**
     * Shows each Bean Validation failure next to its input. Inputs are named after the record
     * component they fill, inside the form {@code formId}; a message whose field is not on the
     * page is shown globally.
     */
    public static void refused(ConstraintViolationException exception, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String field = lastNodeName(violation.getPropertyPath());
            String clientId = formId + ":" + field;
            boolean onPage = faces.getViewRoot().findComponent(clientId) != null;
            String template = violation.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : template;
            add(onPage ? clientId : null, FacesMessage.SEVERITY_ERROR, key);
        }
        faces.validationFailed();
    }

    private static String lastNodeName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** Keeps this request's messages for the page a redirect leads to (post-redirect-get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
