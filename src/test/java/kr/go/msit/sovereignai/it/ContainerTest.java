package kr.go.msit.sovereignai.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every test that runs inside the shared WildFly: the platform's WAR plus the test classes, deployed once
 * for the whole run; the test injects what it needs ({@code @Inject}, {@code @Resource}) and acts through
 * {@link AsAdministrator}, {@link AsReviewerA}, {@link AsReviewerB} and {@link TestSupport}.
 * A test that speaks to the platform over HTTP, as a browser would, extends {@link HttpTest} instead.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ContainerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.platform();
    }
}
