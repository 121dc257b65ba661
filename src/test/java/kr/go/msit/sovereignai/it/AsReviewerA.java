package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of a container test as reviewer A ({@value #EMAIL}). */
@Stateless
@RunAs("EXPERT")
@RunAsPrincipal(AsReviewerA.EMAIL)
@PermitAll
public class AsReviewerA {

    public static final String EMAIL = "reviewer-a@it.example";

    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
