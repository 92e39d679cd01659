package org.statcommons.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A password must be at least 12 characters and not among the commonly used passwords bundled with the
 * application (see identity/common-passwords.NOTICE), nor contain the account's e-mail address. Checked where a
 * password is typed: the account forms, the password change and reset.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;

    private PasswordRules() {}

    /** Adds a message for {@code field} to {@code input} when the password breaks a rule; {@code email} may be null. */
    static void check(TextInput input, String field, String password, String email) {
        String text = password == null ? "" : password;
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            input.error(field, Text.of("identity.password.too-short", MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            input.error(field, Text.of("identity.password.too-long", MAX_LENGTH));
        } else if (CommonPasswords.WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            input.error(field, Text.of("identity.password.common"));
        } else if (email != null && text.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT))) {
            input.error(field, Text.of("identity.password.contains-email"));
        }
    }

    /** The bundled list, read once when a password is first checked; it never changes after. */
    private static final class CommonPasswords {

        static final Set<String> WORDS = load();

        private static Set<String> load() {
            Set<String> words = new HashSet<>(64_000);
            try (InputStream in = new GZIPInputStream(
                            new ClassPathResource("identity/common-passwords.txt.gz").getInputStream());
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled list of common passwords is missing", e);
            }
            return Set.copyOf(words);
        }
    }
}
