package kr.go.msit.sovereignai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;
import org.junit.jupiter.api.Test;

/** The part of the one refusal path that needs no page: what a servlet or a converter makes of a refusal. */
class PageActionsTest {

    @Test
    void anActionThatSucceedsAnswersItsValue() {
        assertEquals("done", PageActions.answer(() -> "done", refused -> "refused"));
    }

    @Test
    void aRefusalIsAnsweredByTheCallersFunctionWithTheRefusalItself() {
        DomainRuleViolation refusal = new NotFound("round.notFound", 7);
        DomainRuleViolation seen = PageActions.answer(
                () -> {
                    throw refusal;
                },
                refused -> refused);
        assertSame(refusal, seen);
    }

    @Test
    void anythingElseIsNoRefusalAndPassesThrough() {
        assertThrows(
                IllegalStateException.class,
                () -> PageActions.answer(
                        () -> {
                            throw new IllegalStateException("a fault");
                        },
                        refused -> "refused"));
        assertThrows(
                ConstraintViolationException.class,
                () -> PageActions.answer(
                        () -> {
                            throw new ConstraintViolationException(Set.of());
                        },
                        refused -> "refused"),
                "without a form, Bean Validation failures are not a page's to show");
    }
}
