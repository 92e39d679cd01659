package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the sign-in form's request tells the throttle besides the e-mail and password: the client's address and
 * the browser's device cookie ({@link DeviceCookieIssuer}), as Spring Security's authentication details.
 *
 * @param deviceCookie the cookie's value as sent, or null
 */
record SignInRequest(String clientAddress, String deviceCookie) {

    static SignInRequest of(HttpServletRequest request) {
        return new SignInRequest(request.getRemoteAddr(), DeviceCookieIssuer.sent(request));
    }
}
