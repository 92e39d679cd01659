package org.statcommons.content.githttp;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.BodySpace;
import org.statcommons.content.CourseSpace;
import org.statcommons.identity.Account;
import org.statcommons.platform.i18n.Language;

/**
 * What a Git request carries once resolved: the signed-in account, the community whose space it reaches, and the body
 * when it is a body's members-only space ({@code /git/{slug}/bodies/{id}.git}; null for the community's own space), or
 * the course when it is a course ({@code /git/{slug}/courses/{name}.git}).
 */
record GitRequest(Account account, Community community, BodySpace body, Long course) {

    GitRequest(Account account, Community community) {
        this(account, community, null, null);
    }

    GitRequest(Account account, Community community, BodySpace body) {
        this(account, community, body, null);
    }

    /** A course's repository ({@code /git/{slug}/courses/{name}.git}), kept under its own key. */
    static GitRequest course(Account account, Community community, long courseId) {
        return new GitRequest(account, community, null, courseId);
    }

    /** The key of the space the request reaches in the engine: the community's, its body's or a course's. */
    long spaceKey() {
        if (course != null) {
            return CourseSpace.keyOf(course);
        }
        return body == null ? community.id() : body.key();
    }

    private static final String ATTRIBUTE = GitRequest.class.getName();

    Actor actor() {
        return account.actor();
    }

    /** The pusher's language for what their Git client shows: their account's, English when no one is signed in. */
    Language language() {
        return account == null ? Language.ENGLISH : account.language().orElse(Language.ENGLISH);
    }

    /** The account Spring Security signed in for this request (see {@link GitSignIn}), or null. */
    static Account account(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof Account account) {
            return account;
        }
        return null;
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static GitRequest of(HttpServletRequest request) {
        GitRequest resolved = (GitRequest) request.getAttribute(ATTRIBUTE);
        if (resolved == null) {
            throw new IllegalStateException("The space of this Git request was not resolved");
        }
        return resolved;
    }
}
