package org.statcommons.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a free port, with its own embedded PostgreSQL in a fresh temporary data
 * directory. Tests that share this annotation (and no other configuration) share one running server.
 * The port is free and chosen before start, so that links the server prints or e-mails lead back to it.
 * Every test account is new, and tests post and save fast: the posting and save limits are lifted here, and
 * tested with their defaults ({@link DefaultModerationLimits}) on a server of their own ({@code PostingLimitsIntegrationTests},
 * {@code SaveLimitsIntegrationTests}). The clock is a {@link TestClock}, passwords are hashed at the lowest cost
 * ({@link FastPasswordHashing}), two organisation sign-in providers are configured ({@link TestOidcProvider}), and
 * {@link Fixtures} is a bean: {@code @Autowired Fixtures fixtures}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "statcommons.data-dir=${java.io.tmpdir}/statcommons-test/${random.uuid}",
            "statcommons.db.embedded-binaries-dir=${java.io.tmpdir}/statcommons-test/pg-binaries",
            "statcommons.db.embedded-fsync=false",
            // where "Back up now" writes: beside the data directory, never inside it
            "statcommons.backup.dir=${java.io.tmpdir}/statcommons-test/backups-${random.uuid}",
            "statcommons.public-url=http://localhost:${server.port}",
            "spring.mail.host=localhost",
            "spring.mail.port=${statcommons.test.smtp-port.${statcommons.test.fork:1}:3025}",
            "statcommons.moderation.new-account-age=PT0S",
            "statcommons.moderation.new-account-posts=0",
            "statcommons.moderation.posts-per-minute=100000",
            "statcommons.moderation.posts-per-hour=100000",
            "statcommons.moderation.saves-per-minute=100000",
            "statcommons.moderation.saves-per-hour=100000",
            // the harvesting tests read portals served on this machine
            "statcommons.data.harvest.private-addresses=true",
            // organisation sign-in: a real OpenID Connect provider the test starts on its port (TestOidcProvider),
            // and one nobody answers for
            "statcommons.oidc.providers.office.name=Statistics Office",
            "statcommons.oidc.providers.office.issuer=http://localhost:"
                    + "${statcommons.test.oidc-port.${statcommons.test.fork:1}:8089}/office",
            "statcommons.oidc.providers.office.client-id=statcommons",
            "statcommons.oidc.providers.office.client-secret=test-secret",
            "statcommons.oidc.providers.closed.name=Closed Office",
            "statcommons.oidc.providers.closed.issuer=http://127.0.0.1:9/closed",
            "statcommons.oidc.providers.closed.client-id=statcommons",
            "statcommons.metrics.token=" + StatCommonsIntegrationTest.METRICS_TOKEN
        })
@ContextConfiguration(initializers = FreePort.class)
@Import({TestClockConfiguration.class, FastPasswordHashing.class, Fixtures.class})
public @interface StatCommonsIntegrationTest {

    /** What Prometheus sends to read the metrics of the tests' server. */
    String METRICS_TOKEN = "metrics-token-of-the-tests";
}
