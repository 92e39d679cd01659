package org.statcommons.content.githttp;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;
import org.eclipse.jgit.transport.resolver.ServiceNotAuthorizedException;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.identity.Account;

/**
 * {@code /git/{slug}.git} to the community's repository, for those who may read its space. Everyone else
 * gets "not found", whether the community exists or not, so that private spaces do not reveal themselves.
 */
class SpaceResolver implements RepositoryResolver<HttpServletRequest> {

    private static final String SUFFIX = ".git";

    private final Communities communities;
    private final Permissions permissions;
    private final SpaceRepositories repositories;

    SpaceResolver(Communities communities, Permissions permissions, SpaceRepositories repositories) {
        this.communities = communities;
        this.permissions = permissions;
        this.repositories = repositories;
    }

    @Override
    public Repository open(HttpServletRequest request, String name)
            throws RepositoryNotFoundException, ServiceNotAuthorizedException {
        Account account = GitRequest.account(request);
        if (account == null) {
            throw new ServiceNotAuthorizedException();
        }
        String slug = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        Community community = communities
                .bySlug(slug)
                .filter(c -> permissions.may(account.actor(), Action.VIEW_SPACE, c.id()))
                .orElseThrow(() -> new RepositoryNotFoundException(name));
        new GitRequest(account, community).attachTo(request);
        Repository repository = repositories.create(community.id());
        // the servlet closes what it opened; the store keeps the repository open for everyone else
        repository.incrementOpen();
        return repository;
    }
}
