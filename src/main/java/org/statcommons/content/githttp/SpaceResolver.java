package org.statcommons.content.githttp;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;
import org.eclipse.jgit.transport.resolver.ServiceNotAuthorizedException;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.BodySpace;
import org.statcommons.content.BodySpaces;
import org.statcommons.content.SetUpSpace;
import org.statcommons.content.SpaceCourses;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;

/**
 * {@code /git/{slug}.git} to the community's repository, for those who may read its space, and
 * {@code /git/{slug}/bodies/{id}.git} to a body's members-only space, for those who may read that one (the body's
 * members and the secretariat), and {@code /git/{slug}/courses/{name}.git} to a course, for those the academy lets
 * read it ({@link SpaceCourses}). Everyone else gets "not found", whether the community or body exists or not, so that
 * private spaces do not reveal themselves.
 */
class SpaceResolver implements RepositoryResolver<HttpServletRequest> {

    private static final String SUFFIX = ".git";

    /** A body's space: the community's address, {@code bodies}, the body's number. */
    private static final Pattern BODY = Pattern.compile("([^/]+)/bodies/([1-9][0-9]{0,17})");

    /** A course: the community's address, {@code courses}, the course's name. */
    private static final Pattern COURSE = Pattern.compile("([^/]+)/courses/([a-z0-9][a-z0-9-]{0,79})");

    private final Communities communities;
    private final Permissions permissions;
    private final SpaceRepositories repositories;
    private final BodySpaces bodySpaces;
    private final SetUpSpace setup;
    private final SpaceCourses courses;

    SpaceResolver(
            Communities communities,
            Permissions permissions,
            SpaceRepositories repositories,
            BodySpaces bodySpaces,
            SetUpSpace setup,
            SpaceCourses courses) {
        this.courses = courses;
        this.communities = communities;
        this.permissions = permissions;
        this.repositories = repositories;
        this.bodySpaces = bodySpaces;
        this.setup = setup;
    }

    @Override
    public Repository open(HttpServletRequest request, String name)
            throws RepositoryNotFoundException, ServiceNotAuthorizedException {
        Account account = GitRequest.account(request);
        if (account == null) {
            throw new ServiceNotAuthorizedException();
        }
        String bare = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        Matcher body = BODY.matcher(bare);
        Matcher course = COURSE.matcher(bare);
        GitRequest resolved = course.matches()
                ? communities
                        .bySlug(course.group(1))
                        .flatMap(c -> courses.readable(account.actor(), c, course.group(2))
                                .map(id -> GitRequest.course(account, c, id)))
                        .orElseThrow(() -> new RepositoryNotFoundException(name))
                : body.matches()
                        ? bodySpace(account, body.group(1), Long.parseLong(body.group(2)))
                                .orElseThrow(() -> new RepositoryNotFoundException(name))
                        : communities
                                .bySlug(bare)
                                .filter(c -> permissions.may(account.actor(), Action.VIEW_SPACE, c.id()))
                                .map(c -> new GitRequest(account, c))
                                .orElseThrow(() -> new RepositoryNotFoundException(name));
        resolved.attachTo(request);
        Repository repository = repositories.create(resolved.spaceKey());
        // the servlet closes what it opened; the store keeps the repository open for everyone else
        repository.incrementOpen();
        return repository;
    }

    /** The body's space for someone who may read it, made with its start page when this is its first use. */
    private Optional<GitRequest> bodySpace(Account account, String slug, long bodyId) {
        Optional<Community> community = communities.bySlug(slug);
        if (community.isEmpty()) {
            return Optional.empty();
        }
        Optional<BodySpace> space =
                bodySpaces.ifAllowed(account.actor(), Action.VIEW_BODY_SPACE, community.get(), bodyId);
        space.ifPresent(setup::ensureBodySpace);
        return space.map(s -> new GitRequest(account, community.get(), s));
    }
}
