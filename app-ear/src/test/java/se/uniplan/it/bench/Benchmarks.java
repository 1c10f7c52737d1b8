package se.uniplan.it.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import se.uniplan.it.Deployments;

/** What the benchmarks share: the real EAR with a test-only seeding servlet, and how figures are printed. */
final class Benchmarks {

    private static final String WAR = "se.uniplan-app-web-1.0-SNAPSHOT.war";

    private Benchmarks() {
    }

    /** The application's EAR with {@code seeder} added to its web module; the embedded H2 is reachable only from inside. */
    static EnterpriseArchive earWith(Class<?> seeder) throws IOException {
        EnterpriseArchive ear = Deployments.ear();
        WebArchive web;
        try (InputStream in = ear.get(WAR).getAsset().openStream()) {
            web = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(in).as(WebArchive.class);
        }
        web.addClass(seeder);
        ear.delete(WAR);
        return ear.addAsModule(web);
    }

    /** Prints median, p95 and extremes of {@code samples} in milliseconds. */
    static void print(String what, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf("  %-66s median %7.1f  p95 %7.1f  min %7.1f  max %7.1f%n", what, median, p95,
                sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
