package org.statcommons.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * On a handler that receives a form: when the form is refused (invalid input, a clash with the current state,
 * too many posts), the person gets the form again with the messages and everything they typed, instead of an
 * error page. {@link ErrorResponder} shows it by calling the handler method named here, of the same controller
 * (usually the one that shows the form first), exactly as for a request of its own: its arguments are resolved
 * from this request, so a form object it takes is bound from what was typed, and it rebuilds every other part
 * of its model. The messages are added as {@code errors} (field name to message; {@code ""} for the whole
 * form), the status is the refusal's (400, 409, 429 with {@code Retry-After}). The layout lists them in an error
 * summary at the top of the page, announced and focused on arrival, and {@link FieldErrorLinker} marks each field
 * that has one invalid and described by it, for screen readers.
 *
 * <p>When the form lives on another feature's screen, the named method answers with a redirect there and puts
 * what was typed into flash attributes; the messages then travel as the flash attribute {@code errors}.
 *
 * <pre>{@code
 * @PostMapping("/c/{slug}/discussions")
 * @ShowFormOnError("newForm")
 * String start(@Permitted(Action.POST_IN_DISCUSSIONS) Community community, @ModelAttribute("form") DiscussionForm form, Actor actor) { … }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ShowFormOnError {

    /** The name of the method of the same controller that shows the form. */
    String value();

    /**
     * The refusals that show the form again; any other (and these under {@code /api/}) gets the usual answer.
     * A form answered with a redirect keeps only those whose status does not matter (invalid input).
     */
    Class<? extends RuntimeException>[] on() default {
        InvalidInputException.class, ConflictException.class, TooManyRequestsException.class
    };
}
