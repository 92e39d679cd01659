package org.statcommons.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.ServerKey;

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser in which someone
 * signed in gets a cookie naming their account and a random device id, signed with HMAC-SHA256 under a key only
 * the server knows. When it signs in to that account again it is a known device: failures elsewhere do not hold
 * it up, its own failures are limited ({@link SignInThrottler}). So a stranger who types a person's address with
 * wrong passwords slows down strangers, not the person at their own browser. The cookie proves nothing by itself
 * (the password is still needed), is sent only to {@code /sign-in}, and is replaced with a new device id at every
 * sign-in; one browser keeps the cookies of its {@value #ACCOUNTS_PER_BROWSER} latest accounts.
 */
@Component
class DeviceCookieIssuer {

    static final String NAME = "device";
    static final Duration LIFETIME = Duration.ofDays(365);
    static final int ACCOUNTS_PER_BROWSER = 3;

    private static final int ID_BYTES = 16;
    private static final int MAC_BYTES = 16;
    private static final int TOKEN_BYTES = Long.BYTES + ID_BYTES + MAC_BYTES;

    private final SecureRandom random = new SecureRandom();
    private final ServerKey key;

    DeviceCookieIssuer(IdentitySettings settings) {
        this.key = new ServerKey(fresh -> Base64.getDecoder()
                .decode(settings.deviceCookieKey(Base64.getEncoder().encodeToString(fresh))));
    }

    /** The device id this browser holds for the account, when its cookie carries a valid one. */
    Optional<String> deviceOf(String cookie, long accountId) {
        for (String token : tokens(cookie)) {
            Optional<Signed> signed = read(token);
            if (signed.isPresent() && signed.get().accountId() == accountId) {
                return Optional.of(signed.get().deviceId());
            }
        }
        return Optional.empty();
    }

    /** The cookie's value as the browser sent it, or null. */
    static String sent(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> NAME.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    /** Gives the browser a new device id for the account, keeping its cookies for other accounts. */
    void issue(long accountId, HttpServletRequest request, HttpServletResponse response) {
        List<String> kept = new ArrayList<>();
        kept.add(token(accountId));
        for (String token : tokens(sent(request))) {
            Optional<Signed> signed = read(token);
            if (signed.isPresent() && signed.get().accountId() != accountId && kept.size() < ACCOUNTS_PER_BROWSER) {
                kept.add(token);
            }
        }
        ResponseCookie cookie = ResponseCookie.from(NAME, String.join(".", kept))
                .path("/sign-in")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private record Signed(long accountId, String deviceId) {}

    private static List<String> tokens(String cookie) {
        return cookie == null || cookie.length() > 400 ? List.of() : List.of(cookie.split("\\."));
    }

    private String token(long accountId) {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        ByteBuffer token =
                ByteBuffer.allocate(TOKEN_BYTES).putLong(accountId).put(id).put(mac(accountId, id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    private Optional<Signed> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != TOKEN_BYTES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long accountId = buffer.getLong();
        byte[] id = new byte[ID_BYTES];
        buffer.get(id);
        byte[] sentMac = new byte[MAC_BYTES];
        buffer.get(sentMac);
        if (!MessageDigest.isEqual(mac(accountId, id), sentMac)) {
            return Optional.empty();
        }
        return Optional.of(
                new Signed(accountId, Base64.getUrlEncoder().withoutPadding().encodeToString(id)));
    }

    private byte[] mac(long accountId, byte[] id) {
        return SecretTokens.hmac(
                key.bytes(),
                MAC_BYTES,
                ByteBuffer.allocate(Long.BYTES).putLong(accountId).array(),
                id);
    }
}
