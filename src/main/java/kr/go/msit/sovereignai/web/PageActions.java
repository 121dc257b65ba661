package kr.go.msit.sovereignai.web;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;

/**
 * The one refusal path of the pages. A page action either succeeds, and the page shows its own
 * message, or a business rule refuses it, and the refusal's message is shown: next to its field
 * when it names an input of the form, at the top otherwise. A view action's load either finds
 * what the request names or ends the request with 404.
 */
public final class PageActions {

    private PageActions() {
    }

    /** Runs {@code action}; on a refusal shows its message at the top and answers false. */
    public static boolean attempt(Runnable action) {
        return attempt(null, action);
    }

    /**
     * Runs {@code action}; on a refusal shows its message (next to the field it names inside
     * {@code formId}, or at the top) and answers false.
     */
    public static boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainRuleViolation refused) {
            show(refused, formId);
            return false;
        }
    }

    /** What {@code action} answers, or empty after showing the refusal's message as {@link #attempt(String, Runnable)}. */
    public static <T> Optional<T> obtain(String formId, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (DomainRuleViolation refused) {
            show(refused, formId);
            return Optional.empty();
        }
    }

    /**
     * A view action's load: what {@code loader} finds, or null after answering 404 when it finds
     * nothing or the request names something that does not exist. {@code what} names the missing
     * thing in the server's log only.
     */
    public static <T> T loadOrNotFound(String what, Supplier<T> loader) throws IOException {
        T found;
        try {
            found = loader.get();
        } catch (NotFound unknown) {
            found = null;
        }
        if (found == null) {
            NotFoundResponse.send(what);
        }
        return found;
    }

    private static void show(DomainRuleViolation refused, String formId) {
        if (formId == null) {
            Messages.refused(refused);
        } else {
            Messages.refused(refused, formId);
        }
    }
}
