package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The server hashes passwords with Argon2id at Spring Security's recommended cost (16 MB of memory, two passes).
 * The integration tests hash at a lower cost ({@code support.FastPasswordHashing}), so this is where the production
 * choice is pinned.
 */
class PasswordHashingTests {

    private final PasswordEncoder passwords = new WebSecurityConfiguration().passwordEncoder();

    @Test
    void passwordsAreHashedWithArgon2idAtTheRecommendedCost() {
        String hash = passwords.encode("lantern quietly orbits 42");
        assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(passwords.matches("lantern quietly orbits 42", hash)).isTrue();
        assertThat(passwords.matches("lantern quietly orbits 43", hash)).isFalse();
    }
}
