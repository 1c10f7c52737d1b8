package se.uniplan.it;

import java.io.File;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The archives the integration tests deploy: the real EAR that the build produced. */
public final class Deployments {

    private Deployments() {
    }

    private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();

    /**
     * The EAR exactly as it ships, under a name of its own for each test class: Payara sometimes
     * fails to redeploy an application of the same name right after undeploying it ("File source
     * doesn't exist"). The context root stays /uniplan, from the EAR's application.xml.
     */
    public static EnterpriseArchive ear() {
        EnterpriseArchive shipped = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("app.ear")));
        return ShrinkWrap.create(EnterpriseArchive.class, "uniplan-" + DEPLOYMENTS.incrementAndGet() + "-" + System.currentTimeMillis() % 100000 + ".ear")
                .merge(shipped);
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
