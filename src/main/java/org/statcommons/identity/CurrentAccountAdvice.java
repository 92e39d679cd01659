package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's layout the signed-in account as {@code me} (or null). */
@ControllerAdvice
class CurrentAccountAdvice {

    @ModelAttribute("me")
    Account me(HttpServletRequest request) {
        return CurrentAccount.of(request).orElse(null);
    }
}
