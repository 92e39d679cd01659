package org.statcommons.content.attachments;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * How an attached file is sent, whoever asks: with the type from our own table (never the uploader's), images
 * {@code inline} and everything else as a download ({@code attachment}, RFC 6266 {@code filename*}), no
 * sniffing, and a content-security policy that sandboxes the response, so that no uploaded file can run
 * script in our origin even when opened directly. The blob id is a strong entity tag.
 */
public final class FileResponses {

    static final String SANDBOX = "default-src 'none'; sandbox";

    private FileResponses() {}

    public static ResponseEntity<byte[]> send(Attachments.Stored stored, String ifNoneMatch, boolean publicly) {
        String etag = "\"" + stored.attachment().blobId() + "\"";
        CacheControl cache = publicly
                ? CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic()
                : CacheControl.noCache().cachePrivate();
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return headers(ResponseEntity.status(HttpStatus.NOT_MODIFIED), stored, etag, cache)
                    .build();
        }
        return headers(ResponseEntity.ok(), stored, etag, cache)
                .contentType(MediaType.parseMediaType(stored.attachment().type().mediaType()))
                .contentLength(stored.content().length)
                .body(stored.content());
    }

    private static ResponseEntity.BodyBuilder headers(
            ResponseEntity.BodyBuilder answer, Attachments.Stored stored, String etag, CacheControl cache) {
        return answer.eTag(etag)
                .cacheControl(cache)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition(
                                stored.attachment().type().inline(),
                                stored.attachment().name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 8187). */
    static String disposition(boolean inline, String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints()
                .forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '_'));
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(name, StandardCharsets.UTF_8);
    }
}
