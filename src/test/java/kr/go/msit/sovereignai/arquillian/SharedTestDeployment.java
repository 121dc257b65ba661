package kr.go.msit.sovereignai.arquillian;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.it.Deployments;
import kr.go.msit.sovereignai.it.TestSupportClient;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps the platform's test deployment ({@link Deployments#platform()}) deployed from one test class to the next, so a
 * run deploys it once instead of once a class (about five seconds each, a hundred classes a run). A class that
 * deploys something else ({@code SessionFloodIT}'s small session table) has the kept one undeployed first; an
 * in-container class needs the testable archive (Arquillian's servlet runner in it), which then serves every later
 * class, in-container or not. Before a kept deployment serves another class, the server forgets its sign-in failures
 * and request counts, as a fresh deployment would start (every test speaks from the same loopback address).
 * In-container test classes must be in the {@code it} package, which {@link Deployments#platform()} adds whole:
 * Arquillian adds only the first class's own test class to the archive it keeps. Servers the tests start themselves
 * copy the configuration without it ({@code StandaloneServer}).
 */
public class SharedTestDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Decides, for each deployment Arquillian is about to make or remove, whether the kept one stands in for it. */
    public static class Keeper {

        private static final Logger LOG = Logger.getLogger(SharedTestDeployment.class.getName());

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        private Archive<?> kept;
        private boolean keptIsTestable;
        private ProtocolMetaData keptMetaData;
        private DeployableContainer<?> keptOn;

        /** Inside Arquillian's deployment context (precedence below its handler's), before the container deploys. */
        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            Deployment deployment = context.getEvent().getDeployment();
            DeploymentDescription description = deployment.getDescription();
            if (standsIn(description)) {
                descriptionProducer.set(description);
                deploymentProducer.set(deployment);
                protocolMetaData.set(keptMetaData);
                deployment.deployed();
                forgetCounts();
                return;
            }
            release();
            context.proceed();
            if (description.isArchiveDeployment() && Deployments.isShareable(description.getArchive())) {
                kept = archiveOf(description);
                keptIsTestable = description.getTestableArchive() != null;
                keptMetaData = protocolMetaData.get();
                keptOn = context.getEvent().getDeployableContainer();
            }
        }

        /** The kept deployment stays for the next class; anything else is undeployed as usual. */
        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            if (!standsIn(context.getEvent().getDeployment().getDescription())) {
                context.proceed();
            }
        }

        /**
         * The run's end: nothing may stay deployed in the server's configuration for the next start. A failure is
         * reported, never thrown: thrown, it would keep the container from stopping.
         */
        public void stop(@Observes BeforeStop event) {
            try {
                release();
            } catch (Exception failure) {
                LOG.log(Level.WARNING, "Could not undeploy the test deployment kept for the run", failure);
            }
        }

        private boolean standsIn(DeploymentDescription description) {
            return kept != null
                    && description.isArchiveDeployment()
                    && Deployments.isShareable(description.getArchive())
                    && (keptIsTestable || description.getTestableArchive() == null);
        }

        private void release() throws Exception {
            if (kept != null) {
                Archive<?> undeploying = kept;
                kept = null;
                keptOn.undeploy(undeploying);
            }
        }

        private void forgetCounts() throws MalformedURLException {
            HTTPContext http =
                    keptMetaData.getContexts(HTTPContext.class).iterator().next();
            new TestSupportClient(new URL("http", http.getHost(), http.getPort(), "/")).forgetCounts();
        }

        private static Archive<?> archiveOf(DeploymentDescription description) {
            return description.getTestableArchive() != null
                    ? description.getTestableArchive()
                    : description.getArchive();
        }
    }
}
