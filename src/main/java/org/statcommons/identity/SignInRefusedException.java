package org.statcommons.identity;

import org.springframework.security.core.AuthenticationException;
import org.statcommons.platform.Text;

/** A sign-in refused for a reason the person is told on the sign-in page, in their language. */
class SignInRefusedException extends AuthenticationException {

    private final Text text;

    SignInRefusedException(Text text) {
        super(text.english());
        this.text = text;
    }

    Text text() {
        return text;
    }
}
