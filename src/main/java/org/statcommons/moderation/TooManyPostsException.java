package org.statcommons.moderation;

import java.time.Duration;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooManyRequestsException;

/** The author posts faster than the limit: answered with 429 and Retry-After (platform's error answers). */
public class TooManyPostsException extends TooManyRequestsException {

    public TooManyPostsException(Text message, Duration retryAfter) {
        super(message, retryAfter);
    }
}
