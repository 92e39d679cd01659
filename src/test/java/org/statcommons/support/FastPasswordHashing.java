package org.statcommons.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2, as in production, at the lowest cost it takes: every test account is hashed once and every sign-in
 * verifies a hash, and at the production cost (16 MB, two passes) these were a large part of the integration tests'
 * processor time. What production uses is checked by {@code PasswordHashingTests}; nothing in the tests depends on a
 * hash being slow.
 */
@TestConfiguration(proxyBeanMethods = false)
class FastPasswordHashing {

    @Bean
    @Primary
    PasswordEncoder fastPasswordEncoder() {
        // salt 16 bytes, hash 32 bytes, one lane, 8 KB of memory, one pass
        return new Argon2PasswordEncoder(16, 32, 1, 8, 1);
    }
}
