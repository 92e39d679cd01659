package org.statcommons.organisations;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.GroupedSection;
import org.statcommons.community.MembersContent;

/**
 * A community's member organisations on its landing page (public: organisations only) and in its member directory
 * (with their representatives). A community without member organisations shows nothing, except to its secretariat,
 * who is shown where to add them.
 */
@Component
class OrganisationMembersContent implements MembersContent {

    private final MemberOrganisationPresenter presenter;
    private final Permissions permissions;

    OrganisationMembersContent(MemberOrganisationPresenter presenter, Permissions permissions) {
        this.presenter = presenter;
        this.permissions = permissions;
    }

    @Override
    public Optional<GroupedSection> onLanding(Community community) {
        GroupedSection section = presenter.grouped(community, false);
        return section.none() ? Optional.empty() : Optional.of(section);
    }

    @Override
    public Optional<GroupedSection> inDirectory(Actor actor, Community community) {
        GroupedSection section = presenter.grouped(community, true);
        return section.none() && !permissions.may(actor, Action.MANAGE_MEMBER_ORGANISATIONS, community.id())
                ? Optional.empty()
                : Optional.of(section);
    }
}
