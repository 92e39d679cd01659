package org.statcommons.community;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.statcommons.access.Action;

/**
 * A handler's {@link Community} parameter: the community of the request's {@code {slug}}, which the current
 * person may take this action in. The policy ({@code access.Permissions}) is asked before anything else of the
 * request is looked at, so a refusal never tells what exists inside the community; an unknown slug is a 404, a
 * "no" a 403 (a sign-in redirect on pages, or a 401 problem under {@code /api/}, for someone not signed in),
 * answered by {@code platform.web.ErrorResponder}. For HTML screens the community's frame (its name, the tabs,
 * the viewer's standing, the code-of-conduct prompt) goes into the model as well; see {@link CommunityTab}.
 *
 * <pre>{@code
 * @GetMapping("/c/{slug}/discussions/{id}")
 * String discussion(@Permitted(Action.VIEW_DISCUSSIONS) Community community, @PathVariable long id, Actor actor, Model model)
 * }</pre>
 *
 * Put it first among the parameters: arguments are resolved in order, and the refusal must come before a
 * request body or a form is read.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Permitted {

    /** What the person must be allowed to do in the community. */
    Action value();
}
