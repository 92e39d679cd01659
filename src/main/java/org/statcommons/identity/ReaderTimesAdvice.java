package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.statcommons.platform.TimePresenter;

/**
 * Gives every screen {@code times}: the reader's times ({@link ReaderTimesResolver}), which templates format with.
 */
@ControllerAdvice
class ReaderTimesAdvice {

    @ModelAttribute("times")
    TimePresenter times(HttpServletRequest request) {
        return ReaderTimesResolver.of(request);
    }
}
