package org.statcommons.platform.observability;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id of the request being served, kept in the logging context (MDC) so that every log line of the request
 * carries it, and so that work the request leaves behind (an e-mail in the outbox) can name it.
 */
public final class RequestIds {

    /** The MDC key, shown in the logs (and a field of structured logs). */
    public static final String KEY = "requestId";

    public static final String HEADER = "X-Request-Id";

    /** An id a proxy in front may give: short, and nothing a log reader could mistake for something else. */
    private static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {}

    /** The current request's id, if a request is being served on this thread (or its work was given one). */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(KEY));
    }

    /** The id a proxy gave when it is well formed, else a new one (unique enough to find a request in the logs). */
    static String choose(String given) {
        return given != null && GIVEN.matcher(given).matches()
                ? given
                : String.format("%016x", ThreadLocalRandom.current().nextLong());
    }
}
