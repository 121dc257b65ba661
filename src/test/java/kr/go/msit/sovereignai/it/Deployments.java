package kr.go.msit.sovereignai.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one archive builder for every container and browser test: the real WAR plus the test classes. */
public final class Deployments {

    /** The administrator that arquillian.xml configures for the test server. */
    public static final String ADMIN_EMAIL = "admin@it.example";

    public static final String ADMIN_PASSWORD = "it-admin-password-1";

    private Deployments() {}

    public static WebArchive platform() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File("target/ROOT.war"))
                .as(WebArchive.class)
                .addPackages(true, "kr.go.msit.sovereignai.it");
    }
}
