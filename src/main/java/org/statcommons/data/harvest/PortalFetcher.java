package org.statcommons.data.harvest;

import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads one answer of another portal, bounded against a hostile or broken one: at most {@link #MAX_BYTES} (the reading
 * stops as soon as one byte more arrives), within {@link #TIME_LIMIT} from the request to the last byte (a slow drip is
 * cut, not waited for), at most {@link #MAX_REDIRECTS} redirects, each to http or https only. Addresses of the
 * server's own networks (loopback, private, link-local, unique-local) are refused unless
 * {@code statcommons.data.harvest.private-addresses} is true: a source, or a redirect of one, must not make the server
 * read its own administration ports or the cloud's metadata address for whoever registered it.
 */
@Component
class PortalFetcher {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    static final int MAX_REDIRECTS = 3;

    /** An answer read whole: its final address, its media type (lower case, without parameters) and its bytes. */
    record Answer(URI uri, String mediaType, byte[] body) {}

    /** A source's answer could not be read: the reason, in words for the secretariat's list of sources. */
    static final class FetchException extends Exception {
        FetchException(String message) {
            super(message, null, false, false);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final long maxBytes;
    private final Duration timeLimit;
    private final boolean privateAddresses;

    @Autowired
    PortalFetcher(@Value("${statcommons.data.harvest.private-addresses:false}") boolean privateAddresses) {
        this(MAX_BYTES, TIME_LIMIT, privateAddresses);
    }

    /** With other limits: the tests' hostile sources, which should not take 20 seconds to show a slow answer cut. */
    PortalFetcher(long maxBytes, Duration timeLimit, boolean privateAddresses) {
        this.maxBytes = maxBytes;
        this.timeLimit = timeLimit;
        this.privateAddresses = privateAddresses;
    }

    Answer get(URI uri, String accept) throws FetchException {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        URI at = uri;
        for (int redirects = 0; ; redirects++) {
            checkScheme(at);
            if (!privateAddresses) {
                checkPublic(at);
            }
            HttpRequest request = HttpRequest.newBuilder(at)
                    .timeout(timeLimit)
                    .header("Accept", accept)
                    .header("User-Agent", "StatCommons harvester")
                    .GET()
                    .build();
            Limited body = new Limited(maxBytes);
            CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(request, info -> body);
            HttpResponse<byte[]> response;
            try {
                response = sent.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                body.cancel();
                sent.cancel(true);
                throw new FetchException(
                        "no complete answer within " + timeLimit.toMillis() / 1000.0 + " seconds from " + at);
            } catch (InterruptedException e) {
                body.cancel();
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted while reading " + at);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof TooLarge || cause.getCause() instanceof TooLarge) {
                    throw new FetchException("the answer of " + at + " is larger than " + maxBytes + " bytes");
                }
                throw new FetchException(
                        "cannot read " + at + ": " + cause.getClass().getSimpleName()
                                + (cause.getMessage() == null ? "" : " " + clip(cause.getMessage())));
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException(at + " answered " + status + " without a Location");
                }
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + uri);
                }
                try {
                    at = at.resolve(location);
                } catch (IllegalArgumentException e) {
                    throw new FetchException(at + " redirects to an address that is not one");
                }
                continue;
            }
            if (status != 200) {
                throw new FetchException(at + " answered " + status);
            }
            String type = response.headers()
                    .firstValue("Content-Type")
                    .map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT))
                    .orElse("");
            return new Answer(at, type, response.body());
        }
    }

    private static void checkScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FetchException("only http and https addresses are harvested, not " + clip(uri.toString()));
        }
    }

    /**
     * Refuses a host any of whose addresses is one of the server's own networks. The client resolves the name again
     * when it connects, so a name whose answers change between the two lookups is not caught here; the firewall of
     * an installation that can reach private networks is the stronger guard (operations.md).
     */
    private static void checkPublic(URI uri) throws FetchException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException("there is no host " + clip(uri.getHost()));
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress()
                    || address.isAnyLocalAddress()
                    || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress()
                    || address.isMulticastAddress()
                    || address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc) {
                throw new FetchException(clip(uri.getHost()) + " is an address of a private network ("
                        + address.getHostAddress()
                        + "): this server harvests public portals only (statcommons.data.harvest.private-addresses)");
            }
        }
    }

    static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Keeps the bytes of a body up to the limit; one more cancels the exchange and fails the answer. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long maxBytes;
        private volatile Flow.Subscription subscription;

        Limited(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (result.isDone()) {
                    return;
                }
                if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new TimeoutException());
        }
    }
}
