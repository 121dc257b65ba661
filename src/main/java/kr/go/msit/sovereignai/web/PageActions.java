package kr.go.msit.sovereignai.web;

import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;

/**
 * The one refusal path of the pages. A page action either succeeds, and the page shows its own
 * message, or a business rule refuses it, and the refusal's message is shown: next to its field
 * when it names an input of the form, at the top otherwise. Bean Validation failures of a form's
 * fields are shown next to each field. A view action's load either finds what the request names
 * or ends the request with 404. Servlets and converters, which answer a refusal in their own
 * way, take it through {@link #answer}.
 */
public final class PageActions {

    private PageActions() {}

    /** Runs {@code action}; on a refusal shows its message at the top and answers false. */
    public static boolean attempt(Runnable action) {
        return attempt(null, action);
    }

    /**
     * Runs {@code action}; on a refusal shows its message (next to the field it names inside
     * {@code formId}, or at the top) and answers false.
     */
    public static boolean attempt(String formId, Runnable action) {
        return refusal(formId, action).isEmpty();
    }

    /**
     * Runs {@code action}; on a refusal shows its message as {@link #attempt(String, Runnable)} and
     * answers the refusal, for a page whose next step depends on which rule refused.
     */
    public static Optional<DomainRuleViolation> refusal(String formId, Runnable action) {
        return answer(
                () -> {
                    action.run();
                    return Optional.<DomainRuleViolation>empty();
                },
                refused -> {
                    show(refused, formId);
                    return Optional.of(refused);
                },
                formId);
    }

    /**
     * Runs {@code action}; a refusal of type {@code type} is shown by {@code shown} (next to a field the page
     * knows how to address), any other as {@link #attempt(Runnable)}. Answers whether the action succeeded.
     */
    public static <R extends DomainRuleViolation> boolean attempt(Runnable action, Class<R> type, Consumer<R> shown) {
        return answer(
                () -> {
                    action.run();
                    return true;
                },
                refused -> {
                    if (type.isInstance(refused)) {
                        shown.accept(type.cast(refused));
                    } else {
                        show(refused, null);
                    }
                    return false;
                });
    }

    /** What {@code action} answers, or empty after showing the refusal's message as {@link #attempt(String, Runnable)}. */
    public static <T> Optional<T> obtain(String formId, Supplier<T> action) {
        return answer(
                () -> Optional.of(action.get()),
                refused -> {
                    show(refused, formId);
                    return Optional.<T>empty();
                },
                formId);
    }

    /**
     * What {@code action} answers, or what {@code onRefusal} makes of a refusal: for a servlet or a
     * converter, which shows nothing on a page.
     */
    public static <T> T answer(Supplier<T> action, Function<DomainRuleViolation, T> onRefusal) {
        return answer(action, onRefusal, null);
    }

    /** The one place a refusal is caught; a form's Bean Validation failures are shown next to their fields. */
    private static <T> T answer(Supplier<T> action, Function<DomainRuleViolation, T> onRefusal, String formId) {
        try {
            return action.get();
        } catch (DomainRuleViolation refused) {
            return onRefusal.apply(refused);
        } catch (ConstraintViolationException invalid) {
            if (formId == null) {
                throw invalid;
            }
            Messages.refused(invalid, formId);
            return onRefusal.apply(new InvalidForm());
        }
    }

    /**
     * A view action's load: what {@code loader} finds, or null after answering 404 when it finds
     * nothing or the request names something that does not exist. {@code what} names the missing
     * thing in the server's log only.
     */
    public static <T> T loadOrNotFound(String what, Supplier<T> loader) throws IOException {
        return loadOrNotFound(what, NotFound.class, loader);
    }

    /**
     * A view action's load as {@link #loadOrNotFound(String, Supplier)}, where a refusal of type {@code missing}
     * also answers 404 (a sheet the reviewer may not see is, for them, a sheet that does not exist).
     */
    public static <T> T loadOrNotFound(String what, Class<? extends DomainRuleViolation> missing, Supplier<T> loader)
            throws IOException {
        T found = answer(loader, refused -> {
            if (missing.isInstance(refused)) {
                return null;
            }
            throw refused;
        });
        if (found == null) {
            NotFoundResponse.send(what);
        }
        return found;
    }

    /**
     * A view action's load that may be refused: 404 when the request names something that does not exist (a
     * {@link NotFound}), any other refusal shown at the top of the page it still renders.
     */
    public static void loadShowingRefusals(String what, Runnable load) throws IOException {
        boolean missing = answer(
                () -> {
                    load.run();
                    return false;
                },
                refused -> {
                    if (refused instanceof NotFound) {
                        return true;
                    }
                    show(refused, null);
                    return false;
                });
        if (missing) {
            NotFoundResponse.send(what);
        }
    }

    private static void show(DomainRuleViolation refused, String formId) {
        if (refused instanceof InvalidForm) {
            return; // its fields' messages are shown already
        }
        if (formId == null) {
            Messages.refused(refused);
        } else {
            Messages.refused(refused, formId);
        }
    }

    /** Bean Validation refused a form's fields; their messages are on the page. */
    static final class InvalidForm extends DomainRuleViolation {

        private static final long serialVersionUID = 1L;

        InvalidForm() {
            super("form.invalid");
        }
    }
}
