package org.statcommons.identity;

import java.util.Locale;
import java.util.Optional;

/** Who may create an account: anyone (with e-mail verification), or only people invited. */
enum SignUpPolicy {
    OPEN("open"),
    INVITATION_ONLY("invitation");

    private final String value;

    SignUpPolicy(String value) {
        this.value = value;
    }

    /** As written in the configuration, the settings table and the administrators' form: {@code open}, {@code invitation}. */
    String value() {
        return value;
    }

    static Optional<SignUpPolicy> parse(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        for (SignUpPolicy policy : values()) {
            if (policy.value.equals(text)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
