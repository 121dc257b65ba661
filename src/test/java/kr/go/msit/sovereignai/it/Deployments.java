package kr.go.msit.sovereignai.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one archive builder for every container and browser test: the real WAR plus the test classes. */
public final class Deployments {

    /** The administrator that arquillian.xml configures for the test server. */
    public static final String ADMIN_EMAIL = "admin@it.example";

    public static final String ADMIN_PASSWORD = "it-admin-password-1";

    private Deployments() {}

    /** Where the WAR lists its Undertow extensions. */
    private static final String EXTENSIONS = "WEB-INF/classes/META-INF/services/io.undertow.servlet.ServletExtension";

    /** Marks the archive {@code SharedTestDeployment} may keep deployed for the next test class. */
    private static final String SHAREABLE = "WEB-INF/shared-test-deployment";

    /** Whether {@code archive} is {@link #platform()} as built, which one deployment serves for every class. */
    public static boolean isShareable(org.jboss.shrinkwrap.api.Archive<?> archive) {
        return archive.contains(SHAREABLE);
    }

    /**
     * {@link #platform()} changed by the caller ({@code SessionFloodIT}'s session table): deployed for its class
     * alone, never kept.
     */
    public static WebArchive ofItsOwn(WebArchive war) {
        war.delete(SHAREABLE);
        return war;
    }

    public static WebArchive platform() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File("target/ROOT.war"))
                .as(WebArchive.class)
                .addPackages(true, "kr.go.msit.sovereignai.it")
                // the arena's synthetic votes (TestSupport.addSyntheticArenaVotes), written as the benchmarks write
                // them
                .addClass(kr.go.msit.sovereignai.benchmark.ArenaDataGenerator.class)
                .addClass("kr.go.msit.sovereignai.benchmark.SyntheticData");
        // The in-container runner's own posts name the site's origin (HarnessOrigin); the platform's extensions stay.
        String extensions = "";
        Node listed = war.get(EXTENSIONS);
        if (listed != null && listed.getAsset() != null) {
            try (InputStream in = listed.getAsset().openStream()) {
                extensions = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            war.delete(EXTENSIONS);
        }
        return war.add(new StringAsset(extensions.strip() + "\n" + HarnessOrigin.class.getName() + "\n"), EXTENSIONS)
                .add(EmptyAsset.INSTANCE, SHAREABLE);
    }

    /** The platform as a cluster node deploys it (issue 25): distributable, so each session is kept on both nodes. */
    public static WebArchive distributable(WebArchive war) {
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        String distributable = webXml.replaceFirst("<display-name>", "<distributable/>\n    <display-name>");
        if (distributable.equals(webXml)) {
            throw new IllegalStateException("web.xml has no <display-name> to put <distributable/> before");
        }
        war.delete("WEB-INF/web.xml");
        return war.add(new StringAsset(distributable), "WEB-INF/web.xml");
    }
}
