package se.uniplan.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The archives the integration tests deploy: the real EAR that the build produced. */
public final class Deployments {

    private Deployments() {
    }

    /** The EAR exactly as it ships. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("app.ear")));
    }

    /** Where the deployed application answers, without a trailing slash. */
    public static String baseUrl() {
        return System.getProperty("app.baseUrl", "http://localhost:28080/uniplan");
    }

    /** Where Payara's own endpoints (health) answer. */
    public static String serverUrl() {
        return baseUrl().replaceAll("/uniplan$", "");
    }
}
