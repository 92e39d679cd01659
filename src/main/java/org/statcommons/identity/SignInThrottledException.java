package org.statcommons.identity;

import org.springframework.security.authentication.LockedException;
import org.statcommons.platform.Text;

/** Sign-in refused before the password is checked: too many failures lately ({@link SignInThrottler}). */
class SignInThrottledException extends LockedException {

    private final Text text;

    SignInThrottledException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** What the sign-in page says, in the reader's language. */
    Text text() {
        return text;
    }
}
