package kr.go.msit.sovereignai.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs a piece of a container test with the ADMIN role, as a signed-in administrator would. */
@Stateless
@RunAs("ADMIN")
@RunAsPrincipal(Deployments.ADMIN_EMAIL)
@PermitAll
public class AsAdministrator {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    public void run(Runnable work) {
        work.run();
    }
}
