package org.statcommons.academy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ships GSBPM 5.1 and GAMSO 1.2 (names in English, as UNECE publishes them) from CSV files of the application, read
 * by the same reader as an administrator's import, the first time the platform starts with this feature.
 */
@Component
class FrameworkLoader {

    /** The shipped frameworks: their form, and the file of their levels and items. */
    static final List<Shipped> SHIPPED = List.of(
            new Shipped(
                    new NewFramework("GSBPM", "Generic Statistical Business Process Model", "5.1"),
                    "/academy/frameworks/gsbpm-5.1.csv"),
            new Shipped(
                    new NewFramework("GAMSO", "Generic Activity Model for Statistical Organisations", "1.2"),
                    "/academy/frameworks/gamso-1.2.csv"));

    record Shipped(NewFramework framework, String resource) {}

    private final ImportFramework importFramework;

    FrameworkLoader(ImportFramework importFramework) {
        this.importFramework = importFramework;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ship() {
        for (Shipped shipped : SHIPPED) {
            try (InputStream in = FrameworkLoader.class.getResourceAsStream(shipped.resource())) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + shipped.resource());
                }
                importFramework.ship(shipped.framework(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
