package org.statcommons.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, with its own embedded PostgreSQL in a fresh temporary data
 * directory. Tests that share this annotation (and no other configuration) share one running server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "statcommons.data-dir=${java.io.tmpdir}/statcommons-test/${random.uuid}",
        "statcommons.db.embedded-binaries-dir=${java.io.tmpdir}/statcommons-test/pg-binaries",
        "statcommons.db.embedded-fsync=false",
        "statcommons.public-url=http://localhost:${local.server.port:8080}",
        "spring.mail.host=localhost",
        "spring.mail.port=3025"
})
public @interface StatCommonsIntegrationTest {
}
